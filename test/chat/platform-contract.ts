/** The ChatPlatform contract: one vitest suite every platform (console, Telegram, Discord) passes. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands as allCommands } from "../../commands/index.js";
import type { ChannelKey, ChatPlatform, Command, OutgoingMessage } from "../../src/index.js";
import { createDispatcher, DeliveryError, defineCommand, textMessage } from "../../src/index.js";
import { chatOnlyServices } from "../helpers/chat-only-services.js";

/** A command as a user of the platform would send it. */
export interface InjectedCommand {
  /** Command name without the slash, e.g. "echo". */
  command: string;
  /** The typed options (Discord-like platforms send these). */
  args: Readonly<Record<string, string | number | boolean>>;
  /** The same arguments as typed text after the command (Telegram-like platforms send "/echo hello world"). */
  text: string;
  /** The chat it is typed in: always the harness's `knownChannel` in this suite. */
  channel: ChannelKey;
  /** Whether the person typing is an admin of that chat (the harness makes the platform see it that way). */
  admin: boolean;
}

/** One message the platform put out, rendered as text by the harness. */
export interface PlatformOutput {
  channel: ChannelKey;
  text: string;
}

/** What a platform's test setup provides to the contract suite. */
export interface PlatformHarness {
  /** The platform under test (not started). */
  platform: ChatPlatform;
  /** A chat the bot is in: commands are typed there and send() delivers there. */
  knownChannel: ChannelKey;
  /** A chat the bot was removed from (or that does not exist): send() must throw DeliveryError{permanent:true}. */
  removedChannel: ChannelKey;
  /** Makes a command arrive the platform's own way (fake update, fake interaction, a typed line). */
  inject(command: InjectedCommand): Promise<void>;
  /**
   * Everything the platform has output so far (replies, private error replies and sends), oldest first, as a reader
   * would see it: plain text with markup removed and entities decoded (the suite checks that "<", "&" and "*" survive).
   */
  output(): Promise<readonly PlatformOutput[]>;
  /** Frees what the setup started (fake servers, streams); called after stop(). */
  teardown(): Promise<void>;
}

const echo = defineCommand({
  name: "echo",
  description: "Repeats its text",
  options: { text: { type: "string", description: "What to repeat", required: true } },
  example: "/echo hello",
  async run({ args, reply }) {
    await reply(textMessage(`echo: ${args.text}`));
  },
});

const secret = defineCommand({
  name: "secret",
  description: "Admins only",
  admin: true,
  options: { text: { type: "string", description: "Anything" } },
  async run({ reply }) {
    await reply(textMessage("the secret is 42"));
  },
});

const contractCommands: Command[] = [echo, secret];
// The contract commands never touch services; the dispatcher reads the chat's language.
const noServices = chatOnlyServices();

/** Polls `read` until `accept` holds (output arrives asynchronously over fake networks), for at most `ms`. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Registers the contract suite for one platform; `setup` is called before each test. */
export function describePlatformContract(name: string, setup: () => Promise<PlatformHarness>): void {
  describe(`ChatPlatform contract: ${name}`, () => {
    let harness: PlatformHarness;
    let started = false;

    beforeEach(async () => {
      harness = await setup();
      started = false;
    });

    afterEach(async () => {
      if (started) await harness.platform.stop();
      await harness.teardown();
    });

    const start = async () => {
      await harness.platform.start(createDispatcher({ commands: contractCommands, services: noServices }));
      started = true;
    };
    const inChannel = async (channel: ChannelKey, needle: string) =>
      eventually(
        async () => (await harness.output()).filter((o) => o.channel === channel).map((o) => o.text),
        (texts) => texts.some((text) => text.includes(needle)),
      );

    it("has a known name and sane limits", () => {
      expect(["console", "telegram", "discord"]).toContain(harness.platform.name);
      expect(harness.knownChannel.startsWith(`${harness.platform.name}:`)).toBe(true);
      const { messageChars, embedsPerMessage } = harness.platform.limits;
      expect(messageChars).toBeGreaterThanOrEqual(1000);
      if (embedsPerMessage !== undefined) expect(Number.isInteger(embedsPerMessage) && embedsPerMessage > 0).toBe(true);
    });

    it("accepts the whole command menu", async () => {
      await expect(harness.platform.registerCommands(allCommands)).resolves.toBeUndefined();
    });

    it("hands a typed command to dispatch and delivers the reply in the same chat", async () => {
      await start();
      const channel = harness.knownChannel;
      await harness.inject({ command: "echo", args: { text: "hello world" }, text: "hello world", channel, admin: false });
      expect(await inChannel(channel, "echo: hello world")).toEqual(
        expect.arrayContaining([expect.stringContaining("echo: hello world")]),
      );
    });

    it("refuses an admin-only command to a non-admin and runs it for an admin", async () => {
      await start();
      const channel = harness.knownChannel;
      await harness.inject({ command: "secret", args: {}, text: "", channel, admin: false });
      const refused = await inChannel(channel, "Only admins");
      expect(refused.join("\n")).toContain("Only admins of this chat can use /secret.");
      expect(refused.join("\n")).not.toContain("the secret is 42");
      await harness.inject({ command: "secret", args: {}, text: "", channel, admin: true });
      expect((await inChannel(channel, "the secret is 42")).join("\n")).toContain("the secret is 42");
    });

    it("send() delivers to a known chat", async () => {
      await start();
      const message: OutgoingMessage = {
        blocks: [
          { type: "heading", text: "Contract digest heading", url: "https://example.com/story" },
          { type: "text", text: "A lede <with> markup & characters *to* escape." },
        ],
      };
      await harness.platform.send(harness.knownChannel, message);
      const texts = await inChannel(harness.knownChannel, "Contract digest heading");
      expect(texts.join("\n")).toContain("Contract digest heading");
      expect(texts.join("\n")).toContain("A lede <with> markup & characters *to* escape.");
    });

    it("send() to a removed chat throws a permanent DeliveryError", async () => {
      await start();
      const failure = await harness.platform.send(harness.removedChannel, textMessage("anyone there?")).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DeliveryError);
      expect((failure as DeliveryError).permanent).toBe(true);
    });

    it("stop() resolves", async () => {
      await start();
      started = false;
      await expect(harness.platform.stop()).resolves.toBeUndefined();
    });
  });
}
