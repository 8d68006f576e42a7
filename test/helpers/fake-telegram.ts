/** A fake Telegram Bot API on 127.0.0.1 for the real grammY client: records every call, long-polls, injects errors. */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { UserFromGetMe } from "grammy/types";
import { type FakeUpload, readMultipart } from "./read-multipart.js";

export type { FakeUpload } from "./read-multipart.js";

/** The bot the fake answers getMe with (also handed to grammY as `botInfo`). */
export const FAKE_BOT: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "NewsBrief",
  username: "newsbrief_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** One Bot API call the fake received, in arrival order. */
export interface FakeCall {
  method: string;
  token: string;
  // biome-ignore lint/suspicious/noExplicitAny: Bot API payloads are arbitrary JSON; tests narrow them with expect().
  payload: Record<string, any>;
  /** Date.now() when it arrived. */
  at: number;
  /** HTTP status the fake answered. */
  status: number;
}

/** A scripted error answer: 429 flood, 403 kicked, 400 migrated, ... */
export interface FakeFailure {
  status: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
  /** Only calls whose chat_id equals this (as a string) fail; any chat when absent. */
  chatId?: string | number;
  /** How many matching calls fail (default 1). */
  times?: number;
}

/** Rate limits the fake enforces on send methods, answering 429 retry_after 1 beyond them. */
export interface FakeLimits {
  /** Sends accepted in any sliding 1-second window, all chats together. */
  globalPerSecond?: number;
  /** Minimum milliseconds between two sends to the same chat. */
  perChatIntervalMs?: number;
}

/** A chat member as getChatMember answers it. */
export interface FakeMember {
  status: "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";
  can_post_messages?: boolean;
}

/** The running fake. */
export interface FakeTelegram {
  /** Pass as grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly calls: FakeCall[];
  /** Successful calls of one method. */
  callsTo(method: string): FakeCall[];
  /** Queues an update for getUpdates (update_id is assigned); returns the id. */
  pushUpdate(update: Record<string, unknown>): number;
  /** The next `times` matching calls of `method` get this error. */
  failNext(method: string, failure: FakeFailure): void;
  /** What getChatMember answers for (chat, user); "member" by default, "left" for the bot itself. */
  setMember(chatId: number | string, userId: number, member: FakeMember): void;
  /** What getChat answers for an id or "@username"; unknown chats answer 400 "chat not found". */
  setChat(idOrUsername: number | string, chat: { id: number; type: string; title?: string; username?: string }): void;
  /** 429s answered because of `limits`. */
  readonly limited: number;
  /** getUpdates calls answered 409 Conflict because another one was still waiting. */
  readonly conflicts: number;
  /** A file getFile knows by `fileId` and the file route serves (documents users sent); its path is returned. */
  addFile(fileId: string, file: { name: string; bytes: Buffer | string }): string;
  /** Downloads from the file route (`/file/bot<token>/<path>`), in arrival order. */
  readonly downloads: string[];
  /** Waits (real time, polling every 10 ms) until `n` successful calls of `method` arrived. */
  waitFor(method: string, n?: number, ms?: number): Promise<FakeCall[]>;
  close(): Promise<void>;
}

const SEND_METHODS = new Set(["sendMessage", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage", "editMessageText"]);

/**
 * A multipart/form-data body as grammY sends it with an InputFile: fields, and files referenced as "attach://<id>"
 * (https://core.telegram.org/bots/api#sending-files), resolved here into `{ filename, text }`.
 */
async function parseMultipart(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const { fields, files } = await readMultipart(raw, contentType);
  const payload: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(fields)) {
    const attached = value.startsWith("attach://") ? files.get(value.slice(9)) : undefined;
    if (attached) payload[key] = attached;
  }
  return payload;
}

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeTelegram(
  options: { limits?: FakeLimits; bot?: UserFromGetMe; conflictOnConcurrentPolls?: boolean } = {},
): Promise<FakeTelegram> {
  const bot = options.bot ?? FAKE_BOT;
  const calls: FakeCall[] = [];
  const queue: Array<Record<string, unknown>> = [];
  const polls = new Set<() => void>();
  const failures = new Map<string, FakeFailure[]>();
  const members = new Map<string, FakeMember>();
  const chats = new Map<string, { id: number; type: string; title?: string; username?: string }>();
  const recentSends: number[] = [];
  const lastSendTo = new Map<string, number>();
  const files = new Map<string, { name: string; bytes: Buffer; path: string }>();
  const downloads: string[] = [];
  let updateId = 100;
  let messageId = 1;
  let limited = 0;
  let conflicts = 0;

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, description: string, parameters?: object) =>
    answer(res, status, { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) });

  function scriptedFailure(method: string, chatId: string): FakeFailure | undefined {
    const list = failures.get(method) ?? [];
    const index = list.findIndex((f) => f.chatId === undefined || String(f.chatId) === chatId);
    const found = list[index];
    if (!found) return undefined;
    found.times = (found.times ?? 1) - 1;
    if (found.times <= 0) list.splice(index, 1);
    return found;
  }

  /** True when this send breaks the configured limits (and then it is not counted as sent). */
  function overLimit(chatId: string, now: number): boolean {
    const limits = options.limits;
    if (!limits) return false;
    while (recentSends.length > 0 && (recentSends[0] as number) <= now - 1000) recentSends.shift();
    if (limits.globalPerSecond !== undefined && recentSends.length >= limits.globalPerSecond) return true;
    const last = lastSendTo.get(chatId);
    if (limits.perChatIntervalMs !== undefined && last !== undefined && now - last < limits.perChatIntervalMs) return true;
    recentSends.push(now);
    lastSendTo.set(chatId, now);
    return false;
  }

  function chatType(id: number): string {
    if (id > 0) return "private";
    return String(id).startsWith("-100") ? "supergroup" : "group";
  }

  const server = createServer(async (req, res) => {
    // The file route: https://api.telegram.org/file/bot<token>/<file_path> (https://core.telegram.org/bots/api#file).
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url ?? "");
    if (download) {
      const path = decodeURIComponent(download[1] as string);
      downloads.push(path);
      const file = [...files.values()].find((f) => f.path === path);
      if (!file) return fail(res, 404, "Not Found");
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(file.bytes.length) });
      return res.end(file.bytes);
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)/.exec(req.url ?? "");
    if (!match) return fail(res, 404, "Not Found");
    const token = match[1] as string;
    const method = match[2] as string;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const raw = body.toString();
    const contentType = String(req.headers["content-type"]);
    const payload = contentType.includes("multipart/form-data")
      ? await parseMultipart(body, contentType)
      : raw && contentType.includes("json")
        ? JSON.parse(raw)
        : {};
    const now = Date.now();
    /** The Message the bot just sent to `chatId`, with what it carried. */
    const sentMessage = (chatId: unknown, carried: Record<string, unknown>) => ({
      message_id: messageId++,
      date: Math.floor(now / 1000),
      chat: { id: Number(chatId), type: chatType(Number(chatId)) },
      from: { id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username },
      ...carried,
    });
    const call: FakeCall = { method, token, payload, at: now, status: 200 };
    calls.push(call);
    const chatId = payload.chat_id === undefined ? "" : String(payload.chat_id);

    const scripted = scriptedFailure(method, chatId);
    if (scripted) {
      call.status = scripted.status;
      return fail(res, scripted.status, scripted.description, scripted.parameters);
    }
    if (SEND_METHODS.has(method) && overLimit(chatId, now)) {
      limited++;
      call.status = 429;
      return fail(res, 429, "Too Many Requests: retry after 1", { retry_after: 1 });
    }

    switch (method) {
      case "getMe":
        return answer(res, 200, { ok: true, result: bot });
      case "getUpdates": {
        // As Telegram does: one long poll per token at a time (https://core.telegram.org/bots/api#getupdates).
        if (options.conflictOnConcurrentPolls && polls.size > 0) {
          conflicts++;
          call.status = 409;
          return fail(
            res,
            409,
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
          );
        }
        const offset = Number(payload.offset ?? 0);
        let done = false;
        const flush = () => {
          if (done || res.writableEnded) return;
          done = true;
          clearTimeout(timer);
          polls.delete(flush);
          const result = queue.filter((u) => Number(u.update_id) >= offset);
          queue.length = 0;
          answer(res, 200, { ok: true, result });
        };
        // Long poll, capped at 1 s so a stopping bot is never held long.
        const timer = setTimeout(flush, Math.min(Number(payload.timeout ?? 0) * 1000, 1000));
        if (queue.some((u) => Number(u.update_id) >= offset)) return flush();
        polls.add(flush);
        res.on("close", () => {
          done = true;
          clearTimeout(timer);
          polls.delete(flush);
        });
        return;
      }
      case "sendMessage":
      case "editMessageText": {
        return answer(res, 200, {
          ok: true,
          result: sentMessage(payload.chat_id, {
            text: payload.text,
            ...(payload.message_thread_id ? { message_thread_id: payload.message_thread_id, is_topic_message: true } : {}),
          }),
        });
      }
      case "sendDocument": {
        const document = payload.document as FakeUpload | undefined;
        return answer(res, 200, {
          ok: true,
          result: sentMessage(payload.chat_id, {
            document: { file_id: `sent-${messageId + 1}`, file_unique_id: `u-${messageId + 1}`, file_name: document?.filename },
            ...(payload.caption ? { caption: payload.caption } : {}),
          }),
        });
      }
      case "getFile": {
        const file = files.get(String(payload.file_id));
        if (!file) return fail(res, 400, "Bad Request: invalid file_id");
        return answer(res, 200, {
          ok: true,
          result: {
            file_id: payload.file_id,
            file_unique_id: `u-${payload.file_id}`,
            file_size: file.bytes.length,
            file_path: file.path,
          },
        });
      }
      case "getChatMember": {
        const member = members.get(`${chatId}|${payload.user_id}`) ?? {
          status: Number(payload.user_id) === bot.id ? "left" : "member",
        };
        return answer(res, 200, {
          ok: true,
          result: { user: { id: Number(payload.user_id), is_bot: false, first_name: "U" }, ...member },
        });
      }
      case "getChat": {
        const chat = chats.get(chatId);
        if (!chat) return fail(res, 400, "Bad Request: chat not found");
        return answer(res, 200, { ok: true, result: chat });
      }
      default:
        // deleteWebhook, setWebhook, setMyCommands, deleteMyCommands, ...
        return answer(res, 200, { ok: true, result: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const successful = (method: string) => calls.filter((c) => c.method === method && c.status === 200);

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsTo: successful,
    get limited() {
      return limited;
    },
    get conflicts() {
      return conflicts;
    },
    pushUpdate(update) {
      const id = ++updateId;
      queue.push({ update_id: id, ...update });
      for (const flush of [...polls]) flush();
      return id;
    },
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), { ...failure }]);
    },
    setMember(chatId, userId, member) {
      members.set(`${chatId}|${userId}`, member);
    },
    setChat(idOrUsername, chat) {
      chats.set(String(idOrUsername), chat);
      chats.set(String(chat.id), chat);
    },
    addFile(fileId, file) {
      const path = `documents/file_${files.size}_${file.name}`;
      files.set(fileId, { name: file.name, bytes: Buffer.from(file.bytes), path });
      return path;
    },
    downloads,
    async waitFor(method, n = 1, ms = 5000) {
      for (const end = Date.now() + ms; ; ) {
        const got = successful(method);
        if (got.length >= n) return got;
        if (Date.now() > end) throw new Error(`timeout waiting for ${n}× ${method} (got ${got.length})`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      for (const flush of [...polls]) flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A user as updates carry it. */
export interface FakeUser {
  id: number;
  first_name: string;
  username?: string;
  /** The user's app language (IETF tag), as Telegram sends it. */
  language_code?: string;
}

/** A chat as updates carry it. */
export interface FakeChat {
  id: number;
  type: "private" | "group" | "supergroup" | "channel";
  title?: string;
  first_name?: string;
  is_forum?: boolean;
}

/** A message update carrying a command at offset 0 (`/latest@bot 3`), with the bot_command entity grammY needs. */
export function commandUpdate(
  text: string,
  where: { chat: FakeChat; from?: FakeUser; senderChat?: FakeChat; threadId?: number; channelPost?: boolean },
): Record<string, unknown> {
  const commandLength = (text.split(/\s/)[0] ?? "").length;
  const message = {
    message_id: 10,
    date: 1_780_000_000,
    chat: where.chat,
    ...(where.from ? { from: { is_bot: false, ...where.from } } : {}),
    ...(where.senderChat ? { sender_chat: where.senderChat } : {}),
    ...(where.threadId ? { message_thread_id: where.threadId, is_topic_message: true } : {}),
    text,
    entities: [{ type: "bot_command", offset: 0, length: commandLength }],
  };
  return where.channelPost ? { channel_post: message } : { message };
}

/** A message with a document and a command as its caption (`/feeds import`), as Telegram delivers a file sent with one. */
export function documentUpdate(
  caption: string,
  document: { fileId: string; name: string; size?: number },
  where: { chat: FakeChat; from?: FakeUser },
): Record<string, unknown> {
  const commandLength = (caption.split(/\s/)[0] ?? "").length;
  return {
    message: {
      message_id: 11,
      date: 1_780_000_000,
      chat: where.chat,
      ...(where.from ? { from: { is_bot: false, ...where.from } } : {}),
      document: {
        file_id: document.fileId,
        file_unique_id: `u-${document.fileId}`,
        file_name: document.name,
        mime_type: "text/x-opml",
        ...(document.size !== undefined ? { file_size: document.size } : {}),
      },
      caption,
      caption_entities: [{ type: "bot_command", offset: 0, length: commandLength }],
    },
  };
}
