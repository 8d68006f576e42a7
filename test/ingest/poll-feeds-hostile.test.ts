import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPoller } from "../../src/ingest/poll-feeds.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { type FeedServer, repeatedBytes, startFeedServer } from "../helpers/feed-server.js";
import { itemFor, rssFeed, STORIES } from "./poll-site.js";

const T0 = new Date("2026-11-20T10:00:00Z");
const MB = 1024 * 1024;
const [bridge, frost] = STORIES as [(typeof STORIES)[number], (typeof STORIES)[number]];

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

async function* drip(): AsyncGenerator<string> {
  yield '<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>';
  for (let i = 0; i < 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    yield " ";
  }
}

describe("Poller against hostile servers: one clear error per feed, the healthy feed still read", () => {
  it("records a truncated feed, a 50 MB feed and a drip-fed feed as failures, and stores the good one", async () => {
    const good = rssFeed("Good Gazette", [itemFor(bridge, server.origin)]);
    server.route(`/news/${bridge.slug}`, {
      body: `<html><body><article>${bridge.paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`,
    });
    server.route("/good.xml", { body: good });
    server.route("/truncated.xml", { body: good.slice(0, good.indexOf("</title>", good.indexOf("<item>"))) });
    let sent = 0;
    server.route("/huge.xml", () => ({
      body: (function* () {
        for (const chunk of repeatedBytes(50 * MB)) {
          sent += chunk.length;
          yield chunk;
        }
      })(),
    }));
    server.route("/drip.xml", () => ({ body: drip() }));
    const poller = createPoller({
      articles: stores.articles,
      feeds: stores.feeds,
      fetchOptions: { allowPrivateNetworks: true, timeoutMs: 400, connectTimeoutMs: 400 },
    });
    const paths = ["/truncated.xml", "/huge.xml", "/drip.xml", "/good.xml"];
    for (const path of paths) await poller.addFeed(server.url(path), T0);
    const started = Date.now();
    const results = await poller.pollOnce(new Date(T0.getTime() + 10 * 60_000));
    expect(Date.now() - started).toBeLessThan(4000);
    const byPath = Object.fromEntries(results.map((result) => [new URL(result.url).pathname, result]));
    expect(byPath["/truncated.xml"]).toMatchObject({
      status: "failed",
      error: expect.stringContaining("is not a feed newsbrief can read"),
    });
    expect(byPath["/huge.xml"]).toMatchObject({ status: "failed", error: expect.stringContaining("5 MB") });
    expect(sent).toBeLessThan(20 * MB);
    expect(byPath["/drip.xml"]).toMatchObject({ status: "failed", error: expect.stringContaining("took longer than") });
    expect(byPath["/good.xml"]).toMatchObject({ status: "updated", stored: 1 });
    for (const path of ["/truncated.xml", "/huge.xml", "/drip.xml"]) {
      const state = await stores.feeds.get(server.url(path));
      expect(state?.failures).toBe(1);
      expect(state?.lastError).toBe(byPath[path]?.error);
    }
  });

  it("briefs a story from the feed's own text when its page is a nesting bomb, without stalling", async () => {
    server.route(`/news/${frost.slug}`, {
      headers: { "content-type": "text/html" },
      body: `<html><body>${"<div>".repeat(600_000)}<p>never read</p></body></html>`,
    });
    const content = frost.paragraphs.map((p) => `<p>${p}</p>`).join("");
    server.route("/feed.xml", { body: rssFeed("Valley News", [itemFor(frost, server.origin, { contentHtml: content })]) });
    const poller = createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks: true } });
    const started = Date.now();
    const result = await poller.pollFeed(server.url("/feed.xml"), T0);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result).toMatchObject({ status: "updated", stored: 1 });
    expect(server.requestsTo(`/news/${frost.slug}`)).toHaveLength(1);
    const [story] = await stores.articles.latest({ limit: 1 });
    expect(story?.text).toContain("wind machines");
    expect(story?.text).not.toContain("never read");
  });
});
