import { describe, expect, it } from "vitest";
import { defineCommand } from "../../src/chat/define-command.js";
import { createDispatcher, textMessage } from "../../src/chat/dispatch.js";
import type { Logger } from "../../src/chat/logger.js";
import type { OutgoingMessage } from "../../src/chat/message.js";
import type { Invocation } from "../../src/chat/platform.js";
import { UserError } from "../../src/errors.js";
import { chatOnlyServices } from "../helpers/chat-only-services.js";

const commands = [
  defineCommand({
    name: "count",
    description: "Counts",
    options: { n: { type: "integer", description: "n", min: 1, max: 5, required: true } },
    example: "/count 3",
    async run({ args, reply, now }) {
      await reply(textMessage(`${args.n} at ${now.toISOString()}`));
    },
  }),
  defineCommand({
    name: "fail",
    description: "Fails",
    options: { how: { type: "string", description: "user or crash" } },
    async run({ args }) {
      if (args.how === "user") throw new UserError("You asked for it.");
      throw new Error("database on fire");
    },
  }),
  defineCommand({
    name: "admin",
    description: "Admins",
    admin: true,
    async run({ reply }) {
      await reply(textMessage("done"));
    },
  }),
];

function invoke(command: string, input: Invocation["input"], options: { admin?: boolean; withReplyError?: boolean } = {}) {
  const replies: string[] = [];
  const errors: string[] = [];
  const text = (m: OutgoingMessage) => m.blocks.map((b) => ("text" in b ? b.text : "")).join("|");
  const invocation: Invocation = {
    command,
    input,
    channel: "console:local",
    invoker: { id: "u1", displayName: "U", isAdmin: options.admin ?? false },
    reply: async (m) => {
      replies.push(text(m));
    },
    ...(options.withReplyError ? { replyError: async (m: OutgoingMessage) => void errors.push(text(m)) } : {}),
  };
  return { invocation, replies, errors };
}

describe("createDispatcher", () => {
  const logged: unknown[] = [];
  const log: Logger = { debug() {}, info() {}, warn() {}, error: (message, fields) => void logged.push({ message, fields }) };
  const dispatch = createDispatcher({
    commands,
    services: chatOnlyServices(),
    log,
    now: () => new Date("2026-01-02T03:04:05Z"),
  });

  it("runs a command with parsed text or typed options, and the time passed in", async () => {
    const a = invoke("count", { kind: "text", text: "3" });
    await dispatch(a.invocation);
    const b = invoke("COUNT", { kind: "options", values: { n: 2 } });
    await dispatch(b.invocation);
    expect([...a.replies, ...b.replies]).toEqual(["3 at 2026-01-02T03:04:05.000Z", "2 at 2026-01-02T03:04:05.000Z"]);
  });

  it("answers an unknown command with a help hint", async () => {
    const a = invoke("nope", { kind: "text", text: "" });
    await dispatch(a.invocation);
    expect(a.replies).toEqual(["I don't know /nope. Type /help to see what I can do."]);
  });

  it("explains bad arguments with the usage and an example, through replyError when there is one", async () => {
    const a = invoke("count", { kind: "text", text: "500" }, { withReplyError: true });
    await dispatch(a.invocation);
    expect(a.replies).toEqual([]);
    expect(a.errors).toEqual(["n must be between 1 and 5, not 500. Usage: /count <n> — e.g. /count 3"]);
  });

  it("shows a UserError verbatim and apologises for anything else, logging it with context", async () => {
    const user = invoke("fail", { kind: "text", text: "user" });
    await dispatch(user.invocation);
    const crash = invoke("fail", { kind: "text", text: "crash" });
    await dispatch(crash.invocation);
    expect(user.replies).toEqual(["You asked for it."]);
    expect(crash.replies).toEqual(["Sorry, something went wrong with /fail. It has been logged."]);
    expect(logged).toEqual([
      {
        message: "command failed",
        fields: expect.objectContaining({ command: "fail", channel: "console:local", error: expect.any(Error) }),
      },
    ]);
  });

  it("refuses admin-only commands to non-admins", async () => {
    const member = invoke("admin", { kind: "text", text: "" });
    await dispatch(member.invocation);
    const admin = invoke("admin", { kind: "text", text: "" }, { admin: true });
    await dispatch(admin.invocation);
    expect(member.replies).toEqual(["Only admins of this chat can use /admin."]);
    expect(admin.replies).toEqual(["done"]);
  });

  it("never throws, even when the reply itself fails", async () => {
    const broken = invoke("fail", { kind: "text", text: "user" });
    broken.invocation.reply = async () => {
      throw new Error("network down");
    };
    await expect(dispatch(broken.invocation)).resolves.toBeUndefined();
  });
});
