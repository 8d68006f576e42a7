import { afterEach, describe, expect, it } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { createDispatcher, DeliveryError, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import type { FakeTelegram } from "../../helpers/fake-telegram.js";
import { telegramUnderTest } from "./setup.js";

describe("telegram delivery errors", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;
  const migrations: Array<[string, string]> = [];

  afterEach(async () => {
    await platform.stop();
    await fake.close();
    migrations.length = 0;
  });

  async function underTest() {
    ({ fake, platform } = await telegramUnderTest({ onMigrate: (from, to) => void migrations.push([from, to]) }));
  }
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it("turns 403 'bot was kicked' into a permanent DeliveryError", async () => {
    await underTest();
    fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was kicked from the group chat" });
    const error = await failureOf(platform.send("telegram:-1001234", textMessage("digest")));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, message: expect.stringContaining("bot was kicked from the group chat") });
  });

  it("turns 'blocked by the user' and 'chat not found' into permanent errors, a markup error into a transient one", async () => {
    await underTest();
    fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: chat not found" });
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: can't parse entities: unsupported start tag" });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await failureOf(platform.send("telegram:5001", textMessage("x"))));
    expect(results.map((e) => (e as DeliveryError).permanent)).toEqual([true, true, false]);
    expect(results.every((e) => e instanceof DeliveryError)).toBe(true);
  });

  it("refuses a channel key that is not Telegram's, permanently", async () => {
    await underTest();
    await expect(platform.send("discord:123", textMessage("x"))).rejects.toMatchObject({ permanent: true });
    expect(fake.calls).toEqual([]);
  });

  it("follows a group upgraded to a supergroup: reports the move and sends to the new id", async () => {
    await underTest();
    fake.failNext("sendMessage", {
      status: 400,
      description: "Bad Request: group chat was upgraded to a supergroup chat",
      parameters: { migrate_to_chat_id: -100888 },
      chatId: -555,
    });
    await platform.send("telegram:-555", textMessage("digest"), { silent: true });
    expect(migrations).toEqual([["telegram:-555", "telegram:-100888"]]);
    expect(fake.calls.filter((c) => c.method === "sendMessage").map((c) => [c.payload.chat_id, c.status])).toEqual([
      [-555, 400],
      [-100888, 200],
    ]);
    expect(fake.callsTo("sendMessage")[0]?.payload.disable_notification).toBe(true);
  });

  it("reports the move announced by the service message in the old group", async () => {
    await underTest();
    await platform.start(createDispatcher({ commands: [], services: chatOnlyServices() }));
    fake.pushUpdate({
      message: { message_id: 3, date: 1, chat: { id: -555, type: "group", title: "Old" }, migrate_to_chat_id: -100888 },
    });
    for (let i = 0; i < 100 && migrations.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(migrations).toEqual([["telegram:-555", "telegram:-100888"]]);
  });
});
