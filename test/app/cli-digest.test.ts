import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/app/cli.js";
import { createDigestCommand, feedList, parseDuration } from "../../src/app/cli-digest.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { articlePage, itemFor, rssFeed, STORIES } from "../ingest/poll-site.js";

const NOW = new Date("2026-11-20T12:00:00Z");
let server: FeedServer;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

beforeEach(async () => {
  server = await startFeedServer();
  for (const story of STORIES) server.route(`/news/${story.slug}`, { body: articlePage(story) });
  const [a, b, c] = STORIES;
  if (!a || !b || !c) throw new Error("fixtures missing");
  server.route("/one.xml", { body: rssFeed("One", [itemFor(a, server.origin), itemFor(b, server.origin)]) });
  server.route("/two.xml", {
    body: rssFeed("Two", [
      itemFor(b, server.origin, { guid: "two-b" }),
      itemFor(c, server.origin, { pubDate: "Mon, 02 Nov 2026 09:00:00 GMT" }),
    ]),
  });
});
afterEach(async () => {
  await server.close();
});

describe("newsbrief digest", () => {
  it("polls the feeds once and prints every story of the period once, merged across feeds", async () => {
    const command = createDigestCommand({ env: { ALLOW_PRIVATE_NETWORKS: "true" }, now: () => NOW });
    const { io, out, err } = capture();
    const code = await command.run(["--feeds", `${server.url("/one.xml")},${server.url("/two.xml")}`], io);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const text = out.join("\n");
    const [a, b, c] = STORIES;
    expect(text).toContain(`📰 ${a?.title}`);
    expect(text.split(`📰 ${b?.title}`)).toHaveLength(2);
    expect(text).toContain("reported by 2 sources");
    // The third story is older than the default 24 h.
    expect(text).not.toContain(c?.title);
  });

  it("prints JSON, filters by --since and --topic, and reads FEED_URLS", async () => {
    const command = createDigestCommand({
      env: { ALLOW_PRIVATE_NETWORKS: "true", FEED_URLS: `${server.url("/one.xml")} ${server.url("/two.xml")}` },
      now: () => NOW,
    });
    const { io, out } = capture();
    expect(await command.run(["--json", "--since", "30d"], io)).toBe(0);
    const digest = JSON.parse(out.join("\n"));
    expect(digest.feeds.map((f: { status: string }) => f.status)).toEqual(["updated", "updated"]);
    expect(digest.stories).toHaveLength(3);
    expect(digest.stories[0].summary.headline).toBeTypeOf("string");

    const topical = capture();
    expect(await command.run(["--since", "30d", "--topic", "no-such-topic-here"], topical.io)).toBe(0);
    expect(topical.out.join("\n")).toBe("No stories about “no-such-topic-here” in these feeds.");
  });

  it("refuses private addresses unless ALLOW_PRIVATE_NETWORKS=true, and exits 1 when every feed fails", async () => {
    const command = createDigestCommand({ env: {}, now: () => NOW });
    const { io, err } = capture();
    expect(await command.run(["--feeds", server.url("/one.xml")], io)).toBe(1);
    expect(err.join("\n")).toMatch(/not allowed|loopback|private/i);
    expect(server.requests).toHaveLength(0);
  });

  it("explains bad arguments", async () => {
    expect(() => feedList("")).toThrow(/--feeds/);
    expect(() => feedList("ftp://x.example/feed")).toThrow(/http/);
    expect(feedList("https://a.example/f, https://b.example/g https://a.example/f")).toEqual([
      "https://a.example/f",
      "https://b.example/g",
    ]);
    expect(parseDuration("90m")).toBe(90 * 60_000);
    expect(parseDuration("7d")).toBe(7 * 24 * 3600_000);
    expect(() => parseDuration("soon")).toThrow(/duration/);
    const { io, err } = capture();
    expect(await main(["digest", "--feeds", "https://a.example/f", "--limit", "0"], io)).toBe(1);
    expect(err.join("")).toMatch(/--limit/);
    const help = capture();
    await main(["help"], help.io);
    expect(help.out.join("")).toContain("digest [--feeds URL[,URL…]]");
  });
});
