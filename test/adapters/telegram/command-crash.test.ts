import { afterEach, describe, expect, it } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { createDispatcher, defineCommand, type Logger, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import type { FakeTelegram } from "../../helpers/fake-telegram.js";
import { ADA, PRIVATE, telegramUnderTest, type, visibleText } from "./setup.js";

const boom = defineCommand({
  name: "boom",
  description: "Fails in an unexpected way",
  async run() {
    const missing = undefined as unknown as { topics: string[] };
    await Promise.resolve(missing.topics.length);
  },
});
const ping = defineCommand({
  name: "ping",
  description: "Answers pong",
  async run({ reply }) {
    await reply(textMessage("pong"));
  },
});

describe("telegram: a command that crashes", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;
  afterEach(async () => {
    await platform.stop();
    await fake.close();
  });

  it("is answered with a short apology, logged with context, and the bot keeps answering", async () => {
    ({ fake, platform } = await telegramUnderTest());
    const errors: { message: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = { debug() {}, info() {}, warn() {}, error: (message, fields) => void errors.push({ message, fields }) };
    await platform.start(createDispatcher({ commands: [boom, ping], services: chatOnlyServices(), log }));
    type(fake, "/boom", { chat: PRIVATE, from: ADA });
    type(fake, "/ping", { chat: PRIVATE, from: ADA });
    const replies = (await fake.waitFor("sendMessage", 2)).map((call) => visibleText(String(call.payload.text)));
    expect(replies).toEqual(["Sorry, something went wrong with /boom. It has been logged.", "pong"]);
    expect(replies[0]).not.toMatch(/TypeError|undefined|at .*\.ts/);
    expect(errors).toEqual([
      {
        message: "command failed",
        fields: expect.objectContaining({ command: "boom", channel: "telegram:5001", error: expect.any(TypeError) }),
      },
    ]);
  });
});
