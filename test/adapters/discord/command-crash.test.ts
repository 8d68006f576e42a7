import { afterEach, describe, expect, it } from "vitest";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import { type ChatPlatform, createDispatcher, defineCommand, type Logger, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";

const boom = defineCommand({
  name: "boom",
  description: "Fails in an unexpected way",
  async run() {
    throw new RangeError("index out of range in the ranking");
  },
});
const ping = defineCommand({
  name: "ping",
  description: "Answers pong",
  async run({ reply }) {
    await reply(textMessage("pong"));
  },
});

let fake: FakeDiscord;
let platform: ChatPlatform;
afterEach(async () => {
  await platform.stop();
  await fake.close();
});

describe("discord: a command that crashes", () => {
  it("is answered with an apology, logged with context, and the next interaction is answered", async () => {
    fake = await startFakeDiscord();
    platform = createDiscordPlatform({
      token: "fake.token",
      applicationId: IDS.app,
      apiRoot: fake.restBase,
      deferAfterMs: 60_000,
      log: { warn: () => undefined, error: () => undefined },
    });
    const errors: { message: string; fields?: Record<string, unknown> }[] = [];
    const log: Logger = { debug() {}, info() {}, warn() {}, error: (message, fields) => void errors.push({ message, fields }) };
    await platform.start(createDispatcher({ commands: [boom, ping], services: chatOnlyServices(), log }));
    const crashed = fake.interaction("boom");
    await expect.poll(() => fake.callsFor(crashed.token).length).toBe(1);
    const apology = fake.callsFor(crashed.token)[0]?.body as { type: number; data: { content: string } };
    expect(apology.type).toBe(4);
    expect(apology.data.content).toBe("Sorry, something went wrong with /boom. It has been logged.");
    expect(errors).toEqual([
      {
        message: "command failed",
        fields: expect.objectContaining({ command: "boom", channel: `discord:${IDS.channel}`, error: expect.any(RangeError) }),
      },
    ]);

    const next = fake.interaction("ping");
    await expect.poll(() => fake.callsFor(next.token).length).toBe(1);
    expect(JSON.stringify(fake.callsFor(next.token)[0]?.body)).toContain("pong");
  });
});
