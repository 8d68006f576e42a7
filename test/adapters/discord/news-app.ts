/** A small newsbrief for the Discord end-to-end tests: a local feed, real stores, commands and digests, the Discord double. */
import { readFile } from "node:fs/promises";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import { commands } from "../../../commands/index.js";
import { createFeedAdmin } from "../../../src/chat/feed-admin.js";
import { createSummarizeUrl } from "../../../src/chat/summarize-url.js";
import { createDigestRunner } from "../../../src/digest/digest-runner.js";
import { createSubscriptionService } from "../../../src/digest/subscription-service.js";
import { BUILT_IN_TOPICS, type ChatPlatform, createDispatcher, type Services } from "../../../src/index.js";
import { createPoller, type Poller } from "../../../src/ingest/poll-feeds.js";
import { createManualScheduler, type ManualScheduler } from "../../../src/schedule/manual-scheduler.js";
import { KeyvDeliveryLog } from "../../../src/store/delivery-log.js";
import { openStores, type Stores } from "../../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../../src/store/subscription-store.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";
import { type FeedServer, startFeedServer } from "../../helpers/feed-server.js";

/** The running test app; `clock.now` is the time every part sees. */
export interface NewsApp {
  fake: FakeDiscord;
  feeds: FeedServer;
  stores: Stores;
  platform: ChatPlatform;
  scheduler: ManualScheduler;
  poller: Poller;
  clock: { now: Date };
  /** The feed's address on the local server. */
  feedUrl: string;
  close(): Promise<void>;
}

const fixture = (name: string) => readFile(new URL(`../../fixtures/discord/${name}`, import.meta.url), "utf8");

/** Starts the feed server (first fetch: only the old story), the stores, the platform and the dispatcher. */
export async function startNewsApp(start: Date): Promise<NewsApp> {
  const feeds = await startFeedServer();
  const xml = (await fixture("coast-news.xml")).replaceAll("{{ORIGIN}}", feeds.origin);
  const first = xml.replace(/<item>(?:(?!<\/item>)[\s\S])*?<guid>(?:brenna-gales|tidewater-ferry)<\/guid>[\s\S]*?<\/item>/g, "");
  feeds.route("/feed.xml", (_request, hit) => ({
    headers: { "content-type": "application/rss+xml" },
    body: hit === 0 ? first : xml,
  }));
  const page = await fixture("marren-lighthouse.html");
  feeds.route("/news/marren-lighthouse", { headers: { "content-type": "text/html; charset=utf-8" }, body: page });

  const clock = { now: start };
  const stores = await openStores("memory://");
  const fake = await startFakeDiscord();
  const platform = createDiscordPlatform({
    token: "fake.token",
    applicationId: IDS.app,
    apiRoot: fake.restBase,
    deferAfterMs: 0,
    log: { warn: () => undefined, error: () => undefined },
  });
  const scheduler = createManualScheduler();
  const subscriptionStore = new KeyvSubscriptionStore(stores.keyv("subscriptions"));
  const runner = createDigestRunner({
    articles: stores.articles,
    subscriptions: subscriptionStore,
    deliveries: new KeyvDeliveryLog(stores.keyv("deliveries")),
    platforms: [platform],
  });
  const poller = createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks: true } });
  const subscriptions = createSubscriptionService({
    store: subscriptionStore,
    scheduler,
    runner,
    defaultTimezone: "Europe/Paris",
    defaultSchedule: "0 8 * * *",
    clock: () => clock.now,
  });
  const services: Services = {
    articles: stores.articles,
    subscriptions,
    digests: runner,
    feeds: createFeedAdmin({ feeds: stores.feeds, poller }),
    summarizeUrl: createSummarizeUrl({ allowPrivateNetworks: true }),
    topics: BUILT_IN_TOPICS,
    defaultTimezone: "Europe/Paris",
    defaultSchedule: "0 8 * * *",
  };
  await platform.start(createDispatcher({ commands, services, now: () => clock.now }));
  return {
    fake,
    feeds,
    stores,
    platform,
    scheduler,
    poller,
    clock,
    feedUrl: feeds.url("/feed.xml"),
    async close() {
      await platform.stop();
      await fake.close();
      await feeds.close();
      await stores.close();
    },
  };
}
