/** The tests' Redis: its URL, a unique key prefix per test file, and a clear failure when there is none. */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";

/**
 * The URL of the tests' redis-server. Throws (never skips) when there is none: under CI that cannot happen (the global
 * setup fails first); locally install redis-server (`apt-get install redis-server`) or set REDIS_URL_FOR_TESTS.
 */
export function redisUrl(): string {
  const url = inject("redisUrl");
  if (!url) {
    throw new Error("These tests need Redis: install redis-server (apt-get install redis-server) or set REDIS_URL_FOR_TESTS");
  }
  return url;
}

/** A key prefix no other test run shares, so test files never see each other's keys. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(4).toString("hex")}:`;
}
