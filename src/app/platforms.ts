/** Which chat platforms run: every platform whose token is set, the console when none is (or when asked for). */
import { type ConsolePlatform, createConsolePlatform } from "../../adapters/console/index.js";
import type { Logger } from "../chat/logger.js";
import type { ChannelKey, ChatPlatform } from "../chat/platform.js";
import type { Config } from "../config.js";
import type { Coordination } from "../jobs/open-coordination.js";
import { DISCORD_SEND_LIMITS, TELEGRAM_SEND_LIMITS } from "../jobs/send-budget.js";

/** What platform factories may use besides the configuration. */
export interface PlatformContext {
  log: Logger;
  /** Built-in and subscribed topics (Discord autocomplete). */
  topicChoices: () => Promise<string[]>;
  /** A Telegram group became a supergroup: move its subscription. */
  onMigrate: (from: ChannelKey, to: ChannelKey) => Promise<void>;
  /** The bot left a Discord server: pause those channels' subscriptions. */
  onGuildLeft: (channels: readonly ChannelKey[]) => Promise<void>;
  /** Told about each 429 answer a platform got (metrics). */
  onRateLimited?: (platform: "telegram" | "discord", retryAfterSeconds: number) => void;
  /** Shared send budgets and leases when several instances run on one Redis. */
  coordination?: Pick<Coordination, "sendBudget" | "lease">;
}

/** Builds one token-based platform when its configuration is present. */
export type PlatformFactory = (config: Config, context: PlatformContext) => Promise<ChatPlatform | undefined>;

// Each adapter is loaded only when its token is set, so the console never pays for discord.js or grammY.
/** The token-based platforms, in start order: add a new platform here. */
export const PLATFORM_FACTORIES: readonly PlatformFactory[] = [
  async (config, context) => {
    if (!config.telegram) return undefined;
    const { createTelegramPlatform } = await import("../../adapters/telegram/index.js");
    const { token } = config.telegram;
    // Webhook mode: Telegram posts each update to one URL, so any instance may answer it; no lease.
    const pollLease = config.telegram.webhook ? undefined : context.coordination?.lease("telegram-poll", token);
    const sendBudget = context.coordination?.sendBudget("telegram", token, TELEGRAM_SEND_LIMITS);
    return createTelegramPlatform({
      token: config.telegram.token,
      ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}),
      ...(config.telegram.webhook ? { webhook: config.telegram.webhook } : {}),
      log: context.log,
      onMigrate: context.onMigrate,
      retry: { onRateLimited: (seconds) => context.onRateLimited?.("telegram", seconds) },
      ...(pollLease ? { pollLease } : {}),
      ...(sendBudget ? { sendBudget } : {}),
    });
  },
  async (config, context) => {
    if (!config.discord) return undefined;
    const { createDiscordPlatform } = await import("../../adapters/discord/index.js");
    const sendBudget = context.coordination?.sendBudget("discord", config.discord.token, DISCORD_SEND_LIMITS);
    return createDiscordPlatform({
      token: config.discord.token,
      applicationId: config.discord.applicationId,
      ...(config.discord.apiRoot ? { apiRoot: config.discord.apiRoot } : {}),
      ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
      ...(config.discord.shards ? { shards: config.discord.shards } : {}),
      ...(config.discord.shardCount ? { shardCount: config.discord.shardCount } : {}),
      ...(sendBudget ? { sendBudget } : {}),
      log: context.log,
      topicChoices: context.topicChoices,
      onGuildLeft: (_guildId, channels) => context.onGuildLeft(channels),
      onRateLimited: (seconds) => context.onRateLimited?.("discord", seconds),
    });
  },
];

/** The platforms to run, and the console among them when it runs. */
export interface ChosenPlatforms {
  platforms: ChatPlatform[];
  console?: ConsolePlatform;
}

/** Builds the platforms: `consoleOnly` (newsbrief console) or every configured platform, the console when none is. */
export async function createPlatforms(
  config: Config,
  context: PlatformContext,
  io: { consoleOnly: boolean; input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<ChosenPlatforms> {
  const platforms: ChatPlatform[] = [];
  if (!io.consoleOnly) {
    for (const factory of PLATFORM_FACTORIES) {
      const platform = await factory(config, context);
      if (platform) platforms.push(platform);
    }
  }
  if (platforms.length > 0) return { platforms };
  const consolePlatform = createConsolePlatform({ input: io.input, output: io.output });
  return { platforms: [consolePlatform], console: consolePlatform };
}
