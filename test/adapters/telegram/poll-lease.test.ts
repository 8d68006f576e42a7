import { afterEach, describe, expect, it } from "vitest";
import { createTelegramPlatform, type TelegramPlatform } from "../../../adapters/telegram/index.js";
import type { Invocation } from "../../../src/chat/platform.js";
import { createLease } from "../../../src/jobs/lease.js";
import { openRedisSharedState } from "../../../src/store/redis-shared-state.js";
import type { SharedState } from "../../../src/store/shared-state.js";
import { waitUntil } from "../../app/instances.js";
import { commandUpdate, FAKE_BOT, type FakeTelegram, startFakeTelegram } from "../../helpers/fake-telegram.js";
import { redisUrl, uniquePrefix } from "../../helpers/redis.js";

let fake: FakeTelegram;
const platforms: TelegramPlatform[] = [];
const states: SharedState[] = [];
afterEach(async () => {
  await Promise.all(platforms.splice(0).map((platform) => platform.stop()));
  await Promise.all(states.splice(0).map((state) => state.close()));
  await fake?.close();
});

describe("Telegram long polling with several instances", () => {
  it("lets one instance poll at a time, the other standing by and taking over when it stops", async () => {
    fake = await startFakeTelegram({ conflictOnConcurrentPolls: true });
    const prefix = uniquePrefix("tg-lease");
    const seen: Array<{ instance: number; invocation: Invocation }> = [];
    const logs: string[][] = [[], []];
    for (const instance of [0, 1]) {
      const shared = await openRedisSharedState(redisUrl(), { prefix });
      states.push(shared);
      const log = {
        debug() {},
        info: (m: string) => logs[instance]?.push(m),
        warn: (m: string) => logs[instance]?.push(m),
        error() {},
      };
      const platform = createTelegramPlatform({
        token: "4242:AAFakeTokenForTheLeaseTest",
        apiRoot: fake.apiRoot,
        botInfo: FAKE_BOT,
        pollTimeoutSeconds: 1,
        log,
        // A short lease, so that the take-over fits in a test: renewed every 250 ms.
        pollLease: createLease(shared, "telegram-poll:test", 1000, `instance-${instance}`),
      });
      await platform.start(async (invocation) => {
        seen.push({ instance, invocation });
      });
      platforms.push(platform);
    }
    await waitUntil("a poller", () => fake.callsTo("getUpdates").length > 0, 5000);
    const holder = logs.findIndex((lines) => lines.some((line) => line.includes("this instance polls")));
    expect(holder).toBeGreaterThanOrEqual(0);
    expect(logs[1 - holder]?.some((line) => line.includes("standing by"))).toBe(true);

    const chat = { id: 55, type: "private" as const, first_name: "U" };
    fake.pushUpdate(commandUpdate("/latest", { chat, from: { id: 55, first_name: "U" } }));
    await waitUntil("the command", () => seen.length > 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.map((entry) => entry.instance)).toEqual([holder]);

    await platforms[holder]?.stop();
    fake.pushUpdate(commandUpdate("/help", { chat, from: { id: 55, first_name: "U" } }));
    await waitUntil("the other instance to answer", () => seen.length > 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.map((entry) => `${entry.instance}:${entry.invocation.command}`)).toEqual([
      `${holder}:latest`,
      `${1 - holder}:help`,
    ]);
    expect(fake.conflicts).toBe(0);
  });

  it("without the lease, the double answers the second poller 409 Conflict (the test can fail)", async () => {
    fake = await startFakeTelegram({ conflictOnConcurrentPolls: true });
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    for (const _ of [0, 1]) {
      const platform = createTelegramPlatform({
        token: "4242:AAFakeTokenForTheLeaseTest",
        apiRoot: fake.apiRoot,
        botInfo: FAKE_BOT,
        pollTimeoutSeconds: 1,
        log: quiet,
      });
      platforms.push(platform);
      await platform.start(async () => undefined).catch(() => undefined);
    }
    await waitUntil("a conflict", () => fake.conflicts > 0, 5000);
  });
});
