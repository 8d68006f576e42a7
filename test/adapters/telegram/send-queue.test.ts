import { afterEach, describe, expect, it } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { createDispatcher, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import { FAKE_BOT, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { ADMIN, GROUP, telegramUnderTest, type } from "./setup.js";

describe("telegram send queue", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;

  afterEach(async () => {
    await platform.stop();
    await fake.close();
  });

  it("waits retry_after on a 429, then sends (once)", async () => {
    ({ fake, platform } = await telegramUnderTest());
    fake.failNext("sendMessage", {
      status: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
    await platform.send("telegram:5001", textMessage("digest"));
    const attempts = fake.calls.filter((c) => c.method === "sendMessage");
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("paces messages to one chat and lets other chats through meanwhile", async () => {
    ({ fake, platform } = await telegramUnderTest({ rate: { perChatIntervalMs: 300 } }));
    await Promise.all([
      platform.send("telegram:5001", textMessage("a1")),
      platform.send("telegram:5001", textMessage("a2")),
      platform.send("telegram:5002", textMessage("b1")),
    ]);
    const sends = fake.callsTo("sendMessage");
    const at = (text: string) => sends.find((c) => c.payload.text === text)?.at ?? Number.NaN;
    expect(at("a2") - at("a1")).toBeGreaterThanOrEqual(280);
    expect(at("b1") - at("a1")).toBeLessThan(280);
  });

  it("does not hold admin checks behind the chat's send pace (only sends count against the limits)", async () => {
    ({ fake, platform } = await telegramUnderTest({ rate: { perChatIntervalMs: 1500 } }));
    await platform.start(createDispatcher({ commands: [], services: chatOnlyServices() }));
    await platform.send(`telegram:${GROUP.id}`, textMessage("first"));
    type(fake, `/anything@${FAKE_BOT.username}`, { chat: GROUP, from: ADMIN });
    const [check] = await fake.waitFor("getChatMember");
    expect((check?.at ?? 0) - (fake.callsTo("sendMessage")[0]?.at ?? 0)).toBeLessThan(1000);
  });
});
