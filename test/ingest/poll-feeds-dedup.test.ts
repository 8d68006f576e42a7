import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleBlocks } from "../../src/chat/format-brief.js";
import { createPoller } from "../../src/ingest/poll-feeds.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { articlePage, type ItemFixture, itemFor, rssFeed, STORIES } from "./poll-site.js";

const T0 = new Date("2026-11-20T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const [bridge, frost, library, marathon, , museum] = STORIES as [
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
];

let server: FeedServer;
let stores: Stores;

beforeEach(async () => {
  server = await startFeedServer();
  for (const story of STORIES) server.route(`/news/${story.slug}`, { body: articlePage(story) });
  stores = await openStores("memory://");
});
afterEach(async () => {
  await stores.close();
  await server.close();
});

function poller() {
  return createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks: true } });
}

function feed(items: ItemFixture[], title = "Test Gazette"): string {
  return rssFeed(title, items);
}

const pageRequests = () => server.requests.filter((r) => r.path.startsWith("/news/")).length;

describe("Poller: items without a link", () => {
  it("briefs them from the feed's text and keeps them apart", async () => {
    const items = [museum, library].map((story) => ({
      title: story.title,
      link: "",
      description: story.paragraphs.join(" "),
      pubDate: "Fri, 20 Nov 2026 09:00:00 GMT",
    }));
    server.route("/nolink.xml", { body: feed(items) });
    const p = poller();
    expect(await p.pollFeed(server.url("/nolink.xml"), T0)).toMatchObject({ stored: 2, merged: 0 });
    expect(await p.pollFeed(server.url("/nolink.xml"), at(60))).toMatchObject({ stored: 0, seen: 2 });
    const stories = await stores.articles.latest({ limit: 10 });
    expect(stories.map((a) => a.title).sort()).toEqual([library.title, museum.title].sort());
    expect(stories.find((a) => a.title === museum.title)?.text).toContain("fossil hall");
    expect(pageRequests()).toBe(0);
  });
});

describe("Poller: duplicates", () => {
  it("keeps the same story from two feeds once, with both sources", async () => {
    const link = `${server.origin}/news/${frost.slug}`;
    server.route("/a.xml", { body: feed([itemFor(frost, server.origin, { guid: "a-1" })], "Feed A") });
    server.route("/b.xml", {
      body: feed([itemFor(frost, server.origin, { guid: "b-77", link: `${link}?utm_source=rss&utm_medium=b` })], "Feed B"),
    });
    const p = poller();
    await p.pollFeed(server.url("/a.xml"), T0);
    const second = await p.pollFeed(server.url("/b.xml"), at(1));
    expect(second).toMatchObject({ stored: 0, merged: 1 });
    const stories = await stores.articles.latest({ limit: 10 });
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources.map((s) => [s.feedUrl, s.feedTitle])).toEqual([
      [server.url("/a.xml"), "Feed A"],
      [server.url("/b.xml"), "Feed B"],
    ]);
    expect(server.requestsTo(`/news/${frost.slug}`)).toHaveLength(1);
    const footer = articleBlocks(stories[0] as NonNullable<(typeof stories)[0]>, at(60)).at(-1);
    expect(footer).toMatchObject({ type: "link", text: expect.stringContaining("reported by 2 sources") });
  });

  it("merges a syndicated copy at another address by its near-identical title and lede", async () => {
    server.route("/syndicated/frost", { body: articlePage(frost, { siteName: "Other Daily" }) });
    server.route("/a.xml", { body: feed([itemFor(frost, server.origin)], "Feed A") });
    server.route("/c.xml", {
      body: feed(
        [
          itemFor(frost, server.origin, {
            guid: "c-1",
            title: `${frost.title} - Other Daily`,
            link: server.url("/syndicated/frost"),
          }),
        ],
        "Feed C",
      ),
    });
    const p = poller();
    await Promise.all([p.pollFeed(server.url("/a.xml"), T0), p.pollFeed(server.url("/c.xml"), T0)]);
    const stories = await stores.articles.latest({ limit: 10 });
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources.map((s) => s.feedTitle).sort()).toEqual(["Feed A", "Feed C"]);
  });

  it("does not flood when a feed's guids change on every fetch", async () => {
    const stories = [bridge, library, marathon];
    server.route("/churn.xml", (_request, hit) => ({
      body: feed(
        stories.map((story) =>
          itemFor(story, server.origin, {
            guid: `${story.slug}-${hit}-${Math.random()}`,
            link: `${server.origin}/news/${story.slug}?utm_campaign=fetch${hit}`,
          }),
        ),
      ),
    }));
    const p = poller();
    const url = server.url("/churn.xml");
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await p.pollFeed(url, at(i * 30)));
    expect(results.map((r) => r.stored)).toEqual([3, 0, 0, 0]);
    expect(await stores.articles.latest({ limit: 10, deliverableOnly: true })).toEqual([]);
    expect(await stores.articles.latest({ limit: 10 })).toHaveLength(3);
    expect(pageRequests()).toBe(3);
  });
});
