/** A small newsbrief for the Discord end-to-end tests: a local feed, real stores, commands and digests, the Discord double. */
import { readFile } from "node:fs/promises";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import { commands } from "../../../commands/index.js";
import { wireServices } from "../../../src/app/wire-services.js";
import { type ChatPlatform, createDispatcher, type Services } from "../../../src/index.js";
import type { Poller } from "../../../src/ingest/poll-feeds.js";
import { createManualScheduler, type ManualScheduler } from "../../../src/schedule/manual-scheduler.js";
import { openStores, type Stores } from "../../../src/store/open-store.js";
import { alertingPoller } from "../../helpers/alerting-poller.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";
import { type FeedServer, routeFeedInTwoFetches, startFeedServer } from "../../helpers/feed-server.js";

/** The running test app; `clock.now` is the time every part sees. */
export interface NewsApp {
  fake: FakeDiscord;
  feeds: FeedServer;
  stores: Stores;
  platform: ChatPlatform;
  scheduler: ManualScheduler;
  poller: Poller;
  services: Services;
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
  routeFeedInTwoFetches(feeds, "/feed.xml", xml, ["brenna-gales", "tidewater-ferry"]);
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
  const { poller, connect } = alertingPoller(stores);
  const wired = wireServices({
    stores,
    scheduler,
    platforms: [platform],
    poller,
    allowPrivateNetworks: true,
    defaultTimezone: "Europe/Paris",
    defaultSchedule: "0 8 * * *",
    clock: () => clock.now,
  });
  const { services } = wired;
  connect(wired.alerts);
  await platform.start(createDispatcher({ commands, services, now: () => clock.now }));
  return {
    fake,
    feeds,
    stores,
    platform,
    scheduler,
    poller,
    services,
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
