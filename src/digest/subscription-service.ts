/** Subscriptions as admins change them: validation with helpful errors, storage, and the matching cron jobs. */
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { ChannelKey } from "../chat/platform.js";
import type { SubscriptionAdmin } from "../chat/services.js";
import { userError } from "../i18n/translate.js";
import type { Scheduler } from "../schedule/scheduler.js";
import type { Subscription, SubscriptionStore } from "../store/ports.js";
import type { DigestRunner } from "./digest-runner.js";
import { isValidTimezone } from "./quiet-hours.js";
import { checkFilterEntry, FILTER_LIMITS } from "./story-filter.js";
import { normalizeTopic } from "./topics.js";

/** Options of {@link createSubscriptionService}. */
export interface SubscriptionServiceOptions {
  store: SubscriptionStore;
  scheduler: Scheduler;
  runner: Pick<DigestRunner, "run">;
  defaultTimezone: string;
  defaultSchedule: string;
  /** The clock used when a cron job fires (default: the system clock). */
  clock?: () => Date;
  log?: Logger;
}

/** The subscription admin service, plus start-up wiring. */
export interface SubscriptionService extends SubscriptionAdmin {
  /**
   * Sets one cron job per stored (unpaused) subscription; call at start, and again to pick up what other instances
   * changed (only changed schedules are set again; removed subscriptions lose their job).
   */
  scheduleAll(): Promise<void>;
  /** The scheduler job id of a channel's digest. */
  jobId(channel: ChannelKey): string;
  /** Moves a subscription to a new channel key (a Telegram group upgraded to a supergroup). */
  move(from: ChannelKey, to: ChannelKey): Promise<void>;
  /** Pauses a channel's subscription (the bot was removed); /subscribe resumes it. */
  pause(channel: ChannelKey, reason: string): Promise<void>;
}

const MAX_TOPICS = 20;
const MAX_TOPIC_LENGTH = 50;

/** Creates the subscription service. */
export function createSubscriptionService(options: SubscriptionServiceOptions): SubscriptionService {
  const log = options.log ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const jobId = (channel: ChannelKey) => `digest:${channel}`;
  // What this instance's scheduler holds per channel ("paused", or cron and timezone), to set only what changed.
  const scheduled = new Map<ChannelKey, string>();

  function unschedule(channel: ChannelKey): void {
    options.scheduler.remove(jobId(channel));
    scheduled.delete(channel);
  }

  function schedule(subscription: Subscription): void {
    if (subscription.paused) {
      unschedule(subscription.channel);
      return;
    }
    scheduled.set(subscription.channel, signature(subscription));
    options.scheduler.set({
      id: jobId(subscription.channel),
      cron: subscription.schedule,
      timezone: subscription.timezone,
      run: async (scheduledAt) => {
        const outcome = await options.runner.run(subscription.channel, scheduledAt, clock());
        log.info("digest run", { channel: subscription.channel, scheduledAt: scheduledAt.toISOString(), outcome });
      },
    });
  }

  function checkTimezone(timezone: string, example: string): string {
    if (!isValidTimezone(timezone)) {
      throw userError("subscription.badTimezone", { timezone, example });
    }
    return new Intl.DateTimeFormat("en-US", { timeZone: timezone }).resolvedOptions().timeZone;
  }

  function checkSchedule(cron: string, timezone: string): string {
    const normalized = cron.trim().replace(/\s+/g, " ");
    const problem = options.scheduler.validate(normalized, timezone);
    if (problem) throw problem;
    return normalized;
  }

  async function existing(channel: ChannelKey): Promise<Subscription> {
    const subscription = await options.store.get(channel);
    if (!subscription) throw userError("subscription.none");
    return subscription;
  }

  async function save(subscription: Subscription): Promise<Subscription> {
    await options.store.put(subscription);
    schedule(subscription);
    return subscription;
  }

  return {
    jobId,
    get: (channel) => options.store.get(channel),

    async subscribe(channel, request, now) {
      const topic = normalizeTopic(request.topic);
      if (topic.length === 0 || topic.length > MAX_TOPIC_LENGTH || topic === "all") {
        throw userError("subscription.badTopic", { max: MAX_TOPIC_LENGTH });
      }
      const current = await options.store.get(channel);
      const timezone = checkTimezone(
        request.timezone ?? current?.timezone ?? options.defaultTimezone,
        '/subscribe world "0 8 * * *" Europe/Paris',
      );
      const cron = checkSchedule(request.schedule ?? current?.schedule ?? options.defaultSchedule, timezone);
      const topics = current?.topics.includes(topic) ? current.topics : [...(current?.topics ?? []), topic];
      if (topics.length > MAX_TOPICS) throw userError("subscription.tooManyTopics", { max: MAX_TOPICS });
      // Subscribing again resumes a subscription paused by a delivery failure: an admin just proved the chat works.
      const { paused: _paused, pausedReason: _reason, ...rest } = current ?? { channel, createdAt: now.toISOString() };
      return save({ ...rest, channel, topics, schedule: cron, timezone, createdAt: rest.createdAt });
    },

    async unsubscribe(channel, topicText) {
      const current = await existing(channel);
      const topic = normalizeTopic(topicText);
      if (topic === "all") {
        await options.store.remove(channel);
        unschedule(channel);
        return undefined;
      }
      if (!current.topics.includes(topic)) {
        throw userError("subscription.notFollowed", { topic, topics: current.topics.join(", ") });
      }
      const topics = current.topics.filter((t) => t !== topic);
      if (topics.length === 0) {
        await options.store.remove(channel);
        unschedule(channel);
        return undefined;
      }
      return save({ ...current, topics });
    },

    async setSchedule(channel, cron, timezone) {
      const current = await existing(channel);
      const zone = checkTimezone(timezone ?? current.timezone, "/schedule 0 8 * * * Europe/Paris");
      return save({ ...current, schedule: checkSchedule(cron, zone), timezone: zone });
    },

    async setQuiet(channel, quiet) {
      const { quiet: _old, ...current } = await existing(channel);
      return save(quiet ? { ...current, quiet } : current);
    },

    async addFilters(channel, list, entries) {
      const current = await existing(channel);
      const filters = { include: [...(current.filters?.include ?? [])], exclude: [...(current.filters?.exclude ?? [])] };
      for (const entry of entries.map(checkFilterEntry)) if (!filters[list].includes(entry)) filters[list].push(entry);
      if (filters[list].length > FILTER_LIMITS.entries) {
        throw userError(list === "include" ? "filter.tooManyInclude" : "filter.tooManyExclude", { max: FILTER_LIMITS.entries });
      }
      return save({ ...current, filters });
    },

    async clearFilters(channel) {
      const { filters: _old, ...current } = await existing(channel);
      return save(current);
    },

    async move(from, to) {
      const current = await options.store.get(from);
      if (!current) return;
      await save({ ...current, channel: to });
      await options.store.remove(from);
      unschedule(from);
    },

    async pause(channel, reason) {
      const current = await options.store.get(channel);
      if (current) await save({ ...current, paused: true, pausedReason: reason });
    },

    async scheduleAll() {
      const stored = await options.store.list();
      const channels = new Set(stored.map((subscription) => subscription.channel));
      for (const channel of [...scheduled.keys()]) if (!channels.has(channel)) unschedule(channel);
      for (const subscription of stored) {
        if (scheduled.get(subscription.channel) === signature(subscription)) continue;
        try {
          schedule(subscription);
        } catch (error) {
          log.error("could not schedule a subscription", { channel: subscription.channel, error });
        }
      }
    },
  };
}

function signature(subscription: Subscription): string {
  return subscription.paused ? "paused" : `${subscription.schedule}|${subscription.timezone}`;
}
