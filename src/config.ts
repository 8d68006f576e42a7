/** loadConfig(env): the one reader of the environment, validated with zod; every problem is reported at once. */
import { z } from "zod";
import type { LogLevel } from "./chat/logger.js";
import { isValidTimezone } from "./digest/quiet-hours.js";
import { UserError } from "./errors.js";
import { BOOLEAN_WORDS } from "./read-boolean.js";
import { validateSchedule } from "./schedule/cron-scheduler.js";

/** Well-known public world-news feeds followed when FEED_URLS is not set. */
export const DEFAULT_FEED_URLS: readonly string[] = [
  "https://feeds.bbci.co.uk/news/world/rss.xml",
  "https://www.theguardian.com/world/rss",
  "https://www.aljazeera.com/xml/rss/all.xml",
  "https://feeds.npr.org/1004/rss.xml",
  "https://rss.dw.com/rdf/rss-en-world",
];

/** newsbrief's configuration. */
export interface Config {
  /** sqlite://PATH, memory:// or redis://HOST:PORT. */
  storeUrl: string;
  /** STORE_PREFIX: prepended to every key, so that several deployments can share one Redis ("" by default). */
  storePrefix: string;
  /** TAKEOVER_SECONDS: a stopped instance's digest runs and Telegram polling are taken over within this (Redis). */
  takeoverSeconds: number;
  feedUrls: string[];
  /** True when the feeds came from FEED_URLS (false: the built-in list). */
  feedUrlsFromEnv: boolean;
  /** Lets fetches reach private and loopback addresses (tests and local demos only). */
  allowPrivateNetworks: boolean;
  telegram?: {
    token: string;
    apiRoot?: string;
    /** Webhook mode (several instances); long polling otherwise. */
    webhook?: { url: string; secret: string; port: number };
  };
  discord?: {
    token: string;
    applicationId: string;
    apiRoot?: string;
    guildId?: string;
    /** DISCORD_SHARDS: this instance's shard ids, or "auto" (one process runs every shard). */
    shards?: number[] | "auto";
    /** DISCORD_SHARD_COUNT: shards over all instances. */
    shardCount?: number;
  };
  defaultTimezone: string;
  /** Cron of new subscriptions. */
  defaultSchedule: string;
  /** LOG_LEVEL; unset lets the app choose (info for the bot, warn in the console so answers stay readable). */
  logLevel?: LogLevel;
  /** LOG_FORMAT; unset lets the app choose (JSON for `start`, readable for the console). */
  logFormat?: "json" | "pretty";
  /** METRICS_PORT / METRICS_HOST: where /healthz and /metrics are served; unset serves nothing. */
  metrics?: { host: string; port: number };
  /** Stories per digest. */
  digestMaxStories: number;
  /** SUMMARIZER: the rule-based core (default), or a model checked against the article (see README). */
  summarizer: SummarizerConfig;
}

/** SUMMARIZER=rules, or SUMMARIZER=llm with the LLM_* variables. */
export type SummarizerConfig =
  | { kind: "rules" }
  | {
      kind: "llm";
      baseUrl: string;
      model: string;
      apiKey?: string;
      timeoutMs: number;
      maxConcurrency: number;
      /** Tokens a UTC day may spend; unset: no cap. */
      dailyTokens?: number;
      /** Language briefs are written in; unset: the article's. */
      language?: string;
    };

// .env files often hold "KEY=" for "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
const url = (what: string) => z.url({ protocol: /^https?$/, error: `must be an http(s) URL (${what})` });

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v in BOOLEAN_WORDS, "must be true or false")
  .transform((v) => BOOLEAN_WORDS[v] === true);

const schema = z.object({
  STORE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^(?:sqlite|memory|redis|rediss):\/\//i, "must start with sqlite://, memory://, redis:// or rediss://"),
  ),
  FEED_URLS: optional(
    z
      .string()
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(url("in FEED_URLS, separated by commas or spaces")).min(1)),
  ),
  ALLOW_PRIVATE_NETWORKS: optional(bool),
  TELEGRAM_BOT_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC-DEF… (from @BotFather)"),
  ),
  TELEGRAM_API_ROOT: optional(url("e.g. https://api.telegram.org")),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: "must be an https URL Telegram can reach" })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters A-Z, a-z, 0-9, _ or -")),
  TELEGRAM_WEBHOOK_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  DISCORD_TOKEN: optional(z.string().trim().min(20, "looks too short for a bot token")),
  DISCORD_APPLICATION_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{15,21}$/, "must be the application's numeric id"),
  ),
  DISCORD_API_ROOT: optional(url("e.g. https://discord.com/api")),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{15,21}$/, "must be a numeric server id"),
  ),
  DISCORD_SHARDS: optional(
    z
      .string()
      .trim()
      .regex(/^(?:auto|\d+(?:\s*,\s*\d+)*)$/i, 'must be "auto" or shard ids separated by commas, e.g. 0,1')
      .transform((v) => (v.toLowerCase() === "auto" ? ("auto" as const) : v.split(",").map((id) => Number(id.trim())))),
  ),
  DISCORD_SHARD_COUNT: optional(z.coerce.number().int().min(1).max(10_000)),
  STORE_PREFIX: optional(
    z
      .string()
      .trim()
      .regex(/^[\w.:-]{1,64}$/, "must be 1–64 characters A-Z a-z 0-9 _ . : -"),
  ),
  TAKEOVER_SECONDS: optional(z.coerce.number().min(1).max(600)),
  DEFAULT_TIMEZONE: optional(z.string().trim().refine(isValidTimezone, "must be an IANA timezone such as Europe/Paris")),
  DEFAULT_SCHEDULE: optional(z.string().trim()),
  LOG_LEVEL: optional(z.enum(["debug", "info", "warn", "error", "silent"])),
  DIGEST_MAX_STORIES: optional(z.coerce.number().int().min(1).max(25)),
  LOG_FORMAT: optional(z.enum(["json", "pretty"])),
  METRICS_PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  METRICS_HOST: optional(z.string().trim().min(1)),
  SUMMARIZER: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(["rules", "llm"], { error: "must be rules or llm" })),
  ),
  LLM_BASE_URL: optional(url("e.g. http://127.0.0.1:11434/v1 for Ollama")),
  LLM_MODEL: optional(z.string().trim().min(1)),
  LLM_API_KEY: optional(z.string().trim()),
  LLM_TIMEOUT_S: optional(z.coerce.number().positive().max(600)),
  LLM_MAX_CONCURRENCY: optional(z.coerce.number().int().min(1).max(64)),
  LLM_DAILY_TOKENS: optional(z.coerce.number().int().min(0)),
  LLM_LANGUAGE: optional(z.string().trim().max(40)),
});

// Checks across variables, run on the raw values so they are reported together with the per-variable ones.
function crossProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const set = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const problems: string[] = [];
  if (set("DISCORD_TOKEN") && !set("DISCORD_APPLICATION_ID"))
    problems.push("DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set");
  if (set("TELEGRAM_WEBHOOK_URL") && !set("TELEGRAM_BOT_TOKEN")) problems.push("TELEGRAM_WEBHOOK_URL: needs TELEGRAM_BOT_TOKEN");
  if (set("TELEGRAM_WEBHOOK_URL") && !set("TELEGRAM_WEBHOOK_SECRET")) {
    problems.push("TELEGRAM_WEBHOOK_SECRET: is required in webhook mode (TELEGRAM_WEBHOOK_URL)");
  }
  const shards = set("DISCORD_SHARDS");
  if (shards && shards.toLowerCase() !== "auto") {
    const count = Number(set("DISCORD_SHARD_COUNT"));
    if (!set("DISCORD_SHARD_COUNT")) problems.push("DISCORD_SHARD_COUNT: is required when DISCORD_SHARDS lists shard ids");
    else if (shards.split(",").some((id) => Number(id.trim()) >= count)) {
      problems.push(`DISCORD_SHARDS: shard ids must be below DISCORD_SHARD_COUNT (${count})`);
    }
  }
  if (set("SUMMARIZER")?.toLowerCase() === "llm") {
    if (!set("LLM_MODEL")) problems.push("LLM_MODEL: is required when SUMMARIZER=llm");
    if (!set("LLM_BASE_URL") && !set("LLM_API_KEY")) {
      problems.push("LLM_BASE_URL: is required when SUMMARIZER=llm (or LLM_API_KEY for api.openai.com)");
    }
  }
  const schedule = set("DEFAULT_SCHEDULE");
  if (schedule) {
    const timezone = set("DEFAULT_TIMEZONE") ?? "UTC";
    const problem = validateSchedule(schedule, isValidTimezone(timezone) ? timezone : "UTC");
    if (problem) problems.push(`DEFAULT_SCHEDULE: ${problem}`);
  }
  return problems;
}

/** Reads and validates the configuration; throws one UserError listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${variableOf(issue.path)}: ${issue.message}`)),
    ...crossProblems(env),
  ];
  if (!parsed.success || problems.length > 0) {
    throw new UserError(`Invalid configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  const e = parsed.data;
  return {
    storeUrl: e.STORE_URL ?? "sqlite://./data/newsbrief.sqlite",
    storePrefix: e.STORE_PREFIX ?? "",
    takeoverSeconds: e.TAKEOVER_SECONDS ?? 30,
    feedUrls: e.FEED_URLS ?? [...DEFAULT_FEED_URLS],
    feedUrlsFromEnv: e.FEED_URLS !== undefined,
    allowPrivateNetworks: e.ALLOW_PRIVATE_NETWORKS ?? false,
    ...(e.TELEGRAM_BOT_TOKEN
      ? {
          telegram: {
            token: e.TELEGRAM_BOT_TOKEN,
            ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT } : {}),
            ...(e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET
              ? {
                  webhook: {
                    url: e.TELEGRAM_WEBHOOK_URL,
                    secret: e.TELEGRAM_WEBHOOK_SECRET,
                    port: e.TELEGRAM_WEBHOOK_PORT ?? 8080,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            ...(e.DISCORD_API_ROOT ? { apiRoot: e.DISCORD_API_ROOT } : {}),
            ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
            ...(e.DISCORD_SHARDS ? { shards: e.DISCORD_SHARDS } : {}),
            ...(e.DISCORD_SHARD_COUNT ? { shardCount: e.DISCORD_SHARD_COUNT } : {}),
          },
        }
      : {}),
    defaultTimezone: e.DEFAULT_TIMEZONE
      ? new Intl.DateTimeFormat("en-US", { timeZone: e.DEFAULT_TIMEZONE }).resolvedOptions().timeZone
      : "UTC",
    defaultSchedule: e.DEFAULT_SCHEDULE ?? "0 8 * * *",
    ...(e.LOG_LEVEL ? { logLevel: e.LOG_LEVEL } : {}),
    ...(e.LOG_FORMAT ? { logFormat: e.LOG_FORMAT } : {}),
    ...(e.METRICS_PORT !== undefined ? { metrics: { host: e.METRICS_HOST ?? "127.0.0.1", port: e.METRICS_PORT } } : {}),
    digestMaxStories: e.DIGEST_MAX_STORIES ?? 10,
    summarizer:
      e.SUMMARIZER === "llm" && e.LLM_MODEL
        ? {
            kind: "llm",
            baseUrl: e.LLM_BASE_URL ?? "https://api.openai.com/v1",
            model: e.LLM_MODEL,
            ...(e.LLM_API_KEY ? { apiKey: e.LLM_API_KEY } : {}),
            timeoutMs: (e.LLM_TIMEOUT_S ?? 20) * 1000,
            maxConcurrency: e.LLM_MAX_CONCURRENCY ?? 2,
            ...(e.LLM_DAILY_TOKENS !== undefined ? { dailyTokens: e.LLM_DAILY_TOKENS } : {}),
            ...(e.LLM_LANGUAGE ? { language: e.LLM_LANGUAGE } : {}),
          }
        : { kind: "rules" },
  };
}

/** "FEED_URLS (#2)" for the second URL of FEED_URLS; the variable's name otherwise. */
function variableOf(path: readonly PropertyKey[]): string {
  const [name, index] = path;
  if (name === undefined) return "environment";
  return typeof index === "number" ? `${String(name)} (#${index + 1})` : String(name);
}
