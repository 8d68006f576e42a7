import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_INGEST_DEPS } from "../../src/ingest/ingest-item.js";
import { createPoller, type PollEvent, type PollerOptions } from "../../src/ingest/poll-feeds.js";
import { createPollJobs } from "../../src/ingest/poll-jobs.js";
import { createLocalJobQueue } from "../../src/jobs/local-job-queue.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { articlePage, type ItemFixture, itemFor, rssFeed, STORIES } from "./poll-site.js";

const T0 = new Date("2026-11-20T10:00:00Z");
const MINUTE = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const [bridge, frost, library, marathon, ferry, museum] = STORIES as [
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
  (typeof STORIES)[number],
];

let server: FeedServer;
let stores: Stores;
let events: PollEvent[];

beforeEach(async () => {
  server = await startFeedServer();
  for (const story of STORIES) server.route(`/news/${story.slug}`, { body: articlePage(story) });
  stores = await openStores("memory://");
  events = [];
});
afterEach(async () => {
  await stores.close();
  await server.close();
});

function poller(extra: Partial<PollerOptions> = {}) {
  return createPoller({
    articles: stores.articles,
    feeds: stores.feeds,
    fetchOptions: { allowPrivateNetworks: true, timeoutMs: 2000 },
    onEvent: (event) => events.push(event),
    ...extra,
  });
}

function feed(items: ItemFixture[], title = "Test Gazette"): string {
  return rssFeed(title, items);
}

const pageRequests = () => server.requests.filter((r) => r.path.startsWith("/news/")).length;

describe("Poller: the first poll", () => {
  it("stores a new feed's items but delivers none of them; later new items are deliverable", async () => {
    const items = [bridge, frost, library].map((story) => itemFor(story, server.origin));
    server.route("/feed.xml", (_request, hit) => ({
      body: feed(hit === 0 ? items : [itemFor(marathon, server.origin), ...items]),
    }));
    const p = poller();
    const first = await p.pollFeed(server.url("/feed.xml"), T0);
    expect(first).toMatchObject({ status: "updated", stored: 3, deliverable: false });
    expect(pageRequests()).toBe(3);
    expect(await stores.articles.latest({ limit: 10, deliverableOnly: true })).toEqual([]);
    const all = await stores.articles.latest({ limit: 10 });
    expect(all.map((a) => a.title).sort()).toEqual([bridge.title, frost.title, library.title].sort());
    expect(all.every((a) => a.deliverable === false)).toBe(true);
    expect(all.find((a) => a.title === bridge.title)?.text).toContain("rusted cables");

    const second = await p.pollFeed(server.url("/feed.xml"), at(60));
    expect(second).toMatchObject({ status: "updated", stored: 1, seen: 3, deliverable: true });
    expect((await stores.articles.latest({ limit: 10, deliverableOnly: true })).map((a) => a.title)).toEqual([marathon.title]);
    expect(pageRequests()).toBe(4);
    const state = await stores.feeds.get(server.url("/feed.xml"));
    expect(state).toMatchObject({ primed: true, failures: 0, title: "Test Gazette" });
  });
});

describe("Poller: conditional GET", () => {
  it("sends the stored validators, and a 304 re-stores nothing", async () => {
    const lastModified = "Fri, 20 Nov 2026 08:00:00 GMT";
    server.route("/feed.xml", { body: feed([itemFor(bridge, server.origin)]), etag: '"v1"', lastModified });
    const p = poller();
    await p.pollFeed(server.url("/feed.xml"), T0);
    const before = await stores.articles.latest({ limit: 10 });
    const result = await p.pollFeed(server.url("/feed.xml"), at(30));
    expect(result).toMatchObject({ status: "not-modified", stored: 0 });
    const feedRequests = server.requestsTo("/feed.xml");
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[0]?.headers["if-none-match"]).toBeUndefined();
    expect(feedRequests[1]?.headers["if-none-match"]).toBe('"v1"');
    expect(feedRequests[1]?.headers["if-modified-since"]).toBe(lastModified);
    expect(pageRequests()).toBe(1);
    expect(await stores.articles.latest({ limit: 10 })).toEqual(before);
    const state = await stores.feeds.get(server.url("/feed.xml"));
    expect(state).toMatchObject({ etag: '"v1"', lastModified, failures: 0, lastSuccessAt: at(30).toISOString() });
    expect(Date.parse(state?.nextPollAt ?? "")).toBeGreaterThan(at(30).getTime());
  });

  it("schedules the next poll from the feed's TTL and Cache-Control, within floor and ceiling", async () => {
    server.route("/ttl.xml", { body: rssFeed("TTL", [itemFor(bridge, server.origin)], { ttl: 90 }), etag: '"t"' });
    server.route("/cc.xml", { body: feed([itemFor(frost, server.origin)]), headers: { "cache-control": "max-age=60" } });
    server.route("/long.xml", { body: feed([itemFor(library, server.origin)]), headers: { "cache-control": "max-age=86400" } });
    const p = poller();
    for (const path of ["/ttl.xml", "/cc.xml", "/long.xml"]) await p.pollFeed(server.url(path), T0);
    const wait = async (path: string) => {
      const state = await stores.feeds.get(server.url(path));
      return (Date.parse(state?.nextPollAt ?? "") - T0.getTime()) / MINUTE;
    };
    // Each wait is the interval plus a per-feed offset of at most 10 %.
    expect(await wait("/ttl.xml")).toBeGreaterThanOrEqual(90);
    expect(await wait("/ttl.xml")).toBeLessThanOrEqual(99);
    expect(await wait("/cc.xml")).toBeGreaterThanOrEqual(5);
    expect(await wait("/cc.xml")).toBeLessThanOrEqual(5.5);
    expect(await wait("/long.xml")).toBeGreaterThanOrEqual(360);
    expect(await wait("/long.xml")).toBeLessThanOrEqual(396);
    // A 304 carries no TTL: the feed's 90 minutes still hold.
    expect((await p.pollFeed(server.url("/ttl.xml"), T0)).status).toBe("not-modified");
    expect(await wait("/ttl.xml")).toBeGreaterThanOrEqual(90);
  });
});

describe("Poller: failures", () => {
  it("backs off exponentially after a 500 and recovers", async () => {
    server.route("/flaky.xml", (_request, hit) =>
      hit < 2 ? { status: 500, body: "oops" } : { body: feed([itemFor(ferry, server.origin)]) },
    );
    const p = poller();
    const url = server.url("/flaky.xml");
    await p.addFeed(url, T0);
    const first = await p.pollFeed(url, T0);
    expect(first.status).toBe("failed");
    expect(first.error).toMatch(/500/);
    const afterOne = await stores.feeds.get(url);
    expect(afterOne).toMatchObject({ failures: 1 });
    expect(afterOne?.lastError).toMatch(/500/);
    const firstWait = Date.parse(afterOne?.nextPollAt ?? "") - T0.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(5 * MINUTE);

    // Not due yet: nothing is fetched.
    expect(await p.pollOnce(at(1))).toEqual([]);
    expect(server.requestsTo("/flaky.xml")).toHaveLength(1);

    const retryAt = new Date(afterOne?.nextPollAt ?? "");
    const second = await p.pollOnce(retryAt);
    expect(second.map((r) => r.status)).toEqual(["failed"]);
    const afterTwo = await stores.feeds.get(url);
    expect(afterTwo?.failures).toBe(2);
    const secondWait = Date.parse(afterTwo?.nextPollAt ?? "") - retryAt.getTime();
    expect(secondWait).toBeGreaterThanOrEqual(2 * firstWait - 1000);

    const third = await p.pollOnce(new Date(afterTwo?.nextPollAt ?? ""));
    expect(third.map((r) => [r.status, r.stored])).toEqual([["updated", 1]]);
    const recovered = await stores.feeds.get(url);
    expect(recovered).toMatchObject({ failures: 0, primed: true });
    expect(recovered?.lastError).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(["feed-failed", "feed-failed"]);
  });

  it("disables a feed after 8 failures in a row, keeps the reason, and stops polling it", async () => {
    server.route("/gone.xml", { status: 404, body: "no such feed" });
    const p = poller();
    const url = server.url("/gone.xml");
    let now = T0;
    const statuses: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      statuses.push((await p.pollFeed(url, now)).status);
      now = new Date((await stores.feeds.get(url))?.nextPollAt ?? "");
    }
    expect(statuses).toEqual([...Array(7).fill("failed"), "disabled"]);
    const state = await stores.feeds.get(url);
    expect(state).toMatchObject({ disabled: true, failures: 8 });
    expect(state?.disabledReason).toMatch(/8 failed polls/);
    expect(state?.disabledReason).toMatch(/404/);
    expect(events.filter((e) => e.type === "feed-disabled")).toEqual([
      { type: "feed-disabled", url, reason: state?.disabledReason, at: state?.disabledAt },
    ]);
    // Backoff never waits longer than the 6 h ceiling.
    expect(Date.parse(state?.nextPollAt ?? "") - now.getTime()).toBeLessThanOrEqual(6 * 60 * MINUTE);
    expect(await p.pollOnce(at(7 * 24 * 60))).toEqual([]);
    expect(server.requestsTo("/gone.xml")).toHaveLength(8);

    // An admin adding it again re-enables it.
    const again = await p.addFeed(url, at(10_000));
    expect(again).toMatchObject({ failures: 0 });
    expect(again.disabled).toBeUndefined();
  });

  it("records garbage and a silent server per feed, and still polls the healthy feed", async () => {
    server.route("/garbage.xml", { body: "<html><body>not a feed at all" });
    server.route("/hang.xml", { hang: true });
    server.route("/good.xml", { body: feed([itemFor(museum, server.origin)]) });
    const p = poller({ fetchOptions: { allowPrivateNetworks: true, timeoutMs: 300, connectTimeoutMs: 300 } });
    for (const path of ["/garbage.xml", "/hang.xml", "/good.xml"]) await p.addFeed(server.url(path), T0);
    const results = await p.pollOnce(at(10));
    const byPath = Object.fromEntries(results.map((r) => [new URL(r.url).pathname, r]));
    expect(byPath["/garbage.xml"]?.status).toBe("failed");
    expect(byPath["/garbage.xml"]?.error).toMatch(/not a feed/);
    expect(byPath["/hang.xml"]?.status).toBe("failed");
    expect(byPath["/hang.xml"]?.error).toMatch(/took longer than/);
    expect(byPath["/good.xml"]).toMatchObject({ status: "updated", stored: 1 });
  });

  it("falls back to the feed's content when the article page fails", async () => {
    server.route("/news/ferry-strike", { status: 503, body: "down" });
    const content = ferry.paragraphs.map((p) => `<p>${p}</p>`).join("");
    server.route("/feed.xml", { body: feed([itemFor(ferry, server.origin, { contentHtml: content })]) });
    const result = await poller().pollFeed(server.url("/feed.xml"), T0);
    expect(result).toMatchObject({ status: "updated", stored: 1 });
    const [story] = await stores.articles.latest({ limit: 1 });
    expect(story?.text).toContain("emergency timetable");
    expect(story?.summary.headline).toBe(ferry.title);
  });
});

describe("Poller: scheduling and limits", () => {
  it("spreads the first polls of new feeds and polls only the due ones", async () => {
    for (let i = 0; i < 12; i += 1) server.route(`/f${i}.xml`, { body: feed([]) });
    const p = poller();
    const states = await Promise.all(Array.from({ length: 12 }, (_, i) => p.addFeed(server.url(`/f${i}.xml`), T0)));
    const offsets = states.map((s) => Date.parse(s.nextPollAt ?? "") - T0.getTime());
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...offsets)).toBeLessThan(5 * MINUTE);
    expect(new Set(offsets).size).toBeGreaterThan(6);
    const dueAt = at(2.5);
    const expected = states.filter((s) => Date.parse(s.nextPollAt ?? "") <= dueAt.getTime()).map((s) => s.url);
    const polled = await p.pollOnce(dueAt);
    expect(polled.map((r) => r.url).sort()).toEqual(expected.sort());
    expect((await p.pollOnce(at(5))).length).toBe(12 - expected.length);
  });

  it("keeps at most N requests in flight per host, while other hosts proceed", async () => {
    const lookup = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    let peakTotal = 0;
    let total = 0;
    const fetch: typeof DEFAULT_INGEST_DEPS.fetch = async (url, options) => {
      const host = new URL(url).hostname;
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      total += 1;
      peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host) ?? 0));
      peakTotal = Math.max(peakTotal, total);
      try {
        return await DEFAULT_INGEST_DEPS.fetch(url, options);
      } finally {
        inFlight.set(host, (inFlight.get(host) ?? 1) - 1);
        total -= 1;
      }
    };
    const hostA = `http://alpha.test:${server.port}`;
    const hostB = `http://beta.test:${server.port}`;
    for (const story of STORIES) server.route(`/news/${story.slug}`, { body: articlePage(story), delayMs: 40 });
    for (let i = 0; i < 4; i += 1) {
      server.route(`/a${i}.xml`, {
        body: feed(STORIES.slice(i, i + 2).map((s) => itemFor(s, hostA, { guid: `a${i}-${s.slug}` }))),
      });
    }
    server.route("/b0.xml", { body: feed(STORIES.slice(3, 6).map((s) => itemFor(s, hostB))), delayMs: 40 });
    const p = poller({ perHostConcurrency: 2, deps: { fetch }, fetchOptions: { allowPrivateNetworks: true, lookup } });
    const urls = [...[0, 1, 2, 3].map((i) => `${hostA}/a${i}.xml`), `${hostB}/b0.xml`];
    for (const url of urls) await p.addFeed(url, T0);
    const results = await p.pollOnce(at(10));
    expect(results.map((r) => r.status)).toEqual(Array(5).fill("updated"));
    expect(peak.get("alpha.test")).toBe(2);
    expect(peak.get("beta.test")).toBe(2);
    expect(peakTotal).toBeGreaterThan(2);
  });
});

describe("Poll jobs: the timer loop over the poller", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("polls due feeds at start and on each tick, and stops", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    server.route("/feed.xml", { body: feed([itemFor(bridge, server.origin)]) });
    let now = T0;
    const p = poller();
    const polls = createPollJobs({ poller: p, feeds: stores.feeds, jobs: createLocalJobQueue(), clock: () => now, tickMs: 1000 });
    await p.addFeed(server.url("/feed.xml"), new Date(T0.getTime() - 10 * MINUTE));
    polls.start();
    await expect.poll(() => server.requestsTo("/feed.xml").length).toBe(1);
    await expect.poll(async () => (await stores.feeds.get(server.url("/feed.xml")))?.primed).toBe(true);
    // Not due again yet: a tick fetches nothing (and, with a memory store, is over by the next macrotask).
    vi.advanceTimersByTime(1000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.requestsTo("/feed.xml")).toHaveLength(1);
    now = at(24 * 60);
    vi.advanceTimersByTime(1000);
    await expect.poll(() => server.requestsTo("/feed.xml").length).toBe(2);
    await polls.stop();
    now = at(48 * 60);
    vi.advanceTimersByTime(5000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.requestsTo("/feed.xml")).toHaveLength(2);
  });
});

describe("Poller on SQLite", () => {
  it("keeps validators, seen items and stories across a reopen", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsbrief-poll-"));
    try {
      const storeUrl = `sqlite://${join(dir, "store.sqlite")}`;
      server.route("/feed.xml", { body: feed([itemFor(bridge, server.origin), itemFor(frost, server.origin)]), etag: '"s1"' });
      const first = await openStores(storeUrl);
      const p1 = createPoller({ articles: first.articles, feeds: first.feeds, fetchOptions: { allowPrivateNetworks: true } });
      expect((await p1.pollFeed(server.url("/feed.xml"), T0)).stored).toBe(2);
      await first.close();

      const second = await openStores(storeUrl);
      try {
        const p2 = createPoller({ articles: second.articles, feeds: second.feeds, fetchOptions: { allowPrivateNetworks: true } });
        expect((await p2.pollFeed(server.url("/feed.xml"), at(60))).status).toBe("not-modified");
        expect(server.requestsTo("/feed.xml")[1]?.headers["if-none-match"]).toBe('"s1"');
        expect((await second.articles.latest({ limit: 10 })).map((a) => a.title).sort()).toEqual(
          [bridge.title, frost.title].sort(),
        );
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
