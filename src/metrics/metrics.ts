/** The metrics port: what the app counts (polls, briefs, digests, sends); the Prometheus registry is one implementation. */
import type { PlatformName } from "../chat/platform.js";

/** How a feed poll ended (FeedPollResult.status). */
export type PollOutcome = "updated" | "not-modified" | "failed" | "disabled" | "skipped";

/** Counters and timings the app reports as things happen. */
export interface Metrics {
  /** One feed poll finished; `stored` new stories and `merged` stories already known from another feed. */
  pollFinished(outcome: PollOutcome, items: { stored: number; merged: number }): void;
  /** One brief made, in `seconds`. */
  briefMade(seconds: number): void;
  /** One digest run delivered to its channel. */
  digestSent(platform: PlatformName): void;
  /** One message sent (digest part or command answer). */
  messageSent(platform: PlatformName): void;
  /** One message that could not be sent; `permanent` when the chat is gone or the bot was removed. */
  messageFailed(platform: PlatformName, permanent: boolean): void;
  /** The platform answered 429; its `retry_after` in seconds is waited before the next try. */
  rateLimited(platform: PlatformName, retryAfterSeconds: number): void;
  /** An LLM call (SUMMARIZER=llm) spent these tokens. */
  llmTokens(usage: { model: string; prompt: number; completion: number }): void;
}

/** Metrics that count nothing (no METRICS_PORT, tests). */
export const noMetrics: Metrics = {
  pollFinished() {},
  briefMade() {},
  digestSent() {},
  messageSent() {},
  messageFailed() {},
  rateLimited() {},
  llmTokens() {},
};
