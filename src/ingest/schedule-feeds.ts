import { createHash } from "node:crypto";

/** Bounds of a feed's poll interval and of its backoff after failure, in seconds. */
export interface ScheduleLimits {
  /** Never poll more often than this (5 min). */
  floorSeconds: number;
  /** Never wait longer than this, backoff included (6 h). */
  ceilingSeconds: number;
  /** Interval when neither the feed's TTL nor Cache-Control says anything (30 min). */
  defaultSeconds: number;
  /** First wait after a failure; doubled for each further consecutive failure (5 min). */
  backoffBaseSeconds: number;
  /** New feeds get their first poll spread over this window, so that a batch never polls at once (5 min). */
  spreadSeconds: number;
}

/** The poller's default schedule. */
export const DEFAULT_SCHEDULE: ScheduleLimits = {
  floorSeconds: 5 * 60,
  ceilingSeconds: 6 * 3600,
  defaultSeconds: 30 * 60,
  backoffBaseSeconds: 5 * 60,
  spreadSeconds: 5 * 60,
};

/**
 * How often a feed should be polled: the longer of its TTL (minutes) and its Cache-Control max-age
 * (both are "don't ask again before"), else the default; clamped to [floor, ceiling].
 */
export function pollIntervalSeconds(
  hints: { ttlMinutes?: number | undefined; maxAgeSeconds?: number | undefined },
  limits: ScheduleLimits = DEFAULT_SCHEDULE,
): number {
  const asked = [hints.ttlMinutes !== undefined ? hints.ttlMinutes * 60 : undefined, hints.maxAgeSeconds].filter(
    (value): value is number => value !== undefined && Number.isFinite(value) && value >= 0,
  );
  const wanted = asked.length > 0 ? Math.max(...asked) : limits.defaultSeconds;
  return clamp(wanted, limits.floorSeconds, limits.ceilingSeconds);
}

/** Next poll after a success: the interval plus a per-feed offset of up to 10 % that keeps feeds spread apart. */
export function nextPollAfterSuccess(url: string, now: Date, intervalSeconds: number): Date {
  return new Date(now.getTime() + Math.round(intervalSeconds * (1 + 0.1 * spreadFraction(url))) * 1000);
}

/** Next poll after the n-th consecutive failure: base × 2^(n−1), capped at the ceiling, plus the per-feed offset. */
export function nextPollAfterFailure(url: string, now: Date, failures: number, limits: ScheduleLimits = DEFAULT_SCHEDULE): Date {
  const backoff = limits.backoffBaseSeconds * 2 ** Math.max(0, Math.min(failures - 1, 30));
  const wait = Math.min(limits.ceilingSeconds, backoff * (1 + 0.1 * spreadFraction(url)));
  return new Date(now.getTime() + Math.round(wait) * 1000);
}

/** First poll of a newly added feed: somewhere in the spread window, always at the same place for the same URL. */
export function firstPollAt(url: string, now: Date, limits: ScheduleLimits = DEFAULT_SCHEDULE): Date {
  return new Date(now.getTime() + Math.floor(limits.spreadSeconds * spreadFraction(url)) * 1000);
}

/** A stable number in [0, 1) derived from a URL (no randomness, so schedules are reproducible). */
export function spreadFraction(url: string): number {
  return createHash("sha256").update(url).digest().readUInt32BE(0) / 2 ** 32;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
