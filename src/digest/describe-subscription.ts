/** A subscription as a chat message. */
import type { OutgoingMessage } from "../chat/message.js";
import type { Subscription } from "../store/ports.js";

/** "✅ title" then the subscription's topics, schedule, quiet hours and pause reason. */
export function describeSubscription(subscription: Subscription, title?: string): OutgoingMessage {
  const lines = [
    `Topics: ${subscription.topics.join(", ") || "none"}`,
    `Digests: ${subscription.schedule} (${subscription.timezone})`,
  ];
  if (subscription.quiet)
    lines.push(`Quiet hours: ${subscription.quiet.from}–${subscription.quiet.to} (held, then sent silently)`);
  if (subscription.paused) lines.push(`⏸ Paused: ${subscription.pausedReason ?? "delivery failed"}`);
  return {
    blocks: [...(title ? [{ type: "text" as const, text: `✅ ${title}` }] : []), { type: "list", items: lines }],
  };
}
