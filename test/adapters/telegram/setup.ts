/** Shared setup for the Telegram adapter tests: the fake Bot API, a platform pointed at it, and chats to type in. */
import { createTelegramPlatform, type TelegramPlatform, type TelegramPlatformOptions } from "../../../adapters/telegram/index.js";
import type { ChannelKey } from "../../../src/chat/platform.js";
import {
  commandUpdate,
  FAKE_BOT,
  type FakeCall,
  type FakeChat,
  type FakeTelegram,
  type FakeUser,
  startFakeTelegram,
} from "../../helpers/fake-telegram.js";

export const PRIVATE: FakeChat = { id: 5001, type: "private", first_name: "Ada" };
export const GROUP: FakeChat = { id: -1001234, type: "supergroup", title: "Newsroom" };
export const FORUM: FakeChat = { id: -1005678, type: "supergroup", title: "Forum", is_forum: true };
export const ADA: FakeUser = { id: 5001, first_name: "Ada", username: "ada" };
export const ADMIN: FakeUser = { id: 7001, first_name: "Grace" };
export const MEMBER: FakeUser = { id: 7002, first_name: "Linus" };

/** A started fake plus a platform pointed at it (not started), with fast per-chat pacing unless `options.rate` says otherwise. */
export async function telegramUnderTest(
  options: Partial<TelegramPlatformOptions> = {},
  fakeOptions: Parameters<typeof startFakeTelegram>[0] = {},
): Promise<{ fake: FakeTelegram; platform: TelegramPlatform }> {
  const fake = await startFakeTelegram(fakeOptions);
  for (const chat of [GROUP, FORUM]) {
    fake.setMember(chat.id, ADMIN.id, { status: "administrator" });
    fake.setMember(chat.id, MEMBER.id, { status: "member" });
  }
  const platform = createTelegramPlatform({
    token: "123:TEST",
    apiRoot: fake.apiRoot,
    botInfo: FAKE_BOT,
    pollTimeoutSeconds: 1,
    rate: { perChatIntervalMs: 20 },
    ...options,
  });
  return { fake, platform };
}

/** Types a command in a chat (through getUpdates). */
export function type(
  fake: FakeTelegram,
  text: string,
  where: { chat: FakeChat; from?: FakeUser; senderChat?: FakeChat; threadId?: number; channelPost?: boolean },
): void {
  fake.pushUpdate(commandUpdate(text, where));
}

/** Telegram HTML as the user reads it: tags dropped, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** The channel key a recorded sendMessage went to. */
export function channelOf(call: FakeCall): ChannelKey {
  const thread = call.payload.message_thread_id;
  return thread === undefined ? `telegram:${call.payload.chat_id}` : `telegram:${call.payload.chat_id}/${thread}`;
}
