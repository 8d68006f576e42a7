import { describe, expect, it } from "vitest";
import { KeyvChatSettingsStore } from "../../src/store/chat-settings-store.js";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import type { Stores } from "../../src/store/open-store.js";
import type { DigestRun, Subscription } from "../../src/store/ports.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { type OpenForContract, withStores as using } from "./contract-stores.js";

/** A subscription for tests. */
export function makeSubscription(channel: Subscription["channel"], topics: string[] = ["world"]): Subscription {
  return { channel, topics, schedule: "0 8 * * *", timezone: "Europe/Paris", createdAt: "2026-03-01T09:00:00.000Z" };
}

const subscriptionsOf = (stores: Stores) =>
  new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
const deliveriesOf = (stores: Stores) => new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");

/** The FeedStore, SubscriptionStore and DeliveryLog contract: every backend must pass it unchanged. */
export function recordStoresContract(backend: string, open: OpenForContract): void {
  const withStores = (test: (stores: Stores) => Promise<void>) => using(open, test);

  describe(`FeedStore on ${backend}`, () => {
    it("keeps each feed's state, lists feeds in the order added, and removes them", () =>
      withStores(async ({ feeds }) => {
        expect(await feeds.list()).toEqual([]);
        await feeds.put({ url: "https://a.example/feed", failures: 0 });
        await feeds.put({ url: "https://b.example/feed", failures: 2, lastError: "HTTP 500", etag: '"v1"' });
        await feeds.put({ url: "https://a.example/feed", failures: 1, disabled: true, disabledReason: "gone" });
        expect(await feeds.get("https://b.example/feed")).toEqual({
          url: "https://b.example/feed",
          failures: 2,
          lastError: "HTTP 500",
          etag: '"v1"',
        });
        expect((await feeds.list()).map((f) => [f.url, f.failures])).toEqual([
          ["https://a.example/feed", 1],
          ["https://b.example/feed", 2],
        ]);
        await feeds.remove("https://a.example/feed");
        expect(await feeds.get("https://a.example/feed")).toBeUndefined();
        expect((await feeds.list()).map((f) => f.url)).toEqual(["https://b.example/feed"]);
        // A removed feed followed again comes last: its old place is gone.
        await feeds.put({ url: "https://a.example/feed", failures: 0 });
        expect((await feeds.list()).map((f) => f.url)).toEqual(["https://b.example/feed", "https://a.example/feed"]);
      }));

    it("keeps the order of many feeds added in one burst, and loses none when added at once", () =>
      withStores(async ({ feeds }) => {
        const urls = Array.from({ length: 30 }, (_, n) => `https://feeds.example/${String.fromCharCode(122 - n)}`);
        for (const url of urls) await feeds.put({ url, failures: 0 });
        expect((await feeds.list()).map((f) => f.url)).toEqual(urls);
        const more = Array.from({ length: 30 }, (_, n) => `https://more.example/${n}`);
        await Promise.all(more.map((url) => feeds.put({ url, failures: 0 })));
        expect((await feeds.list()).map((f) => f.url).sort()).toEqual([...urls, ...more].sort());
      }));
  });

  describe(`SubscriptionStore on ${backend}`, () => {
    it("puts, lists in the order added, replaces and removes subscriptions", () =>
      withStores(async (stores) => {
        const store = subscriptionsOf(stores);
        await store.put(makeSubscription("telegram:-100123/42"));
        await store.put(makeSubscription("discord:1"));
        await store.put(makeSubscription("telegram:-100123/42", ["sport"]));
        expect(await store.get("telegram:-100123/42")).toEqual(makeSubscription("telegram:-100123/42", ["sport"]));
        expect(await store.get("console:local")).toBeUndefined();
        expect((await store.list()).map((s) => [s.channel, s.topics])).toEqual([
          ["telegram:-100123/42", ["sport"]],
          ["discord:1", ["world"]],
        ]);
        await store.remove("telegram:-100123/42");
        expect(await store.get("telegram:-100123/42")).toBeUndefined();
        expect((await store.list()).map((s) => s.channel)).toEqual(["discord:1"]);
      }));

    it("loses no subscription when many are added at once", () =>
      withStores(async (stores) => {
        const store = subscriptionsOf(stores);
        const channels = Array.from({ length: 25 }, (_, n): Subscription["channel"] => `discord:${n}`);
        await Promise.all(channels.map((channel) => store.put(makeSubscription(channel))));
        expect((await store.list()).map((s) => s.channel).sort()).toEqual([...channels].sort());
      }));
  });

  describe(`ChatSettingsStore on ${backend}`, () => {
    it("keeps each chat's language and seen locale, with or without a subscription, and replaces them", () =>
      withStores(async (stores) => {
        const chats = new KeyvChatSettingsStore(stores.keyv("chats"));
        expect(await chats.get("telegram:-100123/42")).toBeUndefined();
        await chats.put({ channel: "telegram:-100123/42", seenLocale: "de" });
        await chats.put({ channel: "discord:1", language: "ru" });
        await chats.put({ channel: "telegram:-100123/42", seenLocale: "de", language: "fr" });
        expect(await chats.get("telegram:-100123/42")).toEqual({
          channel: "telegram:-100123/42",
          seenLocale: "de",
          language: "fr",
        });
        expect(await chats.get("discord:1")).toEqual({ channel: "discord:1", language: "ru" });
        expect(await chats.get("telegram:-100123")).toBeUndefined();
      }));
  });

  describe(`DeliveryLog on ${backend}`, () => {
    it("records deliveries per (channel, story)", () =>
      withStores(async (stores) => {
        const log = deliveriesOf(stores);
        await log.markDelivered("telegram:1", ["a", "b"], new Date("2026-03-01T08:00:00Z"));
        expect(await log.delivered("telegram:1", ["a", "b", "c"])).toEqual(new Set(["a", "b"]));
        expect(await log.delivered("telegram:2", ["a"])).toEqual(new Set());
        expect(await log.delivered("telegram:1", [])).toEqual(new Set());
      }));

    it("keeps runs, lists the open ones oldest first, and drops finished ones from that list", () =>
      withStores(async (stores) => {
        const log = deliveriesOf(stores);
        expect(await log.openRuns()).toEqual([]);
        const sending: DigestRun = {
          channel: "telegram:1",
          scheduledAt: "2026-03-01T08:00:00.000Z",
          status: "sending",
          storyIds: ["a", "b", "c"],
        };
        await log.putRun(sending);
        await log.putRun({ channel: "telegram:2", scheduledAt: "2026-03-01T07:00:00.000Z", status: "held" });
        await log.putRun({ channel: "telegram:3", scheduledAt: "2026-03-01T06:00:00.000Z", status: "done" });
        expect(await log.getRun("telegram:1", "2026-03-01T08:00:00.000Z")).toEqual(sending);
        expect(await log.getRun("telegram:1", "2026-03-02T08:00:00.000Z")).toBeUndefined();
        expect((await log.openRuns()).map((r) => r.channel)).toEqual(["telegram:2", "telegram:1"]);
        await log.putRun({ ...sending, status: "sending", attempts: 2 });
        expect((await log.openRuns()).map((r) => [r.channel, r.attempts])).toEqual([
          ["telegram:2", undefined],
          ["telegram:1", 2],
        ]);
        await log.putRun({ ...sending, status: "failed", error: "gone" });
        expect((await log.openRuns()).map((r) => r.channel)).toEqual(["telegram:2"]);
        expect((await log.getRun("telegram:1", sending.scheduledAt))?.status).toBe("failed");
        expect((await log.getRun("telegram:3", "2026-03-01T06:00:00.000Z"))?.status).toBe("done");
      }));

    it("loses no open run when many are recorded at once", () =>
      withStores(async (stores) => {
        const log = deliveriesOf(stores);
        const runs = Array.from({ length: 25 }, (_, n) => ({
          channel: `discord:${n}` as const,
          scheduledAt: new Date(Date.UTC(2026, 2, 1, 8, n)).toISOString(),
          status: "held" as const,
        }));
        await Promise.all(runs.map((run) => log.putRun(run)));
        expect((await log.openRuns()).map((r) => r.channel)).toEqual(runs.map((r) => r.channel));
      }));
  });
}
