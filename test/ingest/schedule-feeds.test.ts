import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCHEDULE,
  firstPollAt,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  pollIntervalSeconds,
  spreadFraction,
} from "../../src/ingest/schedule-feeds.js";

const NOW = new Date("2026-11-20T10:00:00Z");
const seconds = (date: Date) => (date.getTime() - NOW.getTime()) / 1000;

describe("pollIntervalSeconds", () => {
  it("takes the longer of TTL and max-age, else the default, clamped to 5 min – 6 h", () => {
    expect(pollIntervalSeconds({})).toBe(DEFAULT_SCHEDULE.defaultSeconds);
    expect(pollIntervalSeconds({ ttlMinutes: 60 })).toBe(3600);
    expect(pollIntervalSeconds({ maxAgeSeconds: 900 })).toBe(900);
    expect(pollIntervalSeconds({ ttlMinutes: 20, maxAgeSeconds: 1800 })).toBe(1800);
    expect(pollIntervalSeconds({ ttlMinutes: 1 })).toBe(300);
    expect(pollIntervalSeconds({ maxAgeSeconds: 0 })).toBe(300);
    expect(pollIntervalSeconds({ ttlMinutes: 60 * 24 })).toBe(6 * 3600);
    expect(pollIntervalSeconds({ maxAgeSeconds: Number.NaN })).toBe(DEFAULT_SCHEDULE.defaultSeconds);
  });
});

describe("next poll times", () => {
  it("adds up to 10 % of the interval after a success, the same for the same URL", () => {
    const wait = seconds(nextPollAfterSuccess("https://a.example/feed", NOW, 1800));
    expect(wait).toBeGreaterThanOrEqual(1800);
    expect(wait).toBeLessThan(1980);
    expect(seconds(nextPollAfterSuccess("https://a.example/feed", NOW, 1800))).toBe(wait);
  });

  it("doubles the wait with each failure up to the 6 h ceiling", () => {
    const url = "https://b.example/feed";
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 40].map((n) => seconds(nextPollAfterFailure(url, NOW, n)));
    const extra = 1 + 0.1 * spreadFraction(url);
    expect(waits.slice(0, 7)).toEqual([300, 600, 1200, 2400, 4800, 9600, 19200].map((s) => Math.round(s * extra)));
    expect(waits.slice(7)).toEqual([6 * 3600, 6 * 3600]);
  });

  it("spreads first polls over the 5-minute window", () => {
    const waits = Array.from({ length: 50 }, (_, i) => seconds(firstPollAt(`https://c.example/feed/${i}`, NOW)));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...waits)).toBeLessThan(300);
    expect(new Set(waits).size).toBeGreaterThan(25);
  });
});
