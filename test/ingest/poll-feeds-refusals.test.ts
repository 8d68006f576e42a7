import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPoller } from "../../src/ingest/poll-feeds.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { startConsoleBot } from "../commands/console-bot.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { itemFor, rssFeed, STORIES } from "./poll-site.js";

const T0 = new Date("2026-11-20T10:00:00Z");
const MB = 1024 * 1024;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), "utf8");
const [bridge] = STORIES as [(typeof STORIES)[number]];

let server: FeedServer;
let stores: Stores;
beforeEach(async () => {
  server = await startFeedServer();
  stores = await openStores("memory://");
});
afterEach(async () => {
  await stores.close();
  await server.close();
});

/** A gzip body of `members` concatenated members, each 1 MB of zeros once inflated (RFC 1952 allows many members). */
function gzipBomb(members: number): Buffer {
  const member = gzipSync(Buffer.alloc(MB));
  return Buffer.concat(Array.from({ length: members }, () => member));
}

/** A body that never ends: 64 KB chunks for as long as the client reads. */
async function* endless(): AsyncGenerator<Buffer> {
  const chunk = Buffer.alloc(64 * 1024, "<item>");
  for (;;) {
    yield chunk;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const HOSTILE = {
  "/entity-bomb.xml": "feed declares XML entities; refused",
  "/external-entity.xml": "feed declares XML entities; refused",
  "/undefined-entity.xml": "feed refers to an XML entity it does not define (&lol9;); refused",
  "/gzip-bomb.xml": "is too large: it decompresses to more than 5 MB",
  "/over-cap.xml": "is too large: it sent more than 5 MB",
  "/declared-over-cap.xml": "is too large: 40 MB",
  "/endless.xml": "is too large: it sent more than 5 MB",
  "/loop-a.xml": "redirects in a loop",
} as const;

describe("Poller against hostile feeds: refused whole, one clear line each, memory bounded", () => {
  it("records every hostile feed as one failure with a one-line reason and still stores the good feed", async () => {
    server.route("/good.xml", { body: rssFeed("Good Gazette", [itemFor(bridge, server.origin)]) });
    server.route("/entity-bomb.xml", { body: fixture("entity-bomb.xml") });
    server.route("/external-entity.xml", { body: fixture("external-entity.xml") });
    server.route("/undefined-entity.xml", {
      body: `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://evil.example/lol.dtd"><rss version="2.0"><channel><title>Lol</title><item><title>&lol9;</title><link>https://evil.example/1</link></item></channel></rss>`,
    });
    const bomb = gzipBomb(1024);
    server.route("/gzip-bomb.xml", { headers: { "content-encoding": "gzip" }, body: bomb });
    server.route("/over-cap.xml", { body: [Buffer.alloc(6 * MB, " ")] });
    server.route("/declared-over-cap.xml", { headers: { "content-length": String(40 * MB) }, body: "<rss/>" });
    server.route("/endless.xml", () => ({ body: endless() }));
    server.route("/loop-a.xml", { redirect: "/loop-b.xml" });
    server.route("/loop-b.xml", { redirect: "/loop-a.xml" });
    const poller = createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks: true } });
    for (const path of [...Object.keys(HOSTILE), "/good.xml"]) await poller.addFeed(server.url(path), T0);

    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const pollAt = new Date(T0.getTime() + 10 * 60_000);
    const results = await poller.pollOnce(pollAt).finally(() => clearInterval(sampler));
    peak = Math.max(peak, process.memoryUsage().rss);
    // The bound is 300 MB for the whole process; the growth says what these feeds cost.
    expect(peak).toBeLessThan(300 * MB);
    expect(peak - before).toBeLessThan(100 * MB);
    console.info(`hostile feeds: RSS ${Math.round(before / MB)} MB before, peak ${Math.round(peak / MB)} MB`);

    const byPath = Object.fromEntries(results.map((result) => [new URL(result.url).pathname, result]));
    expect(byPath["/good.xml"]).toMatchObject({ status: "updated", stored: 1 });
    for (const [path, reason] of Object.entries(HOSTILE)) {
      const result = byPath[path];
      expect(result, path).toMatchObject({ status: "failed", stored: 0 });
      expect(result?.error, path).toContain(reason);
      expect(result?.error, path).not.toContain("\n");
      const state = await stores.feeds.get(server.url(path));
      // Counted as a failure: the next poll backs off past the normal interval's spread.
      expect(state?.failures, path).toBe(1);
      expect(state?.lastError, path).toBe(result?.error);
      expect(Date.parse(state?.nextPollAt ?? "")).toBeGreaterThan(pollAt.getTime());
    }
    const titles = (await stores.articles.latest({ limit: 10 })).map((article) => article.title);
    expect(titles).toEqual([bridge.title]);
  });

  it("shows the refusal in /feeds list", async () => {
    server.route("/entity-bomb.xml", { body: fixture("entity-bomb.xml") });
    const poller = createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks: true } });
    await poller.pollFeed(server.url("/entity-bomb.xml"), T0);
    const state = await stores.feeds.get(server.url("/entity-bomb.xml"));
    const bot = await startConsoleBot({ feeds: state ? [state] : [] });
    try {
      const listed = await bot.run(["/feeds list"]);
      expect(listed).toContain(server.url("/entity-bomb.xml"));
      expect(listed).toContain("feed declares XML entities; refused");
    } finally {
      await bot.close();
    }
  });
});
