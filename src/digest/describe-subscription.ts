/** A subscription as a chat message. */
import type { OutgoingMessage } from "../chat/message.js";
import { nextRun } from "../schedule/next-run.js";
import type { Subscription } from "../store/ports.js";

/** "✅ title" then the subscription's topics, schedule, quiet hours and pause reason. */
export function describeSubscription(subscription: Subscription, title?: string, extra: readonly string[] = []): OutgoingMessage {
  const lines = [
    `Topics: ${subscription.topics.join(", ") || "none"}`,
    `Digests: ${subscription.schedule} (${subscription.timezone})`,
  ];
  if (subscription.quiet)
    lines.push(`Quiet hours: ${subscription.quiet.from}–${subscription.quiet.to} (held, then sent silently)`);
  const include = subscription.filters?.include ?? [];
  const exclude = subscription.filters?.exclude ?? [];
  if (include.length > 0) lines.push(`Only stories with: ${include.join(", ")}`);
  if (exclude.length > 0) lines.push(`Never stories with: ${exclude.join(", ")}`);
  if (subscription.paused) lines.push(`⏸ Paused: ${subscription.pausedReason ?? "delivery failed"}`);
  lines.push(...extra);
  return {
    blocks: [...(title ? [{ type: "text" as const, text: `✅ ${title}` }] : []), { type: "list", items: lines }],
  };
}

/** "First digest: Mon 2 Mar, 08:00 (UTC) — 3 stories if it went now" (or "Next digest" once one went out). */
export function describeNextDigest(subscription: Subscription, now: Date, stories: number): string {
  const at = nextRun(subscription.schedule, subscription.timezone, now);
  const label = subscription.lastDigestAt ? "Next digest" : "First digest";
  const when = at
    ? new Intl.DateTimeFormat("en-GB", {
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: subscription.timezone,
      }).format(at)
    : "not scheduled";
  const held =
    stories === 0 ? "no stories yet" : `${stories} ${stories === 1 ? "story" : "stories"} if it went now (see /digest)`;
  return `${label}: ${when} (${subscription.timezone}) — ${held}`;
}
