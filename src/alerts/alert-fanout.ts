/**
 * Alert fan-out: run once by the poll that stored new stories (one poll job across instances), it sends each user
 * whose alerts match a short brief in their private chat, through the platform's send path (pacer, shared budget).
 */
import { articleBlocks } from "../chat/format-brief.js";
import { type Logger, silentLogger } from "../chat/logger.js";
import type { Block, OutgoingMessage } from "../chat/message.js";
import type { ChannelKey, ChatPlatform } from "../chat/platform.js";
import { isQuiet } from "../digest/quiet-hours.js";
import { isDigestible, storyTime } from "../digest/select-stories.js";
import { DeliveryError } from "../errors.js";
import { postLanguage } from "../i18n/chat-language.js";
import { english, type Translate, translator } from "../i18n/translate.js";
import type { AlertStore, AlertUser } from "../store/alert-store.js";
import type { ChatSettingsStore, SubscriptionStore } from "../store/ports.js";
import type { Article } from "../types.js";
import { MAX_ALERTS_PER_DAY } from "./alert-text.js";
import { alertKey, matchingTerms } from "./match-alerts.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of {@link createAlertFanout}. */
export interface AlertFanoutOptions {
  alerts: AlertStore;
  /** A private chat's subscription holds its quiet hours and their timezone (set with /quiet there). */
  subscriptions: Pick<SubscriptionStore, "get">;
  /** The private chat's language (chosen with /language, or its user's app language): alerts are written in it. */
  chats?: Pick<ChatSettingsStore, "get">;
  /** The platforms alerts go out on (may be filled after wiring). */
  platforms: readonly Pick<ChatPlatform, "name" | "send">[];
  log?: Logger;
  /** Alert messages per user per day before the summary line (default 20). */
  perDay?: number;
}

/** Sends alerts for stories a poll has just stored. */
export interface AlertFanout {
  /** Never throws: a user's failure is logged, and a permanent one pauses that user's alerts. */
  storiesStored(stories: readonly Article[], now: Date): Promise<void>;
}

/**
 * Whether a newly stored story may alert: the digests' first-fetch rule (stories from a feed's first fetch only when
 * dated), and only stories published (else fetched) in the last 24 hours, so no backlog ever alerts.
 */
export function mayAlert(article: Article, now: Date): boolean {
  return isDigestible(article, true) && now.getTime() - storyTime(article) <= DAY_MS;
}

/** The user's day ("2026-03-01"): in their quiet hours' timezone when they set quiet hours, else UTC. */
export function alertDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Creates the alert fan-out. */
export function createAlertFanout(options: AlertFanoutOptions): AlertFanout {
  const log = options.log ?? silentLogger;
  const perDay = options.perDay ?? MAX_ALERTS_PER_DAY;

  async function send(channel: ChannelKey, message: OutgoingMessage, silent: boolean): Promise<void> {
    const platform = options.platforms.find((candidate) => channel.startsWith(`${candidate.name}:`));
    if (!platform) throw new DeliveryError(`No platform for ${channel}`, { permanent: false });
    await platform.send(channel, message, silent ? { silent: true } : {});
  }

  async function alertUser(user: AlertUser, stories: readonly Article[], now: Date): Promise<void> {
    const matched = stories
      .map((story) => ({ story, terms: matchingTerms(story, user.terms) }))
      .filter((match) => match.terms.length > 0);
    if (matched.length === 0) return;
    const subscription = await options.subscriptions.get(user.channel);
    const t = translator(postLanguage(await options.chats?.get(user.channel)));
    const quiet = subscription?.quiet;
    const timeZone = quiet && subscription ? subscription.timezone : "UTC";
    // Quiet hours: alerts are news "as soon as", so they are not held; they go without a notification, as digests do.
    const silent = quiet !== undefined && isQuiet(now, quiet, timeZone);
    const day = alertDay(now, timeZone);
    for (const [at, { story, terms }] of matched.entries()) {
      if (!(await options.alerts.claimDelivery(user.channel, story.id))) continue;
      // Slots 0..perDay-1 are briefs; slot perDay is the one summary line of the day.
      const slot = await options.alerts.takeDailySlot(user.channel, day, story.id, perDay + 1);
      if (slot === undefined) return;
      if (slot < perDay) {
        await send(user.channel, alertMessage(story, terms, now, t), silent);
        continue;
      }
      const over = matched.slice(at);
      await send(
        user.channel,
        summaryMessage(
          over.length,
          over.flatMap((match) => match.terms),
          t,
        ),
        silent,
      );
      return;
    }
  }

  return {
    async storiesStored(stories, now) {
      const fresh = stories.filter((story) => mayAlert(story, now)).sort((a, b) => storyTime(a) - storyTime(b));
      if (fresh.length === 0) return;
      let users: AlertUser[];
      try {
        users = (await options.alerts.list()).filter((user) => !user.paused);
      } catch (error) {
        log.error("alerts: could not list users", { error });
        return;
      }
      await Promise.all(
        users.map(async (user) => {
          try {
            await alertUser(user, fresh, now);
          } catch (error) {
            if (error instanceof DeliveryError && error.permanent) {
              log.warn("alerts: paused after a permanent delivery failure", { channel: user.channel, error });
              await pause(user.channel).catch((pauseError: unknown) =>
                log.error("alerts: could not pause", { channel: user.channel, error: pauseError }),
              );
            } else log.warn("alerts: delivery failed", { channel: user.channel, error });
          }
        }),
      );
    },
  };

  async function pause(channel: ChannelKey): Promise<void> {
    const current = await options.alerts.get(channel);
    if (current) await options.alerts.put({ ...current, paused: true, pausedReason: english("alert.pausedReason") });
  }
}

/** An alert: which of the user's terms matched, then the story's brief. */
function alertMessage(story: Article, terms: readonly string[], now: Date, t: Translate): OutgoingMessage {
  const blocks: Block[] = [
    { type: "text", text: t("alert.heading", { terms: terms.join(", ") }) },
    ...articleBlocks(story, now, t),
  ];
  return { blocks };
}

/** The day's one summary line: how many more stories matched, and where to read them. */
function summaryMessage(count: number, terms: readonly string[], t: Translate): OutgoingMessage {
  const keys = [...new Set(terms.map(alertKey))];
  const command = keys.length === 1 ? `/latest ${keys[0]}` : "/latest";
  return { blocks: [{ type: "text", text: t("alert.summary", { count, command }) }] };
}
