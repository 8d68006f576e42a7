/** The platform port: what every chat adapter (console, Telegram, Discord) provides to the core. */
import type { CommandSpec } from "./command-spec.js";
import type { OutgoingFile, OutgoingMessage } from "./message.js";

/** The chat platforms newsbrief speaks. */
export type PlatformName = "discord" | "telegram" | "console";

/** "telegram:-100123" or "telegram:-100123/42" (forum topic), "discord:<channelId>", "console:local". */
export type ChannelKey = `${PlatformName}:${string}`;

/** Who typed a command; `isAdmin` is decided by the adapter from the platform's own permissions. */
export interface Invoker {
  id: string;
  displayName: string;
  isAdmin: boolean;
  /** True when the command came from a private chat with the bot (Telegram private chat, Discord DM, the console). */
  inPrivateChat?: boolean;
}

/** A file the user sent with a command (Telegram document, Discord attachment, a console path). */
export interface ReceivedFile {
  /** The file's name as the user sent it. */
  name: string;
  /** Its size in bytes as the platform reports it; undefined when unknown. */
  size?: number;
  /** Reads its bytes; throws UserError when it holds more than `maxBytes` (checked while reading). */
  read(maxBytes: number): Promise<Uint8Array>;
}

/** Files on the machine newsbrief runs on: only the console (the operator's own terminal) offers them. */
export interface LocalFiles {
  /** A local file to read, by path; reading throws UserError when it is missing or too large. */
  open(path: string): ReceivedFile;
  /** Writes a file to a local path; throws UserError when it cannot. */
  save(path: string, file: OutgoingFile): Promise<void>;
}

/** One command typed by a user, as the adapter hands it to the core. */
export interface Invocation {
  /** The command name, without the slash (and without "@botname"). */
  command: string;
  /** Discord gives typed options; Telegram and the console give text, parsed once in the core. */
  input: { kind: "options"; values: Readonly<Record<string, string | number | boolean>> } | { kind: "text"; text: string };
  channel: ChannelKey;
  invoker: Invoker;
  /** The invoker's platform locale (Telegram `from.language_code`, Discord interaction `locale`): the default language. */
  locale?: string;
  /** The chat's own locale where the platform has one (Discord `guildLocale`): remembered for digests. */
  chatLocale?: string;
  /** Answers in the same chat (same topic or thread). */
  reply(message: OutgoingMessage): Promise<void>;
  /** Optional: the adapter may answer errors the user caused privately (Discord ephemeral). */
  replyError?(message: OutgoingMessage): Promise<void>;
  /** The file sent with the command, if any. */
  attachment?: ReceivedFile;
  /** The console only: local files, by path. */
  localFiles?: LocalFiles;
  /** What one answer can carry here; the platform's own limits when absent. */
  limits?: PlatformLimits;
}

/** Handles one invocation; never throws (errors become answers). */
export type Dispatch = (invocation: Invocation) => Promise<void>;

/** What a platform can carry per message. */
export interface PlatformLimits {
  /** Characters of text per message (Telegram 4096, Discord 2000 content / 6000 over embeds); Infinity for none. */
  messageChars: number;
  /** Discord: embeds per message (10); absent where there are none. */
  embedsPerMessage?: number;
}

/** Options of an unprompted send. */
export interface SendOptions {
  /** Deliver without a notification (quiet hours). */
  silent?: boolean;
}

/** A chat platform adapter. */
export interface ChatPlatform {
  readonly name: PlatformName;
  readonly limits: PlatformLimits;
  /** Publishes the command menu (Telegram setMyCommands, Discord bulk overwrite); the console has nothing to do. */
  registerCommands(specs: readonly CommandSpec[]): Promise<void>;
  /** Starts receiving commands and hands each to `dispatch`. */
  start(dispatch: Dispatch): Promise<void>;
  /** Unprompted posts (digests). Throws DeliveryError{permanent:true} when the bot was removed or the chat is gone. */
  send(channel: ChannelKey, message: OutgoingMessage, options?: SendOptions): Promise<void>;
  /** Stops receiving; lets the send in flight finish. */
  stop(): Promise<void>;
  /** Whether it is connected now (for /healthz); a platform without this counts as connected. */
  health?(): PlatformHealth;
}

/** A platform's connection state: ok, or the reason it is not. */
export type PlatformHealth = { ok: true } | { ok: false; reason: string };
