import { createAlertAdmin } from "../alerts/alert-admin.js";
import { type AlertFanout, createAlertFanout } from "../alerts/alert-fanout.js";
import { createFeedAdmin } from "../chat/feed-admin.js";
import type { Logger } from "../chat/logger.js";
import type { ChannelKey, ChatPlatform } from "../chat/platform.js";
import type { Services } from "../chat/services.js";
import { createSummarizeUrl } from "../chat/summarize-url.js";
import { createDigestJobs, type DigestJobs, type DigestJobsOptions } from "../digest/digest-jobs.js";
import { createDigestRunner, type DigestRunner } from "../digest/digest-runner.js";
import { createSubscriptionService, type SubscriptionService } from "../digest/subscription-service.js";
import { BUILT_IN_TOPICS } from "../digest/topics.js";
import type { Poller } from "../ingest/poll-feeds.js";
import type { JobQueue } from "../jobs/job-queue.js";
import { createLocalJobQueue } from "../jobs/local-job-queue.js";
import type { Scheduler } from "../schedule/scheduler.js";
import { KeyvAlertStore } from "../store/alert-store.js";
import { KeyvChatSettingsStore } from "../store/chat-settings-store.js";
import { KeyvDeliveryLog } from "../store/delivery-log.js";
import type { Stores } from "../store/open-store.js";
import { KeyvSubscriptionStore } from "../store/subscription-store.js";
import type { Summarizer } from "./summarizer.js";

/** What the services are built from; the app passes the real parts, tests pass doubles for some. */
export interface WireOptions {
  stores: Stores;
  scheduler: Scheduler;
  /** The platforms digests go to; may be filled after wiring (the app builds platforms from the services). */
  platforms: readonly Pick<ChatPlatform, "name" | "limits" | "send">[];
  poller: Pick<Poller, "addFeed" | "pollFeed">;
  allowPrivateNetworks: boolean;
  defaultTimezone: string;
  defaultSchedule: string;
  log?: Logger;
  /** Told about each digest run delivered (metrics). */
  onDigestDelivered?: (channel: ChannelKey) => void;
  maxStories?: number;
  /** The clock used when a digest job fires (default: the system clock). */
  clock?: () => Date;
  /** Where digest runs are jobs (default: in this process). */
  jobs?: JobQueue;
  /** Several instances: one run of a channel at a time across all of them. */
  channelLease?: DigestJobsOptions["channelLease"];
  /** Replaces fetching for /summarize (tests). */
  summarizeUrl?: Services["summarizeUrl"];
  /** The summarizer /summarize uses (default: the rule-based core). */
  summarize?: Summarizer;
}

/** The wired services and the parts the composition root still needs. */
export interface Wired {
  services: Services;
  subscriptionStore: KeyvSubscriptionStore;
  runner: DigestRunner;
  /** Digest runs through the job queue: what schedules and the minute tick call. */
  digestJobs: DigestJobs;
  subscriptions: SubscriptionService;
  /** Personal alerts for the stories a poll stored: the poller's `onStored` hook. */
  alerts: AlertFanout;
  /** A chat that changed its id (a Telegram group become a supergroup): its subscription and settings follow it. */
  moveChannel(from: ChannelKey, to: ChannelKey): Promise<void>;
}

/** Builds the services every command uses: stores, digest runner, subscriptions, feed admin, /summarize. */
export function wireServices(options: WireOptions): Wired {
  const { stores } = options;
  const subscriptionStore = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
  const chats = new KeyvChatSettingsStore(stores.keyv("chats"));
  const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
  const runner = createDigestRunner({
    articles: stores.articles,
    subscriptions: subscriptionStore,
    deliveries,
    chats,
    platforms: options.platforms,
    ...(options.log ? { log: options.log } : {}),
    ...(options.maxStories ? { maxStories: options.maxStories } : {}),
    ...(options.onDigestDelivered ? { onDelivered: options.onDigestDelivered } : {}),
  });
  const digestJobs = createDigestJobs({
    runner,
    deliveries,
    jobs: options.jobs ?? createLocalJobQueue(),
    ...(options.channelLease ? { channelLease: options.channelLease } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const subscriptions = createSubscriptionService({
    store: subscriptionStore,
    scheduler: options.scheduler,
    runner: digestJobs,
    defaultTimezone: options.defaultTimezone,
    defaultSchedule: options.defaultSchedule,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const alertStore = new KeyvAlertStore(stores.keyv("alerts"), stores.shared, "alerts");
  const alerts = createAlertFanout({
    alerts: alertStore,
    subscriptions: subscriptionStore,
    chats,
    platforms: options.platforms,
    ...(options.log ? { log: options.log } : {}),
  });
  const services: Services = {
    articles: stores.articles,
    subscriptions,
    digests: runner,
    feeds: createFeedAdmin({ feeds: stores.feeds, poller: options.poller }),
    chats,
    alerts: createAlertAdmin(alertStore),
    summarizeUrl:
      options.summarizeUrl ??
      createSummarizeUrl({
        allowPrivateNetworks: options.allowPrivateNetworks,
        ...(options.summarize ? { summarize: options.summarize } : {}),
      }),
    topics: BUILT_IN_TOPICS,
    defaultTimezone: options.defaultTimezone,
    defaultSchedule: options.defaultSchedule,
  };
  async function moveChannel(from: ChannelKey, to: ChannelKey): Promise<void> {
    // Settings first, so a moved subscription means the move is complete; settings the new chat already has (an
    // admin typed /language there first) are kept.
    const settings = await chats.get(from);
    if (settings && !(await chats.get(to))) await chats.put({ ...settings, channel: to });
    await subscriptions.move(from, to);
  }
  return { services, subscriptionStore, runner, digestJobs, subscriptions, alerts, moveChannel };
}
