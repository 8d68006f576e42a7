/** Telegram messages → the parts of an Invocation: command, text, channel key (chat or forum topic), invoker. */
import type { Message } from "grammy/types";
import type { ChannelKey } from "../../src/chat/platform.js";

/** Where a Telegram message goes: a chat, and a forum topic in it. */
export interface TelegramTarget {
  /** Numeric chat id, or "@username" for a public channel. */
  chatId: number | string;
  threadId?: number;
}

/** A command read from a message, before the admin check. */
export interface ReadCommand {
  /** Lower-case name without the slash and without "@botname". */
  command: string;
  /** True when written `/cmd@thisbot`. */
  addressed: boolean;
  /** Everything after the command, trimmed. */
  text: string;
  target: TelegramTarget;
  channel: ChannelKey;
  invoker: { id: string; displayName: string };
  /** The user's Telegram app language (`from.language_code`, IETF tag), absent for anonymous admins and channels. */
  locale?: string;
}

/** "telegram:<chatId>" or, in a forum topic, "telegram:<chatId>/<threadId>". */
export function channelKeyOf(target: TelegramTarget): ChannelKey {
  return target.threadId === undefined ? `telegram:${target.chatId}` : `telegram:${target.chatId}/${target.threadId}`;
}

/** The chat (and topic) a Telegram channel key names; undefined when it is not a Telegram key. */
export function parseChannelKey(key: string): TelegramTarget | undefined {
  const match = /^telegram:(-?\d+|@[A-Za-z0-9_]{4,})(?:\/(\d+))?$/.exec(key);
  if (!match) return undefined;
  const chat = match[1] as string;
  const chatId = chat.startsWith("@") ? chat : Number(chat);
  return match[2] === undefined ? { chatId } : { chatId, threadId: Number(match[2]) };
}

/** The chat and topic of a message: the topic only in forum supergroups (reply threads elsewhere are not topics). */
export function targetOf(message: Message): TelegramTarget {
  const threadId = message.is_topic_message ? message.message_thread_id : undefined;
  return threadId === undefined ? { chatId: message.chat.id } : { chatId: message.chat.id, threadId };
}

function nameOf(message: Message): { id: string; displayName: string } {
  const user = message.from;
  // Anonymous group admins and channel posts speak as a chat (sender_chat), not as a user.
  if (message.sender_chat) {
    return { id: String(message.sender_chat.id), displayName: chatTitle(message.sender_chat) };
  }
  if (user) {
    const full = [user.first_name, user.last_name].filter(Boolean).join(" ");
    return { id: String(user.id), displayName: full || user.username || String(user.id) };
  }
  return { id: String(message.chat.id), displayName: chatTitle(message.chat) };
}

function chatTitle(chat: Message["chat"]): string {
  if ("title" in chat && chat.title) return chat.title;
  if ("first_name" in chat && chat.first_name) return chat.first_name;
  return String(chat.id);
}

/**
 * The command a message starts with, or undefined: none, or `/cmd@otherbot` (meant for another bot).
 * Telegram marks commands with a bot_command entity at offset 0; text without one is not a command.
 */
export function readCommand(message: Message, botUsername: string): ReadCommand | undefined {
  // A document sent with a command as its caption (`/feeds import`) carries it in caption and caption_entities.
  const text = message.text ?? message.caption;
  const entity = (message.text !== undefined ? message.entities : message.caption_entities)?.[0];
  if (!text || !entity || entity.type !== "bot_command" || entity.offset !== 0) return undefined;
  const [name = "", to] = text.slice(1, entity.length).split("@");
  if (to !== undefined && to.toLowerCase() !== botUsername.toLowerCase()) return undefined;
  const target = targetOf(message);
  return {
    command: name.toLowerCase(),
    addressed: to !== undefined,
    text: text.slice(entity.length).trim(),
    target,
    channel: channelKeyOf(target),
    invoker: nameOf(message),
    ...(message.from?.language_code && !message.sender_chat ? { locale: message.from.language_code } : {}),
  };
}

/** Finds a `channel:@name` (or `channel:-100…`) argument: the command is about that channel, not this chat. */
export function takeChannelArgument(text: string): { reference: string; rest: string } | undefined {
  const match = /(?:^|\s)channel:(@[A-Za-z0-9_]{4,}|-100\d+)(?=\s|$)/.exec(text);
  if (!match) return undefined;
  const rest = `${text.slice(0, match.index).trimEnd()} ${text.slice(match.index + match[0].length).trimStart()}`.trim();
  return { reference: match[1] as string, rest };
}

/** The document a command came with: attached to it (the command is its caption), or the one it replies to. */
export function documentOf(message: Message): { fileId: string; name: string; size?: number } | undefined {
  const document = message.document ?? message.reply_to_message?.document;
  if (!document) return undefined;
  return {
    fileId: document.file_id,
    name: document.file_name ?? "file",
    ...(document.file_size !== undefined ? { size: document.file_size } : {}),
  };
}
