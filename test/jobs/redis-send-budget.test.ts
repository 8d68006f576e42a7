import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramPlatform } from "../../adapters/telegram/index.js";
import { createRedisSendBudget } from "../../src/jobs/redis-send-budget.js";
import { TELEGRAM_SEND_LIMITS } from "../../src/jobs/send-budget.js";
import { FAKE_BOT, type FakeTelegram, startFakeTelegram } from "../helpers/fake-telegram.js";
import { redisUrl, uniquePrefix } from "../helpers/redis.js";

const clients: Redis[] = [];
let fake: FakeTelegram | undefined;
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.quit()));
  await fake?.close();
  fake = undefined;
});

function connect(): Redis {
  const client = new Redis(redisUrl());
  clients.push(client);
  return client;
}

const message = { blocks: [{ type: "text" as const, text: "A short digest line." }] };

describe("the token's send budget in Redis", () => {
  it("keeps two instances sending with one token under 30 msg/s together: no 429", async () => {
    fake = await startFakeTelegram({ limits: { globalPerSecond: 30, perChatIntervalMs: 1000 } });
    const prefix = uniquePrefix("budget");
    const token = "4242:AAFakeTokenForTheBudgetTest";
    // Two "instances": their own grammY, their own pacer, their own Redis connection; one budget.
    const platforms = [0, 1].map(() =>
      createTelegramPlatform({
        token,
        apiRoot: fake?.apiRoot ?? "",
        botInfo: FAKE_BOT,
        sendBudget: createRedisSendBudget({
          redis: connect(),
          prefix,
          platform: "telegram",
          token,
          limits: TELEGRAM_SEND_LIMITS,
        }),
      }),
    );
    const chats = Array.from({ length: 90 }, (_, n) => -1_000_000_000_000 - n);
    const started = Date.now();
    await Promise.all(chats.map((id, n) => platforms[n % 2]?.send(`telegram:${id}`, message)));
    const seconds = (Date.now() - started) / 1000;
    expect(fake.limited).toBe(0);
    expect(fake.callsTo("sendMessage")).toHaveLength(90);
    // 90 messages at 30/s: the first 30 go at once, then 30 more per second.
    expect(seconds).toBeGreaterThanOrEqual(2);
    await Promise.all(platforms.map((platform) => platform.stop()));
  });

  it("without the shared budget the same two instances draw 429s (the test can fail)", async () => {
    fake = await startFakeTelegram({ limits: { globalPerSecond: 30, perChatIntervalMs: 1000 } });
    const platforms = [0, 1].map(() =>
      createTelegramPlatform({ token: "4242:AAFakeTokenForTheBudgetTest", apiRoot: fake?.apiRoot ?? "", botInfo: FAKE_BOT }),
    );
    const chats = Array.from({ length: 90 }, (_, n) => -1_000_000_000_000 - n);
    await Promise.all(chats.map((id, n) => platforms[n % 2]?.send(`telegram:${id}`, message)));
    expect(fake.limited).toBeGreaterThan(0);
    await Promise.all(platforms.map((platform) => platform.stop()));
  }, 30_000);

  it("spaces messages to one chat by a second, whichever instance sends them", async () => {
    const prefix = uniquePrefix("budget-chat");
    const budgets = [connect(), connect()].map((redis) =>
      createRedisSendBudget({ redis, prefix, platform: "telegram", token: "t", limits: TELEGRAM_SEND_LIMITS }),
    );
    const times: number[] = [];
    for (const budget of [budgets[0], budgets[1], budgets[0]]) {
      const done = await budget?.acquire("-100", true);
      times.push(Date.now());
      await done?.();
    }
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it("a retry_after seen by one instance pauses the other", async () => {
    const prefix = uniquePrefix("budget-pause");
    const [a, b] = [connect(), connect()].map((redis) =>
      createRedisSendBudget({ redis, prefix, platform: "telegram", token: "t", limits: TELEGRAM_SEND_LIMITS }),
    );
    await a?.pause(600);
    const started = Date.now();
    const done = await b?.acquire("42", false);
    await done?.();
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });
});
