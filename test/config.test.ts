import { describe, expect, it } from "vitest";
import { DEFAULT_FEED_URLS, loadConfig } from "../src/config.js";
import { UserError } from "../src/errors.js";

describe("loadConfig", () => {
  it("starts with no environment at all: SQLite, the built-in feeds, the console", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      storeUrl: "sqlite://./data/newsbrief.sqlite",
      storePrefix: "",
      takeoverSeconds: 30,
      feedUrls: [...DEFAULT_FEED_URLS],
      feedUrlsFromEnv: false,
      allowPrivateNetworks: false,
      defaultTimezone: "UTC",
      defaultSchedule: "0 8 * * *",
      digestMaxStories: 10,
      summarizer: { kind: "rules" },
    });
    expect(config.telegram).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(DEFAULT_FEED_URLS.length).toBeGreaterThanOrEqual(4);
  });

  it("reads every variable, treating empty ones as unset", () => {
    const config = loadConfig({
      STORE_URL: "redis://127.0.0.1:6379",
      FEED_URLS: "http://127.0.0.1:8080/a.xml, https://example.com/b.xml\nhttps://example.com/c.json",
      ALLOW_PRIVATE_NETWORKS: "true",
      TELEGRAM_BOT_TOKEN: "123456:ABCdefGhIJKlmnoPQRstuVWXyz012345",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.com/telegram",
      TELEGRAM_WEBHOOK_SECRET: "s3cret_value",
      TELEGRAM_WEBHOOK_PORT: "8443",
      DISCORD_TOKEN: "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnop",
      DISCORD_APPLICATION_ID: "123456789012345678",
      DISCORD_API_ROOT: "http://127.0.0.1:9001/api",
      DISCORD_GUILD_ID: "",
      DEFAULT_TIMEZONE: "europe/paris",
      DEFAULT_SCHEDULE: "30 7 * * 1-5",
      LOG_LEVEL: "debug",
      DIGEST_MAX_STORIES: "5",
      DISCORD_SHARDS: "1, 3",
      DISCORD_SHARD_COUNT: "4",
      STORE_PREFIX: "newsbrief-eu:",
      TAKEOVER_SECONDS: "10",
    });
    expect(config).toMatchObject({
      storeUrl: "redis://127.0.0.1:6379",
      feedUrls: ["http://127.0.0.1:8080/a.xml", "https://example.com/b.xml", "https://example.com/c.json"],
      feedUrlsFromEnv: true,
      allowPrivateNetworks: true,
      telegram: {
        token: "123456:ABCdefGhIJKlmnoPQRstuVWXyz012345",
        apiRoot: "http://127.0.0.1:9000",
        webhook: { url: "https://bot.example.com/telegram", secret: "s3cret_value", port: 8443 },
      },
      discord: {
        token: "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnop",
        applicationId: "123456789012345678",
        apiRoot: "http://127.0.0.1:9001/api",
        shards: [1, 3],
        shardCount: 4,
      },
      storePrefix: "newsbrief-eu:",
      takeoverSeconds: 10,
      defaultTimezone: "Europe/Paris",
      defaultSchedule: "30 7 * * 1-5",
      logLevel: "debug",
      digestMaxStories: 5,
      summarizer: { kind: "rules" },
    });
    expect(config.discord?.guildId).toBeUndefined();
  });

  it("reads DISCORD_SHARDS=auto, and refuses shard ids without a count or beyond it", () => {
    const base = { DISCORD_TOKEN: "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnop", DISCORD_APPLICATION_ID: "123456789012345678" };
    expect(loadConfig({ ...base, DISCORD_SHARDS: "auto" }).discord?.shards).toBe("auto");
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: "0,1" })).toThrow(/DISCORD_SHARD_COUNT: is required/);
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: "0,2", DISCORD_SHARD_COUNT: "2" })).toThrow(
      /below DISCORD_SHARD_COUNT \(2\)/,
    );
    expect(() => loadConfig({ ...base, DISCORD_SHARDS: "zero" })).toThrow(/DISCORD_SHARDS: must be "auto"/);
  });

  it("reports every problem at once, in one message", () => {
    let error: unknown;
    try {
      loadConfig({
        STORE_URL: "postgres://db",
        FEED_URLS: "ftp://example.com/feed, not-a-url",
        ALLOW_PRIVATE_NETWORKS: "maybe",
        TELEGRAM_BOT_TOKEN: "nope",
        TELEGRAM_WEBHOOK_URL: "http://insecure.example.com/hook",
        DISCORD_TOKEN: "MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.ghijklmnop",
        DEFAULT_TIMEZONE: "Mars/Olympus",
        DEFAULT_SCHEDULE: "61 * * * *",
        LOG_LEVEL: "loud",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    for (const variable of [
      "STORE_URL",
      "FEED_URLS",
      "ALLOW_PRIVATE_NETWORKS",
      "TELEGRAM_BOT_TOKEN",
      "TELEGRAM_WEBHOOK_URL",
      "DISCORD_APPLICATION_ID",
      "DEFAULT_TIMEZONE",
      "LOG_LEVEL",
    ]) {
      expect(message).toContain(`- ${variable}`);
    }
    expect(message.split("\n")[0]).toBe("Invalid configuration (see .env.example):");
  });

  it("is documented variable by variable in .env.example", async () => {
    const { readFileSync } = await import("node:fs");
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
    const source = readFileSync(new URL("../src/config.ts", import.meta.url), "utf8");
    const variables = [...source.matchAll(/^\s+([A-Z][A-Z_]+): optional\(/gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(10);
    for (const variable of variables) expect(example).toMatch(new RegExp(`^#?\\s*${variable}=`, "m"));
  });

  it("reads the LLM summarizer's variables, with their defaults, and requires a model and a server", () => {
    expect(loadConfig({ SUMMARIZER: "llm", LLM_BASE_URL: "http://127.0.0.1:11434/v1", LLM_MODEL: "qwen" }).summarizer).toEqual({
      kind: "llm",
      baseUrl: "http://127.0.0.1:11434/v1",
      model: "qwen",
      timeoutMs: 20_000,
      maxConcurrency: 2,
    });
    const full = loadConfig({
      SUMMARIZER: "LLM",
      LLM_MODEL: "gpt-x",
      LLM_API_KEY: "sk-test",
      LLM_TIMEOUT_S: "1.5",
      LLM_MAX_CONCURRENCY: "4",
      LLM_DAILY_TOKENS: "100000",
      LLM_LANGUAGE: "French",
    }).summarizer;
    expect(full).toEqual({
      kind: "llm",
      baseUrl: "https://api.openai.com/v1",
      model: "gpt-x",
      apiKey: "sk-test",
      timeoutMs: 1500,
      maxConcurrency: 4,
      dailyTokens: 100_000,
      language: "French",
    });
    expect(() => loadConfig({ SUMMARIZER: "llm" })).toThrow(/LLM_MODEL: is required[\s\S]*LLM_BASE_URL: is required/);
    expect(() => loadConfig({ SUMMARIZER: "gpt" })).toThrow(/SUMMARIZER: must be rules or llm/);
    expect(() => loadConfig({ SUMMARIZER: "llm", LLM_MODEL: "x", LLM_BASE_URL: "ftp://h" })).toThrow(/LLM_BASE_URL/);
  });
});
