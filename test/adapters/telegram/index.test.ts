import { afterEach, describe, expect, it } from "vitest";
import type { TelegramPlatform } from "../../../adapters/telegram/index.js";
import { PLATFORM_FACTORIES } from "../../../src/app/platforms.js";
import { loadConfig } from "../../../src/config.js";
import { createDispatcher, defineCommand, silentLogger, textMessage } from "../../../src/index.js";
import { describePlatformContract } from "../../chat/platform-contract.js";
import { chatOnlyServices } from "../../helpers/chat-only-services.js";
import { FAKE_BOT, type FakeTelegram, startFakeTelegram } from "../../helpers/fake-telegram.js";
import { ADA, ADMIN, channelOf, FORUM, GROUP, MEMBER, PRIVATE, telegramUnderTest, type, visibleText } from "./setup.js";

const REMOVED = -1009999;

describePlatformContract("telegram", async () => {
  const { fake, platform } = await telegramUnderTest();
  fake.failNext("sendMessage", {
    status: 403,
    description: "Forbidden: bot was kicked from the group chat",
    chatId: REMOVED,
    times: 99,
  });
  return {
    platform,
    knownChannel: `telegram:${GROUP.id}`,
    removedChannel: `telegram:${REMOVED}`,
    async inject(command) {
      // Addressed to the bot, as in a group with other bots; admin or not is what getChatMember answers.
      type(fake, `/${command.command}@${FAKE_BOT.username} ${command.text}`.trim(), {
        chat: GROUP,
        from: command.admin ? ADMIN : MEMBER,
      });
    },
    async output() {
      return fake
        .callsTo("sendMessage")
        .map((call) => ({ channel: channelOf(call), text: visibleText(String(call.payload.text)) }));
    },
    teardown: () => fake.close(),
  };
});

/** Answers where it was called, by whom, and with what text. */
const whoami = defineCommand({
  name: "whoami",
  description: "Says where and who",
  options: { text: { type: "string", description: "Anything" } },
  async run({ args, channel, invoker, reply }) {
    await reply(textMessage(`${channel} ${invoker.displayName} admin=${invoker.isAdmin} text=${args.text ?? ""}`));
  },
});
const setup = defineCommand({
  name: "setup",
  description: "Admins only",
  admin: true,
  options: { topic: { type: "string", description: "Anything" } },
  async run({ args, channel, reply }) {
    await reply(textMessage(`set up ${channel} for ${args.topic ?? "nothing"}`));
  },
});
const dispatch = createDispatcher({ commands: [whoami, setup], services: chatOnlyServices() });

describe("telegram platform", () => {
  let fake: FakeTelegram;
  let platform: TelegramPlatform;

  afterEach(async () => {
    await platform.stop();
    await fake.close();
  });

  async function started(options: Parameters<typeof telegramUnderTest>[0] = {}) {
    ({ fake, platform } = await telegramUnderTest(options));
    await platform.registerCommands([whoami, setup]);
    await platform.start(dispatch);
  }
  const replies = async (n: number) => (await fake.waitFor("sendMessage", n)).map((c) => visibleText(String(c.payload.text)));

  it("answers in a private chat, where the user is the admin (no getChatMember)", async () => {
    await started();
    type(fake, "/whoami hello there", { chat: PRIVATE, from: ADA });
    type(fake, "/setup world", { chat: PRIVATE, from: ADA });
    expect(await replies(2)).toEqual(["telegram:5001 Ada admin=true text=hello there", "set up telegram:5001 for world"]);
    const [send] = fake.callsTo("sendMessage");
    expect(send?.payload).toMatchObject({ chat_id: 5001, parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    expect(fake.callsTo("getChatMember")).toEqual([]);
  });

  it("in a group, asks getChatMember and refuses admin commands to members with one line", async () => {
    await started();
    type(fake, "/setup world", { chat: GROUP, from: MEMBER });
    expect(await replies(1)).toEqual(["Only admins of this chat can use /setup."]);
    type(fake, "/setup world", { chat: GROUP, from: ADMIN });
    expect((await replies(2))[1]).toBe("set up telegram:-1001234 for world");
    expect(fake.callsTo("getChatMember").map((c) => c.payload)).toEqual([
      { chat_id: GROUP.id, user_id: MEMBER.id },
      { chat_id: GROUP.id, user_id: ADMIN.id },
    ]);
  });

  it("counts an anonymous admin (posting as the group) as an admin", async () => {
    await started();
    const anonymous = { id: 1087968824, first_name: "Group" };
    type(fake, "/setup tech", { chat: GROUP, from: anonymous, senderChat: GROUP });
    expect(await replies(1)).toEqual(["set up telegram:-1001234 for tech"]);
    expect(fake.callsTo("getChatMember")).toEqual([]);
  });

  it("answers in the forum topic the command came from", async () => {
    await started();
    type(fake, "/whoami", { chat: FORUM, from: MEMBER, threadId: 42 });
    expect(await replies(1)).toEqual(["telegram:-1005678/42 Linus admin=false text="]);
    expect(fake.callsTo("sendMessage")[0]?.payload).toMatchObject({ chat_id: FORUM.id, message_thread_id: 42 });
  });

  it("takes /cmd@thisbot, ignores /cmd@otherbot and bare unknown commands in groups", async () => {
    await started();
    type(fake, "/whoami@other_bot ignored", { chat: GROUP, from: MEMBER });
    type(fake, "/nothing", { chat: GROUP, from: MEMBER });
    type(fake, `/WhoAmI@${FAKE_BOT.username} addressed`, { chat: GROUP, from: MEMBER });
    type(fake, `/nothing@${FAKE_BOT.username}`, { chat: GROUP, from: MEMBER });
    type(fake, "/nothing", { chat: PRIVATE, from: ADA });
    const texts = await replies(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.callsTo("sendMessage")).toHaveLength(3);
    expect(texts).toEqual(
      expect.arrayContaining([
        "telegram:-1001234 Linus admin=false text=addressed",
        "I don't know /nothing. Type /help to see what I can do.",
      ]),
    );
    expect(texts.filter((t) => t.startsWith("I don't know"))).toHaveLength(2);
  });

  it("sets up a channel from a private chat when the user administers it and the bot may post", async () => {
    await started();
    fake.setChat("@mynews", { id: -100777, type: "channel", title: "My News" });
    fake.setMember(-100777, ADA.id, { status: "creator" });
    type(fake, "/setup channel:@mynews world", { chat: PRIVATE, from: ADA });
    expect(await replies(1)).toEqual(['I can\'t post in My News: make me an administrator with the "Post messages" right.']);
    fake.setMember(-100777, FAKE_BOT.id, { status: "administrator", can_post_messages: true });
    type(fake, "/setup channel:@mynews world", { chat: PRIVATE, from: ADA });
    expect((await replies(2))[1]).toBe("set up telegram:-100777 for world");
    expect(fake.callsTo("sendMessage").map((c) => c.payload.chat_id)).toEqual([5001, 5001]);
    fake.setMember(-100777, MEMBER.id, { status: "member" });
    type(fake, "/setup channel:@mynews world", { chat: GROUP, from: MEMBER });
    expect((await replies(3))[2]).toBe("Only an administrator of My News can set it up.");
  });

  it("takes commands posted in a channel as the channel's admin", async () => {
    await started();
    const channel = { id: -100777, type: "channel" as const, title: "My News" };
    type(fake, "/setup world", { chat: channel, senderChat: channel, channelPost: true });
    expect(await replies(1)).toEqual(["set up telegram:-100777 for world"]);
  });

  it("publishes the menu: admin-only commands only for administrators (and private chats)", async () => {
    await started();
    const scopes = fake.callsTo("setMyCommands").map((c) => ({
      scope: c.payload.scope.type,
      commands: c.payload.commands.map((x: { command: string }) => x.command),
    }));
    expect(scopes).toEqual([
      { scope: "default", commands: ["whoami"] },
      { scope: "all_private_chats", commands: ["whoami", "setup"] },
      { scope: "all_chat_administrators", commands: ["whoami", "setup"] },
    ]);
  });

  it("sends digests to a forum topic, silently in quiet hours, previews only a lone link", async () => {
    await started();
    const brief = {
      blocks: [
        { type: "heading" as const, text: "One", url: "https://news.example/1" },
        { type: "link" as const, text: "news.example", url: "https://news.example/1" },
      ],
    };
    await platform.send(`telegram:${FORUM.id}/42`, brief, { silent: true });
    await platform.send(`telegram:${FORUM.id}`, {
      blocks: [...brief.blocks, { type: "heading", text: "Two", url: "https://news.example/2" }],
    });
    const [first, second] = fake.callsTo("sendMessage").map((call) => call.payload);
    expect(first).toMatchObject({
      chat_id: FORUM.id,
      message_thread_id: 42,
      disable_notification: true,
      link_preview_options: { url: "https://news.example/1" },
    });
    expect(second).toMatchObject({ chat_id: FORUM.id, link_preview_options: { is_disabled: true } });
    expect(second).not.toHaveProperty("message_thread_id");
    expect(second).not.toHaveProperty("disable_notification");
  });
});

describe("telegram platform from the configuration", () => {
  it("reaches the Bot API named by TELEGRAM_API_ROOT, long polling by default", async () => {
    const fake = await startFakeTelegram();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_API_ROOT: fake.apiRoot });
    const context = { log: silentLogger, topicChoices: async () => [], onMigrate: async () => {}, onGuildLeft: async () => {} };
    const built = await Promise.all(PLATFORM_FACTORIES.map((factory) => factory(config, context)));
    const telegram = built.find((platform) => platform?.name === "telegram");
    if (!telegram) throw new Error("no Telegram platform was built");
    try {
      await telegram.start(dispatch);
      type(fake, "/whoami", { chat: PRIVATE, from: ADA });
      const [reply] = await fake.waitFor("sendMessage");
      expect(reply?.token).toBe("123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ");
      expect(fake.calls.slice(0, 3).map((call) => call.method)).toEqual(["getMe", "deleteWebhook", "getUpdates"]);
    } finally {
      await telegram.stop();
      await fake.close();
    }
  });
});
