import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPoller } from "../../src/ingest/poll-feeds.js";
import { openStores } from "../../src/store/open-store.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";

/** One case of test/fixtures/feeds/corpus/cases.json: a small feed, how it is served, and what a reader should see. */
interface CorpusCase {
  name: string;
  family: "text" | "encoding" | "link" | "date" | "dialect";
  file: string;
  /** Served as these bytes (the file itself is UTF-8). */
  encodeAs?: string;
  bom?: boolean;
  contentType?: string;
  headers?: Record<string, string>;
  /** Where the feed is served (default /corpus/NAME). */
  path?: string;
  /** Polled here, which redirects to `path`. */
  redirectFrom?: string;
  /** `text`: the story text taken from the feed (its article page is not served). */
  expect: { title: string; url: string; publishedAt: string | null; text?: string };
}

const CORPUS = new URL("../fixtures/feeds/corpus/", import.meta.url);
const cases = JSON.parse(readFileSync(new URL("cases.json", CORPUS), "utf8")) as CorpusCase[];
const T0 = new Date("2026-11-20T12:00:00Z");

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  for (const item of cases) {
    const text = readFileSync(new URL(item.file, CORPUS), "utf8");
    const body = item.encodeAs ? iconv.encode(text, item.encodeAs, { addBOM: item.bom === true }) : Buffer.from(text);
    const path = item.path ?? `/corpus/${item.name}`;
    server.route(path, {
      headers: { "content-type": item.contentType ?? "application/xml", ...item.headers },
      body,
    });
    if (item.redirectFrom) server.route(item.redirectFrom, { redirect: path, status: 301 });
  }
});
afterAll(async () => {
  await server.close();
});

describe("the feed corpus, through fetch → parse → store", () => {
  it("holds at least 60 cases across every family", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((item) => item.family))).toEqual(new Set(["text", "encoding", "link", "date", "dialect"]));
  });

  it.each(cases.map((item) => [item.name, item] as const))("%s", async (_name, item) => {
    const stores = await openStores("memory://");
    try {
      const poller = createPoller({
        articles: stores.articles,
        feeds: stores.feeds,
        // Every host is this server (article pages answer 404, so the feed's own text is used): no test leaves 127.0.0.1.
        fetchOptions: { allowPrivateNetworks: true, lookup: async () => [{ address: "127.0.0.1", family: 4 }] },
      });
      const feedUrl = server.url(item.redirectFrom ?? item.path ?? `/corpus/${item.name}`);
      const result = await poller.pollFeed(feedUrl, T0);
      expect(result.error).toBeUndefined();
      expect(result.stored).toBe(1);
      const [story] = await stores.articles.latest({ limit: 5 });
      const want = item.expect;
      expect(story?.title).toBe(want.title);
      expect(story?.sources[0]?.url).toBe(want.url.replace("{{ORIGIN}}", server.origin));
      expect(story?.publishedAt).toBe(want.publishedAt);
      if (want.text !== undefined) expect(story?.text).toBe(want.text);
    } finally {
      await stores.close();
    }
  });
});
