import { describe, expect, it } from "vitest";
import { mayAlert } from "../../src/alerts/alert-fanout.js";
import { alertMatches, matchingTerms } from "../../src/alerts/match-alerts.js";
import { alertStory } from "./alert-stories.js";

const NOW = new Date("2026-03-01T09:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();

describe("alert matching", () => {
  const okafor = alertStory("a1", { speaker: "Amara Okafor", text: 'Harbour works approved. "We are ready," she said.' });

  it("matches a surname-only alert on the speaker's full name, case and accent insensitive", () => {
    expect(alertMatches(okafor, "Okafor")).toBe(true);
    expect(alertMatches(okafor, "okáfor")).toBe(true);
    expect(alertMatches(alertStory("a2", { speaker: "Zoë Brennan-Lowe" }), "zoe brennan lowe")).toBe(true);
  });

  it("needs every word of a full-name alert", () => {
    expect(alertMatches(okafor, "Amara Okafor")).toBe(true);
    expect(alertMatches(okafor, "Ngozi Okafor")).toBe(false);
    expect(alertMatches(alertStory("a3", { speaker: "Okafor" }), "Amara Okafor")).toBe(false);
  });

  it("matches only key quotes' speakers", () => {
    const story = alertStory("a4", { speaker: "Amara Okafor", text: "Harbour works approved." });
    const quiet = { ...story, summary: { ...story.summary, quotes: story.summary.quotes.map((q) => ({ ...q, key: false })) } };
    expect(alertMatches(quiet, "Okafor")).toBe(false);
  });

  it("matches a keyword as whole words of the title or text, or a topic tag, as /latest does", () => {
    const story = alertStory("k1", {
      title: "Tidal barrier plan for Larnholm",
      text: "Engineers want a tidal barrier.",
      topics: ["science"],
    });
    expect(alertMatches(story, "tidal barrier")).toBe(true);
    expect(alertMatches(story, "LARNHOLM")).toBe(true);
    expect(alertMatches(story, "science")).toBe(true);
    expect(alertMatches(story, "tide")).toBe(false);
    expect(alertMatches(story, "barrier plan for larnholm")).toBe(true);
    expect(alertMatches(story, "barrier tidal")).toBe(false);
  });

  it("lists the matching terms in the user's order", () => {
    expect(matchingTerms(okafor, ["climate", "harbour", "Okafor"])).toEqual(["harbour", "Okafor"]);
  });
});

describe("which new stories may alert", () => {
  it("takes stories of later polls published in the last 24 h, and undated ones (their fetch time)", () => {
    expect(mayAlert(alertStory("n1", { publishedAt: hoursAgo(2), fetchedAt: NOW.toISOString() }), NOW)).toBe(true);
    expect(mayAlert(alertStory("n2", { publishedAt: null, fetchedAt: NOW.toISOString() }), NOW)).toBe(true);
    expect(mayAlert(alertStory("n3", { publishedAt: hoursAgo(72), fetchedAt: NOW.toISOString() }), NOW)).toBe(false);
  });

  it("takes a first fetch's stories only when dated within the last 24 h, as digests do", () => {
    const first = { deliverable: false, fetchedAt: NOW.toISOString() } as const;
    expect(mayAlert(alertStory("f1", { ...first, publishedAt: hoursAgo(2) }), NOW)).toBe(true);
    expect(mayAlert(alertStory("f2", { ...first, publishedAt: hoursAgo(72) }), NOW)).toBe(false);
    expect(mayAlert(alertStory("f3", { ...first, publishedAt: null }), NOW)).toBe(false);
  });
});
