/** The Telegram platform: grammY in, Telegram HTML out, every send through one throttled queue. */
import { Bot, InputFile } from "grammy";
import type { BotCommand, LanguageCode, Message, UserFromGetMe } from "grammy/types";
import type { CommandSpec } from "../../src/chat/command-spec.js";
import { type Logger, silentLogger } from "../../src/chat/logger.js";
import type { OutgoingMessage } from "../../src/chat/message.js";
import type { ChannelKey, ChatPlatform, Dispatch, ReceivedFile, SendOptions } from "../../src/chat/platform.js";
import { downloadedFile, tooLargeError } from "../../src/chat/read-capped.js";
import { DeliveryError } from "../../src/errors.js";
import { languageOfLocale } from "../../src/i18n/languages.js";
import { translator, userError } from "../../src/i18n/translate.js";
import type { Lease } from "../../src/jobs/lease.js";
import type { SendBudget } from "../../src/jobs/send-budget.js";
import { checkChannel, isChatAdmin } from "./admin.js";
import { migratedTo, toDeliveryError } from "./errors.js";
import {
  channelKeyOf,
  documentOf,
  parseChannelKey,
  readCommand,
  type TelegramTarget,
  takeChannelArgument,
} from "./invocation.js";
import { renderTelegram, TELEGRAM_MESSAGE_CHARS } from "./render.js";
import { installSendQueue, type RetryPolicy, type SendRate } from "./send-queue.js";
import { serveWebhook, type WebhookOptions, type WebhookServer } from "./webhook.js";

export type { WebhookOptions } from "./webhook.js";

/** How to build the Telegram platform (the composition root fills it from config). */
export interface TelegramPlatformOptions {
  /** From @BotFather. */
  token: string;
  /** Bot API server (default Telegram's own); a local Bot API server or a test double. */
  apiRoot?: string;
  /** Webhook mode when set; long polling otherwise. */
  webhook?: WebhookOptions;
  /** The bot's own getMe answer, to skip the call (tests). */
  botInfo?: UserFromGetMe;
  log?: Logger;
  /** A group became a supergroup: move what belonged to `from` (subscriptions) to `to`. */
  onMigrate?: (from: ChannelKey, to: ChannelKey) => void | Promise<void>;
  /** Send pace (defaults: Telegram's published limits). */
  rate?: SendRate;
  retry?: RetryPolicy;
  /** Long-polling timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /**
   * Several instances with one token: only the holder of this lease long-polls getUpdates (Telegram answers a
   * second poller 409 Conflict); the others stand by and take over when it stops renewing.
   */
  pollLease?: Lease;
  /** Several instances with one token: the token's send budget, shared by all of them. */
  sendBudget?: SendBudget;
}

const UPDATES: ["message", "channel_post"] = ["message", "channel_post"];
const DEFAULT_API_ROOT = "https://api.telegram.org";
// A caption holds 1024 characters (https://core.telegram.org/bots/api#senddocument); longer text goes before the file.
const CAPTION_CHARS = 1024;

/** The Telegram ChatPlatform, plus where its webhook server listens. */
export interface TelegramPlatform extends ChatPlatform {
  /** "http://host:port" of the local webhook server once started in webhook mode; undefined otherwise. */
  readonly webhookLocalUrl: string | undefined;
}

/** Creates the Telegram ChatPlatform. Nothing touches the network until registerCommands, start or send. */
export function createTelegramPlatform(options: TelegramPlatformOptions): TelegramPlatform {
  const log = options.log ?? silentLogger;
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: options.apiRoot ? { apiRoot: options.apiRoot } : {},
  });
  installSendQueue(bot.api, options.rate, options.retry, options.sendBudget);
  bot.catch((error) => log.error("telegram update failed", { error: error.error, update: error.ctx.update.update_id }));

  const specs = new Map<string, CommandSpec>();
  const inFlight = new Set<Promise<void>>();
  let webhook: WebhookServer | undefined;
  let dispatchTo: Dispatch | undefined;
  let leaseTimer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;

  bot.on(UPDATES, (ctx) => {
    const dispatch = dispatchTo;
    const message = ctx.update.message ?? ctx.update.channel_post;
    if (!dispatch || !message) return;
    // Not awaited: a slow command must not hold the next update (nor a webhook answer).
    const task = handle(message, dispatch).catch((error: unknown) =>
      log.error("telegram command failed", { error, chat: message.chat.id }),
    );
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });

  async function migrate(from: TelegramTarget, toChatId: number): Promise<TelegramTarget> {
    const to: TelegramTarget = { ...from, chatId: toChatId };
    log.info("telegram group became a supergroup", { from: channelKeyOf(from), to: channelKeyOf(to) });
    await options.onMigrate?.(channelKeyOf(from), channelKeyOf(to));
    return to;
  }

  async function deliver(target: TelegramTarget, message: OutgoingMessage, silent: boolean): Promise<void> {
    let where = target;
    const parts = renderTelegram(message, TELEGRAM_MESSAGE_CHARS);
    const file = message.file;
    // A file goes last, with the text as its caption when it fits in one.
    const caption = file && parts.length === 1 && (parts[0]?.html.length ?? 0) <= CAPTION_CHARS ? parts.pop() : undefined;
    const sends: ((to: TelegramTarget) => Promise<unknown>)[] = parts.map(
      (part) => (to) =>
        bot.api.sendMessage(to.chatId, part.html, {
          parse_mode: "HTML",
          ...(to.threadId !== undefined ? { message_thread_id: to.threadId } : {}),
          ...(silent ? { disable_notification: true } : {}),
          link_preview_options: part.previewUrl ? { url: part.previewUrl, prefer_small_media: true } : { is_disabled: true },
        }),
    );
    if (file) {
      sends.push((to) =>
        bot.api.sendDocument(to.chatId, new InputFile(file.bytes, file.name), {
          ...(caption ? { caption: caption.html, parse_mode: "HTML" as const } : {}),
          ...(to.threadId !== undefined ? { message_thread_id: to.threadId } : {}),
          ...(silent ? { disable_notification: true } : {}),
        }),
      );
    }
    for (const send of sends) {
      try {
        await send(where);
      } catch (error) {
        const movedTo = migratedTo(error);
        if (movedTo === undefined) throw toDeliveryError(error, channelKeyOf(where));
        where = await migrate(where, movedTo);
        await send(where).catch((retryError: unknown) => {
          throw toDeliveryError(retryError, channelKeyOf(where));
        });
      }
    }
  }

  // Long polling; resolves once the first getUpdates went out, and forgets itself when polling stops.
  function startPolling(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const run = bot
        .start({ allowed_updates: [...UPDATES], timeout: options.pollTimeoutSeconds ?? 30, onStart: () => resolve() })
        .catch((error: unknown) => {
          log.error("telegram polling stopped", { error });
          reject(error);
        })
        .finally(() => {
          if (polling === run) polling = undefined;
        });
      polling = run;
    });
  }

  async function stopPolling(): Promise<void> {
    // bot.stop() confirms the last offset with one more getUpdates, which may itself fail (409, network): stopping
    // must still stop.
    if (bot.isRunning()) await bot.stop().catch((error: unknown) => log.warn("telegram: could not confirm updates", { error }));
    await polling?.catch(() => undefined);
    polling = undefined;
  }

  async function handle(message: Message, dispatch: Dispatch): Promise<void> {
    if (message.migrate_to_chat_id !== undefined) {
      await migrate({ chatId: message.chat.id }, message.migrate_to_chat_id);
      return;
    }
    const read = readCommand(message, bot.botInfo.username);
    if (!read) return;
    // In groups, a bare unknown command may belong to another bot: answer it only when addressed to us.
    if (message.chat.type !== "private" && !specs.has(read.command) && !read.addressed) return;
    const reply = (answer: OutgoingMessage) => deliver(read.target, answer, false);
    let channel = read.channel;
    let text = read.text;
    let isAdmin = await isChatAdmin(bot.api, message).catch((error: unknown) => {
      log.warn("telegram admin check failed", { error, channel });
      return false;
    });
    let inPrivateChat = message.chat.type === "private";
    const aboutChannel = takeChannelArgument(text);
    if (aboutChannel) {
      const user = message.from && !message.sender_chat ? message.from.id : undefined;
      // Answered before the dispatcher, so in the user's app language.
      const t = translator(languageOfLocale(read.locale) ?? "en");
      const check =
        user === undefined
          ? { ok: false as const, reason: t("telegram.anonymous") }
          : await checkChannel(bot.api, aboutChannel.reference, user, bot.botInfo.id, t);
      if (!check.ok) return reply({ blocks: [{ type: "text", text: check.reason }] });
      channel = channelKeyOf({ chatId: check.chat.id });
      text = aboutChannel.rest;
      isAdmin = true;
      inPrivateChat = false;
    }
    const attachment = receivedFile(message);
    await dispatch({
      command: read.command,
      input: { kind: "text", text },
      channel,
      invoker: { ...read.invoker, isAdmin, inPrivateChat },
      ...(read.locale ? { locale: read.locale } : {}),
      reply,
      limits: { messageChars: TELEGRAM_MESSAGE_CHARS },
      ...(attachment ? { attachment } : {}),
    });
  }

  // The document is downloaded only when the command reads it: getFile, then the file route of the same Bot API
  // server (https://core.telegram.org/bots/api#getfile), so a local Bot API server or a test double serves it too.
  function receivedFile(message: Message): ReceivedFile | undefined {
    const document = documentOf(message);
    if (!document) return undefined;
    return {
      name: document.name,
      ...(document.size !== undefined ? { size: document.size } : {}),
      async read(maxBytes) {
        if (document.size !== undefined && document.size > maxBytes) throw tooLargeError(document.name, maxBytes);
        const file = await bot.api.getFile(document.fileId).catch((error: unknown) => {
          throw userError("file.downloadFailed", {
            name: document.name,
            why: error instanceof Error ? error.message : String(error),
          });
        });
        if (!file.file_path) throw userError("file.noPath", { name: document.name });
        const root = (options.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, "");
        const url = `${root}/file/bot${options.token}/${file.file_path}`;
        return downloadedFile(document.name, url, file.file_size !== undefined ? { size: file.file_size } : {}).read(maxBytes);
      },
    };
  }

  return {
    name: "telegram",
    limits: { messageChars: TELEGRAM_MESSAGE_CHARS },
    get webhookLocalUrl() {
      return webhook?.localUrl;
    },

    async registerCommands(list) {
      for (const spec of list) specs.set(spec.name, spec);
      const menu = (items: readonly CommandSpec[], language?: string): BotCommand[] =>
        items.map((spec) => ({
          command: spec.name,
          description: (language && spec.translations?.[language]?.description) || spec.description,
        }));
      const everyone = list.filter((spec) => !spec.admin);
      // English without language_code is what users of every other language see; then one menu per UI language.
      // https://core.telegram.org/bots/api#setmycommands
      const languages = [undefined, ...new Set(list.flatMap((spec) => Object.keys(spec.translations ?? {})))].filter(
        (language) => language !== "en",
      );
      for (const language of languages) {
        // The UI languages are ISO 639-1 codes, which is what Telegram's language_code takes.
        const code = language ? { language_code: language as LanguageCode } : {};
        // Admin-only commands are shown to group admins and in private chats (where the user is the admin).
        await bot.api.setMyCommands(menu(everyone, language), { scope: { type: "default" }, ...code });
        await bot.api.setMyCommands(menu(list, language), { scope: { type: "all_private_chats" }, ...code });
        await bot.api.setMyCommands(menu(list, language), { scope: { type: "all_chat_administrators" }, ...code });
      }
    },

    async start(dispatch) {
      if (dispatchTo) throw new Error("The Telegram platform is already started");
      await bot.init();
      dispatchTo = dispatch;
      if (options.webhook) {
        webhook = await serveWebhook(bot, options.webhook);
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: [...UPDATES] });
        log.info("telegram webhook listening", { local: webhook.localUrl });
        return;
      }
      const lease = options.pollLease;
      if (!lease) return startPolling();
      let standing = false;
      const keep = async () => {
        const held = await lease.acquire().catch((error: unknown) => {
          log.warn("telegram polling lease check failed", { error });
          return false;
        });
        if (!leaseTimer) return;
        if (held && !polling) {
          log.info("telegram: this instance polls for updates");
          standing = false;
          await startPolling().catch(() => undefined);
        } else if (!held && polling) {
          log.warn("telegram: polling lease lost, standing by");
          await stopPolling();
        } else if (!held && !standing) {
          standing = true;
          log.info("telegram: another instance polls for updates; standing by");
        }
      };
      leaseTimer = setInterval(() => void keep(), lease.renewMs);
      await keep();
    },

    health() {
      if (!dispatchTo) return { ok: false, reason: "telegram: not started" };
      if (webhook || polling) return { ok: true };
      // Another instance holds the polling lease: standing by is healthy, polling that died is not.
      if (leaseTimer) return { ok: true };
      return { ok: false, reason: "telegram: long polling stopped" };
    },

    async send(channel: ChannelKey, message: OutgoingMessage, sendOptions: SendOptions = {}) {
      const target = parseChannelKey(channel);
      if (!target) throw new DeliveryError(`Not a Telegram channel: ${channel}`, { permanent: true });
      await deliver(target, message, sendOptions.silent === true);
    },

    async stop() {
      clearInterval(leaseTimer);
      leaseTimer = undefined;
      await stopPolling();
      await options.pollLease?.release().catch(() => undefined);
      await webhook?.close();
      webhook = undefined;
      await Promise.allSettled([...inFlight]);
      dispatchTo = undefined;
    },
  };
}
