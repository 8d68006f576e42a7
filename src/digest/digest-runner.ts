/** Digest runs: select → merge → rank → pack → send → record, resumable after a crash and held by quiet hours. */
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { OutgoingMessage } from "../chat/message.js";
import type { ChannelKey, ChatPlatform, PlatformName } from "../chat/platform.js";
import { DeliveryError } from "../errors.js";
import { postLanguage } from "../i18n/chat-language.js";
import type { Language } from "../i18n/languages.js";
import { translator } from "../i18n/translate.js";
import { KeyedLock } from "../store/keyed-lock.js";
import type { ArticleStore, ChatSettingsStore, DeliveryLog, DigestRun, Subscription, SubscriptionStore } from "../store/ports.js";
import type { Article } from "../types.js";
import { type DigestStory, mergeStories } from "./merge-stories.js";
import { type DigestPart, packDigest } from "./pack-digest.js";
import { isQuiet, quietEnd } from "./quiet-hours.js";
import { rankStories } from "./rank-stories.js";
import { selectStories } from "./select-stories.js";
import { compileFilters } from "./story-filter.js";

/** How a run ended. */
export type RunOutcome =
  | "sent" // every part delivered
  | "empty" // nothing new: nothing sent, the window advances
  | "held" // quiet hours: it goes when they end (tick)
  | "duplicate" // this (channel, scheduled time) already ran
  | "skipped" // no subscription, paused, or its platform is not running
  | "retry" // a transient failure: tick() resumes it
  | "failed"; // permanent failure (the subscription is paused) or too many attempts

/** Something admins should hear about. */
export interface DeliveryReport {
  channel: ChannelKey;
  scheduledAt: string;
  error: string;
  /** True when the subscription was paused. */
  paused: boolean;
}

/** Options of {@link createDigestRunner}. */
export interface DigestRunnerOptions {
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  deliveries: DeliveryLog;
  /** Chat settings: a digest is written in the chat's language (absent: English). */
  chats?: ChatSettingsStore;
  /** The running platforms; a channel goes to the one its key names. */
  platforms: readonly Pick<ChatPlatform, "name" | "limits" | "send">[];
  log?: Logger;
  /** Told about permanent failures (and runs that gave up). */
  onReport?: (report: DeliveryReport) => void | Promise<void>;
  /** Told about each run delivered (at least one message sent), held and resumed runs included. */
  onDelivered?: (channel: ChannelKey) => void;
  /** Stories per digest (default 10). */
  maxStories?: number;
  /** How far back a channel's first digest looks (default 24 h). */
  firstWindowMs?: number;
  /** Attempts after transient failures before giving up (default 5). */
  maxAttempts?: number;
}

/** Runs digests. */
export interface DigestRunner {
  /** Runs (or resumes) the digest of (channel, scheduledAt); a second call for the same pair delivers nothing more. */
  run(channel: ChannelKey, scheduledAt: Date, now: Date): Promise<RunOutcome>;
  /** Sends held runs whose quiet hours are over and resumes interrupted ones (call it every minute and at start). */
  tick(now: Date): Promise<void>;
  /** What the channel's next digest would hold if it ran now; nothing is recorded. */
  preview(channel: ChannelKey, now: Date, language?: Language): Promise<OutgoingMessage[]>;
  /** How many stories the channel's next digest would hold if it ran now (0 without a subscription). */
  count(channel: ChannelKey, now: Date): Promise<number>;
}

/** Creates the digest runner. Runs of one channel are serialized; channels never wait for each other's failures. */
export function createDigestRunner(options: DigestRunnerOptions): DigestRunner {
  const log = options.log ?? silentLogger;
  const maxStories = options.maxStories ?? 10;
  const firstWindowMs = options.firstWindowMs ?? 24 * 3_600_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const lock = new KeyedLock();
  const platformOf = (channel: ChannelKey) => options.platforms.find((p) => p.name === (channel.split(":")[0] as PlatformName));

  async function candidates(subscription: Subscription, until: Date, storyIds?: readonly string[]): Promise<DigestStory[]> {
    const since = subscription.lastDigestAt ? new Date(subscription.lastDigestAt) : new Date(until.getTime() - firstWindowMs);
    const articles = storyIds
      ? (await Promise.all(storyIds.map((id) => options.articles.get(id)))).filter((a): a is Article => a !== undefined)
      : (
          await selectStories(options.articles, {
            topics: subscription.topics,
            since,
            until,
            // Before its first digest a subscription also takes the dated stories of feeds' first fetches (last 24 h).
            includeFirstFetch: !subscription.lastDigestAt,
          })
        ).filter(compileFilters(subscription.filters));
    const delivered = await options.deliveries.delivered(
      subscription.channel,
      articles.map((a) => a.id),
    );
    const merged = mergeStories(articles).filter((story) => story.ids.every((id) => !delivered.has(id)));
    return rankStories(merged, subscription.topics, until).slice(0, maxStories);
  }

  async function pack(subscription: Subscription, stories: DigestStory[], now: Date, language?: Language): Promise<DigestPart[]> {
    const platform = platformOf(subscription.channel);
    const limits = platform?.limits ?? { messageChars: Number.POSITIVE_INFINITY };
    const t = translator(language ?? postLanguage(await options.chats?.get(subscription.channel)));
    const title = t("digest.title", { topics: subscription.topics.join(", "), count: stories.length });
    return packDigest(stories, { limits, title, now, t });
  }

  async function report(run: DigestRun, error: string, paused: boolean): Promise<void> {
    log.warn("digest delivery failed", { channel: run.channel, scheduledAt: run.scheduledAt, error, paused });
    try {
      await options.onReport?.({ channel: run.channel, scheduledAt: run.scheduledAt, error, paused });
    } catch (reportError) {
      log.error("could not report a delivery failure", { channel: run.channel, error: reportError });
    }
  }

  async function deliver(run: DigestRun, subscription: Subscription, now: Date): Promise<RunOutcome> {
    const platform = platformOf(run.channel);
    if (!platform) return "skipped";
    const stories = await candidates(subscription, new Date(run.until ?? now.toISOString()), run.storyIds);
    const parts = await pack(subscription, stories, now);
    try {
      for (const part of parts) {
        await platform.send(run.channel, part.message, { silent: run.silent === true });
        // Recorded after each message: a crash between two sends resumes with the stories not yet sent.
        await options.deliveries.markDelivered(run.channel, part.storyIds, now);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof DeliveryError && error.permanent;
      const attempts = (run.attempts ?? 0) + 1;
      if (permanent || attempts >= maxAttempts) {
        if (permanent) {
          // Read again: the subscription may have moved (Telegram supergroup migration) or gone meanwhile.
          const current = await options.subscriptions.get(run.channel);
          if (current) await options.subscriptions.put({ ...current, paused: true, pausedReason: message });
        }
        await options.deliveries.putRun({ ...run, status: "failed", attempts, error: message });
        await report(run, message, permanent);
        return "failed";
      }
      log.warn("digest delivery will be retried", { channel: run.channel, attempts, error: message });
      await options.deliveries.putRun({ ...run, status: "sending", attempts, error: message });
      return "retry";
    }
    // Read again, and never re-create: a subscription moved or removed during the send stays where it went.
    const current = await options.subscriptions.get(run.channel);
    const until = run.until ?? now.toISOString();
    if (current && (!current.lastDigestAt || current.lastDigestAt < until)) {
      await options.subscriptions.put({ ...current, lastDigestAt: until });
    }
    await options.deliveries.putRun({ ...run, status: "done" });
    if (parts.length === 0) return "empty";
    options.onDelivered?.(run.channel);
    return "sent";
  }

  async function runLocked(channel: ChannelKey, scheduledAt: string, now: Date): Promise<RunOutcome> {
    const existing = await options.deliveries.getRun(channel, scheduledAt);
    if (existing?.status === "done" || existing?.status === "failed") return "duplicate";
    if (existing?.status === "held" && existing.releaseAt && now.getTime() < Date.parse(existing.releaseAt)) return "held";
    const subscription = await options.subscriptions.get(channel);
    if (!subscription || subscription.paused || !platformOf(channel)) {
      // A held or interrupted run whose subscription is gone or paused is closed, not retried for ever.
      if (existing && (!subscription || subscription.paused)) {
        await options.deliveries.putRun({ ...existing, status: "failed", error: "no active subscription" });
      }
      return "skipped";
    }
    let run: DigestRun = existing ?? { channel, scheduledAt, status: "sending" };
    if (!existing && isQuiet(now, subscription.quiet, subscription.timezone)) {
      const releaseAt = quietEnd(now, subscription.quiet, subscription.timezone).toISOString();
      await options.deliveries.putRun({ ...run, status: "held", releaseAt, silent: true });
      return "held";
    }
    if (!run.storyIds) {
      const stories = await candidates(subscription, now);
      run = { ...run, status: "sending", storyIds: stories.flatMap((story) => story.ids), until: now.toISOString() };
      await options.deliveries.putRun(run);
    }
    return deliver({ ...run, status: "sending" }, subscription, now);
  }

  return {
    run(channel, scheduledAt, now) {
      return lock.run(channel, () => runLocked(channel, scheduledAt.toISOString(), now));
    },
    async tick(now) {
      for (const open of await options.deliveries.openRuns()) {
        if (open.status === "held" && open.releaseAt && Date.parse(open.releaseAt) > now.getTime()) continue;
        try {
          await lock.run(open.channel, () => runLocked(open.channel, open.scheduledAt, now));
        } catch (error) {
          log.error("digest run failed", { channel: open.channel, scheduledAt: open.scheduledAt, error });
        }
      }
    },
    async preview(channel, now, language) {
      const subscription = await options.subscriptions.get(channel);
      if (!subscription) return [];
      return (await pack(subscription, await candidates(subscription, now), now, language)).map((part) => part.message);
    },
    async count(channel, now) {
      const subscription = await options.subscriptions.get(channel);
      return subscription ? (await candidates(subscription, now)).length : 0;
    },
  };
}
