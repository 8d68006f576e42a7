/** A subscription as a chat message. */
import type { OutgoingMessage } from "../chat/message.js";
import type { Language } from "../i18n/languages.js";
import { english, type Translate } from "../i18n/translate.js";
import { nextRun } from "../schedule/next-run.js";
import type { Subscription } from "../store/ports.js";

/** "✅ title" then the subscription's topics, schedule, quiet hours and pause reason (in `t`'s language). */
export function describeSubscription(
  subscription: Subscription,
  title?: string,
  extra: readonly string[] = [],
  t: Translate = english,
): OutgoingMessage {
  const lines = [
    t("subscription.topics", { topics: subscription.topics.join(", ") || t("subscription.noTopics") }),
    t("subscription.digests", { schedule: subscription.schedule, timezone: subscription.timezone }),
  ];
  if (subscription.quiet) lines.push(t("subscription.quiet", { from: subscription.quiet.from, to: subscription.quiet.to }));
  const include = subscription.filters?.include ?? [];
  const exclude = subscription.filters?.exclude ?? [];
  if (include.length > 0) lines.push(t("subscription.include", { entries: include.join(", ") }));
  if (exclude.length > 0) lines.push(t("subscription.exclude", { entries: exclude.join(", ") }));
  if (subscription.paused) {
    lines.push(t("subscription.paused", { reason: subscription.pausedReason ?? t("subscription.deliveryFailed") }));
  }
  lines.push(...extra);
  return {
    blocks: [...(title ? [{ type: "text" as const, text: `✅ ${title}` }] : []), { type: "list", items: lines }],
  };
}

// Date formats per UI language (British English: "Mon 2 Mar, 08:00").
const DATE_LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", fr: "fr-FR", de: "de-DE", es: "es-ES", ru: "ru-RU" };

/** "First digest: Mon 2 Mar, 08:00 (UTC) — 3 stories if it went now" (or "Next digest" once one went out). */
export function describeNextDigest(
  subscription: Subscription,
  now: Date,
  stories: number,
  t: Translate = english,
  language: Language = "en",
): string {
  const at = nextRun(subscription.schedule, subscription.timezone, now);
  const when = at
    ? new Intl.DateTimeFormat(DATE_LOCALES[language], {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: subscription.timezone,
      }).format(at)
    : t("digest.notScheduled");
  const held = stories === 0 ? t("digest.noStoriesYet") : t("digest.storiesNow", { count: stories });
  const vars = { when, timezone: subscription.timezone, held };
  return subscription.lastDigestAt ? t("digest.next", vars) : t("digest.first", vars);
}
