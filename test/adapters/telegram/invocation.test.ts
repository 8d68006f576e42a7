import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { channelKeyOf, parseChannelKey, readCommand, takeChannelArgument } from "../../../adapters/telegram/invocation.js";
import { commandUpdate } from "../../helpers/fake-telegram.js";
import { ADA, FORUM, GROUP, PRIVATE } from "./setup.js";

const messageOf = (update: Record<string, unknown>) => update.message as Message;

describe("telegram invocation mapping", () => {
  it("reads the command, its text and the chat", () => {
    const read = readCommand(
      messageOf(commandUpdate("/Latest@NewsBrief_Test_Bot 3 climate", { chat: GROUP, from: ADA })),
      "newsbrief_test_bot",
    );
    expect(read).toEqual({
      command: "latest",
      addressed: true,
      text: "3 climate",
      target: { chatId: GROUP.id },
      channel: "telegram:-1001234",
      invoker: { id: "5001", displayName: "Ada" },
    });
  });

  it("ignores commands for other bots and text that is no command", () => {
    expect(
      readCommand(messageOf(commandUpdate("/latest@other_bot", { chat: GROUP, from: ADA })), "newsbrief_test_bot"),
    ).toBeUndefined();
    const plain = { ...messageOf(commandUpdate("/latest", { chat: PRIVATE, from: ADA })), entities: [] };
    expect(readCommand(plain, "newsbrief_test_bot")).toBeUndefined();
  });

  it("keys a forum topic as chat/thread, and a reply thread outside forums as the chat", () => {
    const topic = readCommand(messageOf(commandUpdate("/latest", { chat: FORUM, from: ADA, threadId: 42 })), "b");
    expect(topic?.channel).toBe("telegram:-1005678/42");
    const replyThread = { ...messageOf(commandUpdate("/latest", { chat: GROUP, from: ADA })), message_thread_id: 9 };
    expect(readCommand(replyThread, "b")?.channel).toBe("telegram:-1001234");
  });

  it("round-trips channel keys and refuses others", () => {
    for (const target of [{ chatId: -1001234 }, { chatId: -1005678, threadId: 42 }, { chatId: "@mynews" }, { chatId: 5001 }]) {
      expect(parseChannelKey(channelKeyOf(target))).toEqual(target);
    }
    expect(parseChannelKey("discord:123")).toBeUndefined();
    expect(parseChannelKey("telegram:abc")).toBeUndefined();
  });

  it("takes a channel:@name argument out of the text", () => {
    expect(takeChannelArgument("world channel:@mynews 0 8 * * *")).toEqual({ reference: "@mynews", rest: "world 0 8 * * *" });
    expect(takeChannelArgument("channel:-100777 tech")).toEqual({ reference: "-100777", rest: "tech" });
    expect(takeChannelArgument("world mychannel:@x")).toBeUndefined();
  });
});
