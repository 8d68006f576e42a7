import { describe, expect, it } from "vitest";
import { isNearDuplicate, jaccard, linkKey, stripSiteSuffix, titleBuckets, wordSet } from "../../src/store/story-similarity.js";

describe("story similarity", () => {
  it("drops a trailing site name but keeps short titles whole", () => {
    expect(stripSiteSuffix("Storm floods hundreds of homes - BBC News")).toBe("Storm floods hundreds of homes");
    expect(stripSiteSuffix("Budget vote | Reuters")).toBe("Budget vote | Reuters");
  });

  it("compares content words without accents, case or stop words", () => {
    expect([...wordSet("The Café is OPEN, the café!")]).toEqual(["cafe", "open"]);
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it("calls two tellings of one story duplicates, and two stories with one headline not", () => {
    const a = {
      title: "Council approves new tram line to the airport",
      lede: "The city council approved a new tram line to the airport on Tuesday, after years of debate.",
    };
    const b = {
      title: "Council approves new tram line to the airport - City Post",
      lede: "The city council on Tuesday approved a new tram line to the airport after years of debate.",
    };
    const c = {
      title: "Council approves new tram line to the airport",
      lede: "Residents near the depot say construction noise will last three years.",
    };
    expect(isNearDuplicate(a, b)).toBe(true);
    expect(isNearDuplicate(a, c)).toBe(false);
    expect(isNearDuplicate({ title: "Live updates" }, { title: "Live updates" })).toBe(false);
    expect(isNearDuplicate({ title: a.title }, { title: b.title })).toBe(true);
  });

  it("puts near-identical titles in a shared bucket and unrelated ones apart", () => {
    const shared = (x: string, y: string) => titleBuckets(x).some((bucket) => titleBuckets(y).includes(bucket));
    expect(titleBuckets("Council approves new tram line to the airport")).toHaveLength(8);
    expect(shared("Council approves new tram line to the airport", "Council approves new tram line to airport - Post")).toBe(
      true,
    );
    expect(shared("Council approves new tram line to the airport", "Runner breaks marathon course record in wind")).toBe(false);
    expect(titleBuckets("")).toEqual([]);
  });

  it("compares links without fragment or trailing slash", () => {
    expect(linkKey("https://News.Example/a/b/#x")).toBe("https://news.example/a/b");
    expect(linkKey("not a url ")).toBe("not a url");
  });
});
