/** A newsbrief wired for command tests: memory stores, a manual scheduler and the console platform over PassThroughs. */
import { PassThrough } from "node:stream";
import { createConsolePlatform } from "../../adapters/console/index.js";
import { commands } from "../../commands/index.js";
import { wireServices } from "../../src/app/wire-services.js";
import type { Article, BriefedPage, FeedState } from "../../src/index.js";
import { createDispatcher, UserError } from "../../src/index.js";
import type { FeedPollResult, Poller } from "../../src/ingest/poll-feeds.js";
import { validateSchedule } from "../../src/schedule/cron-scheduler.js";
import { createManualScheduler } from "../../src/schedule/manual-scheduler.js";
import { openStores } from "../../src/store/open-store.js";

/** The fixed time of every command test. */
export const NOW = new Date("2026-03-01T09:00:00Z");

/** What a test may preload. */
export interface ConsoleBotOptions {
  articles?: Article[];
  feeds?: FeedState[];
  pages?: Record<string, BriefedPage>;
}

/** Starts the bot; `run(lines, { admin })` types the lines and returns what the console printed. */
export async function startConsoleBot(options: ConsoleBotOptions = {}) {
  const stores = await openStores("memory://");
  for (const article of options.articles ?? []) await stores.articles.put(article);
  for (const feed of options.feeds ?? []) await stores.feeds.put(feed);
  const scheduler = createManualScheduler({ validate: (cron, timezone) => validateSchedule(cron, timezone) });
  // A stand-in for the poller: feeds under /broken fail, the others are read.
  const poller: Pick<Poller, "addFeed" | "pollFeed"> = {
    async addFeed(url) {
      const state = (await stores.feeds.get(url)) ?? { url, failures: 0 };
      const { disabled: _d, disabledReason: _r, ...enabled } = state;
      await stores.feeds.put({ ...enabled, failures: 0 });
      return { ...enabled, failures: 0 };
    },
    async pollFeed(url, now): Promise<FeedPollResult> {
      const base = { url, stored: 0, merged: 0, seen: 0, failedItems: 0, deliverable: false };
      if (url.includes("/broken")) return { ...base, status: "failed", error: "the server answered 500" };
      const state = (await stores.feeds.get(url)) ?? { url, failures: 0 };
      await stores.feeds.put({ ...state, title: "Example Feed", lastSuccessAt: now.toISOString(), primed: true });
      return { ...base, status: "updated", stored: 3 };
    },
  };
  const { services, subscriptions, runner } = wireServices({
    stores,
    scheduler,
    platforms: [{ name: "console", limits: { messageChars: Number.POSITIVE_INFINITY }, send: async () => undefined }],
    poller,
    allowPrivateNetworks: false,
    defaultTimezone: "UTC",
    defaultSchedule: "0 8 * * *",
    async summarizeUrl(url) {
      const page = options.pages?.[url];
      if (!page) throw new UserError(`I could not read ${url}: the server answered 404`);
      return page;
    },
  });
  const dispatch = createDispatcher({ commands, services, now: () => NOW });

  async function run(lines: readonly string[], as: { admin?: boolean; privateChat?: boolean } = {}): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const platform = createConsolePlatform({ input, output, admin: as.admin ?? true, privateChat: as.privateChat ?? true });
    await platform.start(dispatch);
    input.end(`${lines.join("\n")}\n`);
    await platform.finished;
    return printed;
  }

  return { run, stores, scheduler, subscriptions, runner, services, close: () => stores.close() };
}
