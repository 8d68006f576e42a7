/** The composition root: loadConfig → stores → services → platforms → scheduler → poller → start, and a clean stop. */
import { commands } from "../../commands/index.js";
import type { AlertFanout } from "../alerts/alert-fanout.js";
import { createDispatcher } from "../chat/dispatch.js";
import type { Logger } from "../chat/logger.js";
import type { ChatPlatform, PlatformName } from "../chat/platform.js";
import { type Config, loadConfig } from "../config.js";
import { BUILT_IN_TOPICS } from "../digest/topics.js";
import { createPoller, type Poller } from "../ingest/poll-feeds.js";
import { createPollJobs } from "../ingest/poll-jobs.js";
import { type Coordination, openCoordination } from "../jobs/open-coordination.js";
import { instrumentDispatch, instrumentPlatform, instrumentPoller, timedSummarize } from "../metrics/instrument.js";
import { type Metrics, noMetrics } from "../metrics/metrics.js";
import { createCronScheduler } from "../schedule/cron-scheduler.js";
import { openStores, type Stores } from "../store/open-store.js";
import type { KeyvSubscriptionStore } from "../store/subscription-store.js";
import { KEYWORD_TOPICS } from "../summarize/topics/keyword-topics.js";
import type { Article } from "../types.js";
import { checkWithin, type OpsServer, startOpsServer } from "./ops-server.js";
import { createPinoLogger } from "./pino-logger.js";
import { createPlatforms } from "./platforms.js";
import { createStopGate } from "./stop-gate.js";
import { createSummarizer } from "./summarizer.js";
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
  const log = createPinoLogger({
    level: config.logLevel ?? (options.mode === "console" ? "warn" : "info"),
    format: config.logFormat ?? (options.mode === "console" ? "pretty" : "json"),
    write: options.logTo,
  });
  const stores = await openStores(config.storeUrl, { namespacePrefix: config.storePrefix });
  const closers: (() => Promise<void>)[] = [() => stores.close()];
  try {
    const coordination = await openCoordination({
      storeUrl: config.storeUrl,
      prefix: config.storePrefix,
      shared: stores.shared,
      takeoverSeconds: config.takeoverSeconds,
      log,
    });
    closers.unshift(() => coordination.close());
    const app = await compose(config, stores, coordination, log, options);
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

async function compose(config: Config, stores: Stores, coordination: Coordination, log: Logger, options: AppOptions) {
  // prom-client loads only when metrics are served.
  const prom = config.metrics
    ? (await import("../metrics/prom-metrics.js")).createPromMetrics({ queueDepth: () => coordination.jobs.depth() })
    : undefined;
  const metrics: Metrics = prom ?? noMetrics;
  // SUMMARIZER=llm: ingestion (so digests) and /summarize brief through the model, checked against the article.
  const summarize = timedSummarize(
    await createSummarizer(config.summarizer, stores, { log, onTokens: (usage) => metrics.llmTokens(usage) }),
    metrics,
  );
  let alerts: AlertFanout | undefined;
  // Stories stored by the start-up read, before the platforms are connected: their alerts go once they are.
  const storedBeforeStart: Array<{ stories: readonly Article[]; now: Date }> = [];
  const poller = instrumentPoller(
    createPoller({
      articles: stores.articles,
      feeds: stores.feeds,
      fetchOptions: { allowPrivateNetworks: config.allowPrivateNetworks },
      deps: { summarize },
      onEvent: (event) => log.warn(`feed ${event.type}`, event),
      onStored: async (stories, now) => {
        if (alerts) await alerts.storiesStored(stories, now);
        else storedBeforeStart.push({ stories, now });
      },
    }),
    metrics,
  );
  const gate = createStopGate();
  const { jobs } = coordination;
  const polls = createPollJobs({ poller, feeds: stores.feeds, jobs, log });
  const scheduler = createCronScheduler({ log });
  const platformList: ChatPlatform[] = [];
  const { services, subscriptionStore, digestJobs, subscriptions, ...wired } = wireServices({
    stores,
    scheduler,
    platforms: platformList,
    poller,
    allowPrivateNetworks: config.allowPrivateNetworks,
    defaultTimezone: config.defaultTimezone,
    defaultSchedule: config.defaultSchedule,
    log,
    maxStories: config.digestMaxStories,
    jobs,
    channelLease: (channel, owner) => coordination.lease("digest-channel", channel, owner),
    onDigestDelivered: (channel) => metrics.digestSent(channel.split(":")[0] as PlatformName),
    summarize,
  });
  const chosen = await createPlatforms(
    config,
    {
      log,
      topicChoices: () => topicChoices(subscriptionStore),
      coordination,
      onRateLimited: (platform, seconds) => metrics.rateLimited(platform, seconds),
      onMigrate: (from, to) => wired.moveChannel(from, to),
      onGuildLeft: async (channels) => {
        for (const channel of channels) await subscriptions.pause(channel, "The bot was removed from this server.");
      },
    },
    { consoleOnly: options.mode === "console", input: options.input, output: options.output },
  );
  platformList.push(...chosen.platforms.map((platform) => gate.guard(instrumentPlatform(platform, metrics))));

  await followConfiguredFeeds(config, stores, poller, new Date());
  // Read the feeds first, so that the first /latest has stories (bounded: an offline machine still starts).
  // With several instances, a feed another one has just read is not read again.
  const freshMs = jobs.scope === "shared" ? 5 * 60_000 : 0;
  await Promise.race([
    polls.prime(new Date(), freshMs),
    new Promise((resolve) => setTimeout(resolve, options.primeTimeoutMs ?? 20_000).unref()),
  ]);

  const dispatch = instrumentDispatch(createDispatcher({ commands, services, log }), metrics);
  for (const platform of chosen.platforms) {
    await platform.registerCommands(commands);
    await platform.start(dispatch);
    log.info("platform started", { platform: platform.name });
  }
  alerts = wired.alerts;
  for (const { stories, now } of storedBeforeStart.splice(0)) void alerts.storiesStored(stories, now);
  const tick = async () => {
    // Subscriptions made or changed on another instance get their schedule here too.
    if (jobs.scope === "shared") await subscriptions.scheduleAll();
    await digestJobs.tick(new Date());
  };
  scheduler.set({ id: "digest-tick", cron: "* * * * *", timezone: "UTC", run: tick });
  await subscriptions.scheduleAll();
  scheduler.start();
  polls.start();
  // Held and interrupted runs (a crash, a restart during quiet hours) go now if their time has come.
  void tick().catch((error: unknown) => log.error("digest tick failed", { error }));
  const ops: OpsServer | undefined =
    prom && config.metrics
      ? await startOpsServer({
          ...config.metrics,
          metrics: prom,
          problems: () => healthProblems(stores, chosen.platforms),
        })
      : undefined;
  if (ops) log.info("serving /healthz and /metrics", { url: ops.url });

  return {
    consoleFinished: chosen.console?.finished,
    async stop() {
      await ops?.close();
      // A digest being sent stops after the message in flight (recorded in the delivery log; the run resumes at the
      // next start); waiting for the jobs in progress here lets each record what it sent.
      gate.close();
      await polls.stop();
      // Before the scheduler: its digest callbacks may be waiting for jobs that other instances will run.
      await jobs.close();
      // Then stop taking commands; each platform lets the answer in flight finish.
      await Promise.all(chosen.platforms.map((platform) => platform.stop()));
      await scheduler.stop();
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

/** Autocomplete choices: the built-in sections, the keyword topics, then every topic a channel subscribed to. */
async function topicChoices(store: KeyvSubscriptionStore): Promise<string[]> {
  const subscribed = (await store.list()).flatMap((subscription) => subscription.topics);
  return [...new Set([...BUILT_IN_TOPICS, ...KEYWORD_TOPICS.map((topic) => topic.id), ...subscribed])];
}

/** What /healthz reports: the store must take a write and read it back, and every platform must be connected. */
async function healthProblems(stores: Stores, platforms: readonly ChatPlatform[]): Promise<string[]> {
  const store = checkWithin("store", 2_000, async () => {
    const app = stores.keyv("app");
    const now = new Date().toISOString();
    await app.set("health-probe", now);
    if ((await app.get<string>("health-probe")) === undefined) throw new Error("the health probe was not read back");
  });
  const connections = platforms.flatMap((platform) => {
    const health = platform.health?.() ?? { ok: true };
    return health.ok ? [] : [health.reason];
  });
  return [...(await store), ...connections];
}
