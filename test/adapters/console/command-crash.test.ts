import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsolePlatform } from "../../../adapters/console/index.js";
import { createDispatcher, defineCommand, silentLogger, textMessage } from "../../../src/index.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";

describe("console: a command that crashes", () => {
  it("prints a short apology and goes on with the next line", async () => {
    const boom = defineCommand({
      name: "boom",
      description: "Fails in an unexpected way",
      async run() {
        JSON.parse("{ not json");
      },
    });
    const ping = defineCommand({
      name: "ping",
      description: "Answers pong",
      async run({ reply }) {
        await reply(textMessage("pong"));
      },
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const platform = createConsolePlatform({ input, output });
    await platform.start(createDispatcher({ commands: [boom, ping], services: chatOnlyServices(), log: silentLogger }));
    input.end("/boom\n/ping\n");
    await platform.finished;
    expect(printed).toBe("Sorry, something went wrong with /boom. It has been logged.\n\npong\n\n");
  });
});
