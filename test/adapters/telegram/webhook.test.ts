import { afterEach, describe, expect, it } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { createDispatcher, defineCommand, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import { commandUpdate, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { ADA, PRIVATE, telegramUnderTest, visibleText } from "./setup.js";

const ping = defineCommand({
  name: "ping",
  description: "Answers pong",
  async run({ reply }) {
    await reply(textMessage("pong"));
  },
});

describe("telegram webhook mode", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;

  afterEach(async () => {
    await platform.stop();
    await fake.close();
  });

  it("registers the webhook with its secret and takes only updates that carry it", async () => {
    ({ fake, platform } = await telegramUnderTest({
      webhook: { url: "https://bot.example/telegram/hook", secret: "s3cret_token", port: 0, host: "127.0.0.1" },
    }));
    await platform.start(createDispatcher({ commands: [ping], services: chatOnlyServices() }));
    expect(fake.callsTo("setWebhook")[0]?.payload).toMatchObject({
      url: "https://bot.example/telegram/hook",
      secret_token: "s3cret_token",
    });
    expect(fake.callsTo("getUpdates")).toEqual([]);
    const hook = `${platform.webhookLocalUrl}/telegram/hook`;
    const post = (secret: string | undefined, path = hook) =>
      fetch(path, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "X-Telegram-Bot-Api-Secret-Token": secret } : {}) },
        body: JSON.stringify({ update_id: 1, ...commandUpdate("/ping", { chat: PRIVATE, from: ADA }) }),
      });
    expect((await post("wrong")).status).toBe(401);
    expect((await post(undefined)).status).toBe(401);
    expect((await post("s3cret_token", `${platform.webhookLocalUrl}/elsewhere`)).status).toBe(404);
    expect((await post("s3cret_token")).status).toBe(200);
    const sends = await fake.waitFor("sendMessage");
    expect(sends.map((c) => visibleText(String(c.payload.text)))).toEqual(["pong"]);
  });
});
