import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { keyHash } from "../../src/store/key-hash.js";
import { readLegacyIndex } from "../../src/store/legacy-indexes.js";
import { openStores } from "../../src/store/open-store.js";
import type { IndexEntry } from "../../src/store/shared-state.js";
import { fingerprint, titleBuckets } from "../../src/store/story-similarity.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { makeArticle } from "./make-article.js";
import { makeSubscription } from "./record-stores.contract.js";

// An index as earlier versions wrote it: one "TTTTTTTTT id" line per entry, newest first, time in base 36.
function legacyIndex(entries: IndexEntry[]): string {
  return entries.map((entry) => `${entry.t.toString(36).padStart(9, "0")} ${entry.id}`).join("\n");
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("indexes of earlier versions", () => {
  it("reads both legacy shapes: a newest-first string and an id list", () => {
    expect(readLegacyIndex("00000000a b\n000000001 50%25")).toEqual([
      { id: "b", t: 10 },
      { id: "50%", t: 1 },
    ]);
    expect(readLegacyIndex(["x", "y"])).toEqual([
      { id: "x", t: 0 },
      { id: "y", t: 1 },
    ]);
    expect(readLegacyIndex(undefined)).toEqual([]);
    expect(readLegacyIndex("")).toEqual([]);
  });

  it("are moved to the shared state on first use of a SQLite file, once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsbrief-legacy-"));
    dirs.push(dir);
    const url = `sqlite://${join(dir, "old.sqlite")}`;
    const s0 = makeArticle("s0", { hoursAgo: 30, topics: ["sport"] });
    const s1 = makeArticle("s1", {
      hoursAgo: 2,
      topics: ["sport"],
      title: "Storm Ciara floods hundreds of homes across northern England",
      quotes: [{ text: "We lost everything", speaker: "Ann Lee", key: true }],
    });
    const s2 = makeArticle("s2", { hoursAgo: 1 });
    const at = (article: typeof s0) => ({ id: article.id, t: Date.parse(article.fetchedAt) });

    // What an earlier version left in the file: records, and each index as one keyv value.
    const old = await openStores(url);
    const articles = old.keyv("articles");
    for (const story of [s0, s1, s2]) {
      await articles.set(`a:${keyHash(story.id)}`, story);
      await articles.set(`f:${keyHash(story.id)}`, fingerprint({ title: story.title, lede: story.summary.lede }));
    }
    await articles.set("i:all", legacyIndex([at(s2), at(s1)]));
    await articles.set(`i:t:${keyHash("sport")}`, legacyIndex([at(s1), at(s0)]));
    await articles.set(`i:s:${keyHash("lee")}`, legacyIndex([at(s1)]));
    for (const bucket of titleBuckets(s1.title)) await articles.set(`b:${bucket}`, legacyIndex([at(s1)]));
    const feeds = old.keyv("feeds");
    for (const feed of ["https://b.example/feed", "https://a.example/feed"]) {
      await feeds.set(`f:${keyHash(feed)}`, { url: feed, failures: 0 });
    }
    await feeds.set("list", ["https://b.example/feed", "https://a.example/feed"]);
    const subscriptions = old.keyv("subscriptions");
    await subscriptions.set("sub:discord:2", makeSubscription("discord:2"));
    await subscriptions.set("sub:discord:1", makeSubscription("discord:1"));
    await subscriptions.set("channels", ["discord:2", "discord:1"]);
    const deliveries = old.keyv("deliveries");
    const run = { channel: "discord:1", scheduledAt: "2026-11-20T08:00:00.000Z", status: "held" } as const;
    await deliveries.set(`run:${run.channel}|${run.scheduledAt}`, run);
    await deliveries.set("open-runs", [`run:${run.channel}|${run.scheduledAt}`]);
    await old.close();

    for (let start = 0; start < 2; start += 1) {
      const stores = await openStores(url);
      try {
        expect((await stores.articles.latest({ limit: 10 })).map((a) => a.id)).toEqual(["s2", "s1"]);
        expect((await stores.articles.latest({ limit: 10, topic: "sport" })).map((a) => a.id)).toEqual(["s1", "s0"]);
        expect((await stores.articles.findQuotes({ speaker: "lee", limit: 5 })).map((h) => h.quote.text)).toEqual([
          "We lost everything",
        ]);
        expect((await stores.articles.findDuplicate({ url: "https://other.example/x", title: s1.title }))?.id).toBe("s1");
        const followed = ["https://b.example/feed", "https://a.example/feed", ...(start > 0 ? ["https://c.example/feed"] : [])];
        expect((await stores.feeds.list()).map((f) => f.url)).toEqual(followed);
        const subscriptionStore = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
        expect((await subscriptionStore.list()).map((s) => s.channel)).toEqual(["discord:2", "discord:1"]);
        const log = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
        expect(await log.openRuns()).toEqual([run]);
        // The old values are gone: nothing is moved twice.
        expect(await stores.keyv("articles").get("i:all")).toBeUndefined();
        expect(await stores.keyv("articles").get(`i:t:${keyHash("sport")}`)).toBeUndefined();
        expect(await stores.keyv("feeds").get("list")).toBeUndefined();
        expect(await stores.keyv("subscriptions").get("channels")).toBeUndefined();
        expect(await stores.keyv("deliveries").get("open-runs")).toBeUndefined();
        // Followed after the move: listed after the moved ones.
        if (start === 0) await stores.feeds.put({ url: "https://c.example/feed", failures: 0 });
      } finally {
        await stores.close();
      }
    }
  });
});
