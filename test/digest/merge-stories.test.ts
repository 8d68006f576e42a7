import { describe, expect, it } from "vitest";
import { mergeStories } from "../../src/digest/merge-stories.js";
import { rankStories } from "../../src/digest/rank-stories.js";
import { selectStories } from "../../src/digest/select-stories.js";
import { openStores } from "../../src/store/open-store.js";
import { story, storyArticles } from "../chat/stories.js";

const NOW = new Date("2026-03-01T09:00:00Z");

describe("selectStories", () => {
  it("keeps deliverable stories of the topics inside the window", async () => {
    const stores = await openStores("memory://");
    for (const article of storyArticles()) await stores.articles.put(article);
    await stores.articles.put({ ...story("s-summit"), id: "primed", title: "Primed world story", deliverable: false });
    const ids = async (topics: string[], since: string, until = NOW) =>
      (await selectStories(stores.articles, { topics, since: new Date(since), until })).map((a) => a.id);
    expect(await ids(["World"], "2026-02-28T00:00:00Z")).toEqual(["s-flood", "s-flood-wire", "s-summit"]);
    expect(await ids(["world"], "2026-03-01T00:00:00Z")).toEqual(["s-flood", "s-flood-wire"]);
    expect(await ids(["world"], "2026-02-28T00:00:00Z", new Date("2026-03-01T06:45:00Z"))).toEqual(["s-flood-wire", "s-summit"]);
    expect(await ids(["tech", "climate"], "2026-02-28T00:00:00Z")).toEqual(["s-flood", "s-chips"]);
    await stores.close();
  });
});

describe("mergeStories and rankStories", () => {
  it("merges the same story from several feeds and counts its sources", () => {
    const merged = mergeStories(storyArticles());
    expect(merged.map((s) => [s.article.id, s.ids, s.sources.length])).toEqual([
      ["s-flood", ["s-flood", "s-flood-wire"], 3],
      ["s-chips", ["s-chips"], 1],
      ["s-summit", ["s-summit"], 1],
    ]);
  });

  it("ranks widely reported, on-topic stories first", () => {
    const ranked = rankStories(
      mergeStories([story("s-summit"), story("s-chips"), story("s-flood"), story("s-flood-wire")]),
      ["world"],
      NOW,
    );
    expect(ranked.map((s) => s.article.id)).toEqual(["s-flood", "s-summit", "s-chips"]);
  });
});
