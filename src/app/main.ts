/** The composition root: loadConfig → stores → services → platforms → scheduler → poller → start, and a clean stop. */
import { commands } from "../../commands/index.js";
import { createDispatcher } from "../chat/dispatch.js";
import { createLogger, type Logger } from "../chat/logger.js";
import type { ChatPlatform } from "../chat/platform.js";
import { type Config, loadConfig } from "../config.js";
import { BUILT_IN_TOPICS } from "../digest/topics.js";
import { createPoller, type Poller } from "../ingest/poll-feeds.js";
import { createCronScheduler } from "../schedule/cron-scheduler.js";
import { openStores, type Stores } from "../store/open-store.js";
import type { KeyvSubscriptionStore } from "../store/subscription-store.js";
import { KEYWORD_TOPICS } from "../summarize/topics/keyword-topics.js";
import { createPlatforms } from "./platforms.js";
import { wireServices } from "./wire-services.js";

/** How the app is run. */
export interface AppOptions {
  /** "console": the console only; "start": every platform with a token, the console when none has one. */
  mode: "console" | "start";
  /** The environment (process.env merged with .env, passed in by the CLI). */
  env: Readonly<Record<string, string | undefined>>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where logs go (stderr). */
  logTo: (line: string) => void;
  /** Resolves when the app should stop (SIGINT/SIGTERM). */
  stopSignal: Promise<unknown>;
  /** How long start-up waits for the first read of never-read feeds before the console takes commands (default 20 s). */
  primeTimeoutMs?: number;
}

/** Runs newsbrief until the stop signal (or, for the console, the end of its input); returns the exit code. */
export async function runApp(options: AppOptions): Promise<number> {
  const config = loadConfig(options.env);
  const log = createLogger({ level: config.logLevel ?? (options.mode === "console" ? "warn" : "info"), write: options.logTo });
  const stores = await openStores(config.storeUrl);
  const closers: (() => Promise<void>)[] = [() => stores.close()];
  try {
    const app = await compose(config, stores, log, options);
    closers.unshift(app.stop);
    await Promise.race([options.stopSignal, app.consoleFinished ?? new Promise(() => undefined)]);
    log.info("stopping");
    return 0;
  } finally {
    for (const close of closers) {
      try {
        await close();
      } catch (error) {
        log.error("error while stopping", { error });
      }
    }
  }
}

async function compose(config: Config, stores: Stores, log: Logger, options: AppOptions) {
  const poller = createPoller({
    articles: stores.articles,
    feeds: stores.feeds,
    fetchOptions: { allowPrivateNetworks: config.allowPrivateNetworks },
    onEvent: (event) => log.warn(`feed ${event.type}`, event),
  });
  const scheduler = createCronScheduler({ log });
  const platformList: ChatPlatform[] = [];
  const { services, subscriptionStore, runner, subscriptions } = wireServices({
    stores,
    scheduler,
    platforms: platformList,
    poller,
    allowPrivateNetworks: config.allowPrivateNetworks,
    defaultTimezone: config.defaultTimezone,
    defaultSchedule: config.defaultSchedule,
    log,
    maxStories: config.digestMaxStories,
  });
  const chosen = await createPlatforms(
    config,
    {
      log,
      topicChoices: () => topicChoices(subscriptionStore),
      onMigrate: (from, to) => subscriptions.move(from, to),
      onGuildLeft: async (channels) => {
        for (const channel of channels) await subscriptions.pause(channel, "The bot was removed from this server.");
      },
    },
    { consoleOnly: options.mode === "console", input: options.input, output: options.output },
  );
  platformList.push(...chosen.platforms);

  await followConfiguredFeeds(config, stores, poller, new Date());
  // Read the feeds first, so that the first /latest has stories (bounded: an offline machine still starts).
  await Promise.race([
    primeFeeds(stores, poller),
    new Promise((resolve) => setTimeout(resolve, options.primeTimeoutMs ?? 20_000).unref()),
  ]);

  const dispatch = createDispatcher({ commands, services, log });
  for (const platform of chosen.platforms) {
    await platform.registerCommands(commands);
    await platform.start(dispatch);
    log.info("platform started", { platform: platform.name });
  }
  scheduler.set({ id: "digest-tick", cron: "* * * * *", timezone: "UTC", run: () => runner.tick(new Date()) });
  await subscriptions.scheduleAll();
  scheduler.start();
  poller.start();
  // Held and interrupted runs (a crash, a restart during quiet hours) go now if their time has come.
  void runner.tick(new Date()).catch((error: unknown) => log.error("digest tick failed", { error }));

  return {
    consoleFinished: chosen.console?.finished,
    async stop() {
      // Stop taking commands first; each platform lets its send in flight finish.
      await Promise.all(chosen.platforms.map((platform) => platform.stop()));
      await scheduler.stop();
      await poller.stop();
    },
  };
}

/** Follows each configured feed once: a feed an admin removed later is not brought back on restart. */
async function followConfiguredFeeds(config: Config, stores: Stores, poller: Poller, now: Date): Promise<void> {
  const app = stores.keyv("app");
  const seeded = new Set((await app.get<string[]>("seeded-feeds")) ?? []);
  const fresh = config.feedUrls.filter((url) => !seeded.has(url));
  for (const url of fresh) await poller.addFeed(url, now);
  if (fresh.length > 0) await app.set("seeded-feeds", [...seeded, ...fresh]);
}

// Every enabled feed is read once at start (conditional GET keeps it cheap); failures are logged by onEvent.
async function primeFeeds(stores: Stores, poller: Poller): Promise<void> {
  const now = new Date();
  const feeds = (await stores.feeds.list()).filter((feed) => !feed.paused && !feed.disabled);
  await Promise.all(feeds.map((feed) => poller.pollFeed(feed.url, now)));
}

/** Autocomplete choices: the built-in sections, the keyword topics, then every topic a channel subscribed to. */
async function topicChoices(store: KeyvSubscriptionStore): Promise<string[]> {
  const subscribed = (await store.list()).flatMap((subscription) => subscription.topics);
  return [...new Set([...BUILT_IN_TOPICS, ...KEYWORD_TOPICS.map((topic) => topic.id), ...subscribed])];
}
