/** A small newsbrief for the Telegram end-to-end tests: a local feed, real stores, commands and digests, the Bot API double. */
import { readFile } from "node:fs/promises";
import { createTelegramPlatform, type TelegramPlatform } from "../../../adapters/telegram/index.js";
import { commands } from "../../../commands/index.js";
import { type Wired, wireServices } from "../../../src/app/wire-services.js";
import type { DigestRunner } from "../../../src/digest/digest-runner.js";
import type { SubscriptionService } from "../../../src/digest/subscription-service.js";
import { createDispatcher, type Services } from "../../../src/index.js";
import type { Poller } from "../../../src/ingest/poll-feeds.js";
import { createManualScheduler, type ManualScheduler } from "../../../src/schedule/manual-scheduler.js";
import { openStores, type Stores } from "../../../src/store/open-store.js";
import { alertingPoller } from "../../helpers/alerting-poller.js";
import { FAKE_BOT, type FakeTelegram, startFakeTelegram } from "../../helpers/fake-telegram.js";
import { type FeedServer, routeFeedInTwoFetches, startFeedServer } from "../../helpers/feed-server.js";
import { ADMIN, FORUM, GROUP, MEMBER } from "./setup.js";

/** The running test app; `clock.now` is the time every part sees. */
export interface NewsApp {
  fake: FakeTelegram;
  feeds: FeedServer;
  stores: Stores;
  platform: TelegramPlatform;
  scheduler: ManualScheduler;
  poller: Poller;
  runner: DigestRunner;
  subscriptions: SubscriptionService;
  services: Services;
  clock: { now: Date };
  /** The feed's address on the local server. */
  feedUrl: string;
  close(): Promise<void>;
}

const fixture = (name: string) => readFile(new URL(`../../fixtures/telegram/${name}`, import.meta.url), "utf8");

/**
 * Starts the feed server (its first fetch has only the old story), the stores, the Telegram platform (pointed at
 * the double, as TELEGRAM_API_ROOT would), the real commands and dispatcher, and a manual scheduler.
 */
export async function startNewsApp(start: Date): Promise<NewsApp> {
  const feeds = await startFeedServer();
  const xml = (await fixture("valmor-gazette.xml")).replaceAll("{{ORIGIN}}", feeds.origin);
  routeFeedInTwoFetches(feeds, "/feed.xml", xml, ["valmor-flood", "esterby-hall"]);
  feeds.route("/news/valmor-market", {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: await fixture("valmor-market.html"),
  });

  const clock = { now: start };
  const stores = await openStores("memory://");
  const fake = await startFakeTelegram();
  for (const chat of [GROUP, FORUM]) {
    fake.setMember(chat.id, ADMIN.id, { status: "administrator" });
    fake.setMember(chat.id, MEMBER.id, { status: "member" });
  }
  const scheduler = createManualScheduler();
  let moveChannel: Wired["moveChannel"] | undefined;
  const platform = createTelegramPlatform({
    token: "123456:TEST-token-for-the-double",
    apiRoot: fake.apiRoot,
    botInfo: FAKE_BOT,
    pollTimeoutSeconds: 1,
    // Fast pacing: these tests type dozens of commands into one group within a minute.
    rate: { perChatIntervalMs: 20, perGroupPerMinute: 1000 },
    onMigrate: (from, to) => moveChannel?.(from, to),
  });
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
  const { services, runner } = wired;
  connect(wired.alerts);
  moveChannel = wired.moveChannel;
  await platform.registerCommands(commands);
  await platform.start(createDispatcher({ commands, services, now: () => clock.now }));
  return {
    fake,
    feeds,
    stores,
    platform,
    scheduler,
    poller,
    runner,
    subscriptions: wired.subscriptions,
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
