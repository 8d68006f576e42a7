/** Who may change a Telegram chat's setup, and whether the bot may post in a channel set up from elsewhere. */
import type { Api } from "grammy";
import type { Chat, ChatMember, Message } from "grammy/types";
import { english, type Translate } from "../../src/i18n/translate.js";

const ADMIN_STATUSES = new Set<ChatMember["status"]>(["creator", "administrator"]);

/**
 * True when the sender of `message` administers its chat: always in a private chat (the user is the admin) and
 * in a channel (only admins post there); in groups when getChatMember says administrator or creator, or when
 * an anonymous admin posts as the group itself (sender_chat is the chat).
 */
export async function isChatAdmin(api: Api, message: Message): Promise<boolean> {
  const chat = message.chat;
  if (chat.type === "private" || chat.type === "channel") return true;
  if (message.sender_chat) return message.sender_chat.id === chat.id;
  if (!message.from) return false;
  const member = await api.getChatMember(chat.id, message.from.id);
  return ADMIN_STATUSES.has(member.status);
}

/** A channel the user may set up from another chat, or why not (one line, shown to the user). */
export type ChannelCheck = { ok: true; chat: Chat } | { ok: false; reason: string };

/**
 * Checks that `reference` (@name or -100… id) is a channel, that `userId` administers it, and that the bot
 * (`botId`) is an administrator there with the right to post messages. Reasons are in `t`'s language.
 */
export async function checkChannel(
  api: Api,
  reference: string,
  userId: number,
  botId: number,
  t: Translate = english,
): Promise<ChannelCheck> {
  let chat: Chat;
  try {
    chat = await api.getChat(reference);
  } catch {
    return { ok: false, reason: t("telegram.cantSee", { reference }) };
  }
  const name = "title" in chat && chat.title ? chat.title : reference;
  if (chat.type !== "channel") return { ok: false, reason: t("telegram.notChannel", { name }) };
  const user = await memberOrUndefined(api, chat.id, userId);
  if (!user || !ADMIN_STATUSES.has(user.status)) {
    return { ok: false, reason: t("telegram.notAdmin", { name }) };
  }
  const self = await memberOrUndefined(api, chat.id, botId);
  const canPost = self?.status === "creator" || (self?.status === "administrator" && self.can_post_messages === true);
  if (!canPost) return { ok: false, reason: t("telegram.cantPost", { name }) };
  return { ok: true, chat };
}

async function memberOrUndefined(api: Api, chatId: number, userId: number): Promise<ChatMember | undefined> {
  try {
    return await api.getChatMember(chatId, userId);
  } catch {
    return undefined;
  }
}
