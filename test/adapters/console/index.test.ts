import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsolePlatform } from "../../../adapters/console/index.js";
import { createDispatcher, defineCommand, textMessage } from "../../../src/index.js";
import { describePlatformContract, type PlatformOutput } from "../../chat/platform-contract.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";

/** Splits what the console printed into messages (they are separated by a blank line). */
function messages(printed: string): string[] {
  return printed
    .split("\n\n")
    .map((m) => m.trim())
    .filter(Boolean);
}

describePlatformContract("console", async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const admins: boolean[] = [];
  const platform = createConsolePlatform({ input, output, admin: () => admins.shift() ?? true });
  return {
    platform,
    knownChannel: "console:local",
    removedChannel: "console:elsewhere",
    async inject(command) {
      admins.push(command.admin);
      input.write(`/${command.command} ${command.text}\n`);
    },
    async output(): Promise<PlatformOutput[]> {
      return messages(printed).map((text) => ({ channel: "console:local", text }));
    },
    async teardown() {
      input.end();
    },
  };
});

describe("console platform", () => {
  const ping = defineCommand({
    name: "ping",
    description: "Answers pong",
    options: { times: { type: "integer", description: "How many", min: 1, max: 3 } },
    async run({ args, reply }) {
      await reply(textMessage("pong ".repeat(args.times ?? 1).trim()));
    },
  });

  it("answers piped lines in order, explains non-commands, and finishes when the input ends", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const platform = createConsolePlatform({ input, output });
    await platform.start(createDispatcher({ commands: [ping], services: chatOnlyServices() }));
    input.end("/ping 2\nhello\n\n/ping@bot\n/pong\n/ping 9\n");
    await platform.finished;
    expect(printed).toMatchInlineSnapshot(`
      "pong pong

      Commands start with a slash. Type /help to see them.

      pong

      I don't know /pong. Type /help to see what I can do.

      times must be between 1 and 3, not 9. Usage: /ping [times] — e.g. /ping

      "
    `);
  });

  it("marks silent sends and refuses other channels", async () => {
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const platform = createConsolePlatform({ input: new PassThrough(), output });
    await platform.send("console:local", textMessage("held digest"), { silent: true });
    await expect(platform.send("telegram:1", textMessage("x"))).rejects.toMatchObject({ permanent: true });
    await platform.stop();
    await platform.finished;
    expect(printed).toBe("🔕 held digest\n\n");
  });
});
