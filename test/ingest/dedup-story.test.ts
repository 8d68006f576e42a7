import { describe, expect, it } from "vitest";
import { rememberSeen, seenKeys, storyId, withSource } from "../../src/ingest/dedup-story.js";
import { makeArticle } from "../store/article-store.contract.js";

describe("storyId", () => {
  it("is the same for every feed carrying a link, and differs by item when there is no link", () => {
    expect(storyId("https://n.example/a", "https://f1.example/rss", "1")).toBe(
      storyId("https://n.example/a", "https://f2.example/rss", "zz"),
    );
    expect(storyId("https://n.example/a", "f", "1")).not.toBe(storyId("https://n.example/b", "f", "1"));
    expect(storyId(undefined, "f", "1")).not.toBe(storyId(undefined, "f", "2"));
    expect(storyId(undefined, "f", "1")).toMatch(/^[\w-]{16}$/);
  });
});

describe("withSource", () => {
  it("adds a new feed once and leaves the story untouched", () => {
    const story = makeArticle("s");
    const merged = withSource(story, { feedUrl: "https://other.example/rss", url: "https://other.example/s" });
    expect(merged?.sources.map((s) => s.feedUrl)).toEqual(["https://news.example/feed.xml", "https://other.example/rss"]);
    expect(story.sources).toHaveLength(1);
    expect(
      withSource(merged ?? story, { feedUrl: "https://other.example/rss", url: "https://other.example/s2" }),
    ).toBeUndefined();
  });
});

describe("seen items", () => {
  it("remembers ids and links, newest last, bounded", () => {
    const [id, url] = seenKeys("g1", "https://n.example/a");
    expect(id).toMatch(/^[\w-]{12}$/);
    expect(url).toMatch(/^[\w-]{12}$/);
    expect(seenKeys("g1", undefined)).toEqual([id]);
    expect(seenKeys("g2", "https://n.example/a")[1]).toBe(url);
    expect(seenKeys("g2", "https://n.example/a")[0]).not.toBe(id);
    // An id that looks like a link is still not that link.
    expect(seenKeys("https://n.example/a", undefined)[0]).not.toBe(url);
    expect(rememberSeen(["a", "b", "c"], ["b", "d"], 10)).toEqual(["a", "c", "b", "d"]);
    expect(rememberSeen(["a", "b", "c"], ["d", "e"], 3)).toEqual(["c", "d", "e"]);
  });
});
