import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFeedAdmin } from "../../src/chat/feed-admin.js";
import { createPoller } from "../../src/ingest/poll-feeds.js";
import { importOpml } from "../../src/opml/import-opml.js";
import { writeOpml } from "../../src/opml/write-opml.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { memoryFile } from "../helpers/memory-file.js";

const NOW = new Date("2026-12-07T09:00:00Z");
const COUNT = 50;

/** An invented one-story RSS feed, "Parish Notes N". */
function rss(n: number, origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Parish Notes ${n}</title><link>${origin}/site/${n}</link>
<item><title>Bell tower ${n} repainted</title><link>${origin}/news/${n}</link><guid>bell-${n}</guid>
<pubDate>Mon, 07 Dec 2026 08:00:00 GMT</pubDate>
<description>Volunteers in parish ${n} finished repainting the bell tower on Sunday, the warden said.</description></item>
</channel></rss>`;
}

/** A reader-style OPML 2.0 file listing the 50 local feeds in five folders. */
function fiftyFeeds(server: FeedServer): string {
  const folders = Array.from({ length: 5 }, (_, f) => {
    const feeds = Array.from({ length: COUNT / 5 }, (_, i) => {
      const n = f * (COUNT / 5) + i + 1;
      return `      <outline text="Parish ${n}" type="rss" xmlUrl="${server.url(`/feeds/${n}.xml`)}" htmlUrl="${server.url(`/site/${n}`)}"/>`;
    });
    return `    <outline text="District ${f + 1}">\n${feeds.join("\n")}\n    </outline>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Parishes</title></head><body>\n${folders.join("\n")}\n</body></opml>\n`;
}

async function appOver(stores: Stores, allowPrivateNetworks = true) {
  const poller = createPoller({ articles: stores.articles, feeds: stores.feeds, fetchOptions: { allowPrivateNetworks } });
  return createFeedAdmin({ feeds: stores.feeds, poller });
}

describe("OPML round trip (issue 12: done when)", () => {
  let server: FeedServer;
  const opened: Stores[] = [];
  const fresh = async () => {
    const stores = await openStores("memory://");
    opened.push(stores);
    return stores;
  };

  beforeEach(async () => {
    server = await startFeedServer();
    for (let n = 1; n <= COUNT; n++) {
      server.route(`/feeds/${n}.xml`, { headers: { "content-type": "application/rss+xml" }, body: rss(n, server.origin) });
    }
  });
  afterEach(async () => {
    for (const stores of opened.splice(0)) await stores.close();
    await server.close();
  });

  it("imports 50 feeds, exports them, and the export imported into a fresh store gives the same 50 feeds", async () => {
    const first = await fresh();
    const report = await importOpml(memoryFile("parishes.opml", fiftyFeeds(server)), { feeds: await appOver(first), now: NOW });
    expect(report.added).toHaveLength(COUNT);
    expect(report.already).toEqual([]);
    expect(report.refused).toEqual([]);
    // The same add path as /feeds add: each feed was read once, its story stored (and, first fetch, not delivered).
    for (let n = 1; n <= COUNT; n++) expect(server.requestsTo(`/feeds/${n}.xml`)).toHaveLength(1);
    expect(report.added[6]).toEqual({ url: server.url("/feeds/7.xml"), title: "Parish Notes 7" });
    expect((await first.feeds.list()).filter((feed) => feed.primed && feed.lastSuccessAt)).toHaveLength(COUNT);
    expect(await first.articles.latest({ limit: 1 })).toHaveLength(1);

    const exported = writeOpml(await first.feeds.list(), NOW);
    const second = await fresh();
    const again = await importOpml(memoryFile("newsbrief-feeds.opml", exported), { feeds: await appOver(second), now: NOW });
    expect(again.added).toHaveLength(COUNT);
    expect(again.refused).toEqual([]);

    const summary = (feeds: { url: string; title?: string; htmlUrl?: string }[]) =>
      feeds.map(({ url, title, htmlUrl }) => ({ url, title, htmlUrl })).sort((a, b) => a.url.localeCompare(b.url));
    const before = summary(await first.feeds.list());
    const after = summary(await second.feeds.list());
    expect(after).toHaveLength(COUNT);
    expect(after).toEqual(before);
    expect(after[0]).toEqual({ url: server.url("/feeds/1.xml"), title: "Parish Notes 1", htmlUrl: server.url("/site/1") });
  });

  it("reports feeds already followed, and refuses, with why, feeds that cannot be read", async () => {
    server.route("/feeds/3.xml", { status: 500 });
    server.route("/feeds/4.xml", { headers: { "content-type": "text/html" }, body: "<html><body>Not a feed</body></html>" });
    const stores = await fresh();
    const feeds = await appOver(stores);
    await feeds.add(server.url("/feeds/1.xml"), NOW);
    const list = `<opml version="1.0"><body>
      <outline text="one" url="${server.url("/feeds/1.xml")}"/>
      <outline text="two" type="rss" url="${server.url("/feeds/2.xml")}"/>
      <outline text="three" type="rss" url="${server.url("/feeds/3.xml")}"/>
      <outline text="four" type="rss" url="${server.url("/feeds/4.xml")}"/>
      <outline text="ftp" type="rss" url="ftp://files.example/feed.xml"/>
    </body></opml>`;
    const report = await importOpml(memoryFile("mixed.opml", list), { feeds, now: NOW });
    expect(report.added.map((feed) => feed.url)).toEqual([server.url("/feeds/2.xml")]);
    expect(report.already).toEqual([server.url("/feeds/1.xml")]);
    expect(report.refused.map((r) => r.entry)).toEqual([
      server.url("/feeds/3.xml"),
      server.url("/feeds/4.xml"),
      "ftp://files.example/feed.xml",
    ]);
    expect(report.refused[0]?.reason).toMatch(/^I could not read it as a feed: .*500/);
    expect(report.refused[1]?.reason).toMatch(/^I could not read it as a feed: /);
    expect(report.refused[2]?.reason).toBe("not a web address (http or https)");
    // Refused feeds are not kept.
    expect((await stores.feeds.list()).map((feed) => feed.url).sort()).toEqual(
      [server.url("/feeds/1.xml"), server.url("/feeds/2.xml")].sort(),
    );
  });

  it("refuses private network addresses as /feeds add does, when they are not allowed", async () => {
    const stores = await fresh();
    const report = await importOpml(memoryFile("parishes.opml", fiftyFeeds(server)), {
      feeds: await appOver(stores, false),
      now: NOW,
    });
    expect(report.added).toEqual([]);
    expect(report.refused).toHaveLength(COUNT);
    expect(report.refused[0]?.reason).toMatch(/private|loopback|not allowed/i);
    expect(server.requests).toEqual([]);
    expect(await stores.feeds.list()).toEqual([]);
  });

  it("refuses a file over 1 MB while reading it, before parsing", async () => {
    const stores = await fresh();
    const big = `<opml version="2.0"><body>${"<!-- filler -->".repeat(80_000)}</body></opml>`;
    await expect(importOpml(memoryFile("big.opml", big), { feeds: await appOver(stores), now: NOW })).rejects.toThrow(
      "big.opml is larger than 1 MB; refused.",
    );
  });
});
