import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import {
  countMentions,
  headlineFromLede,
  MAX_HEADLINE_WORDS,
  writeHeadline,
} from "../../../src/summarize/points/write-headline.js";

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe("writeHeadline", () => {
  it("uses the cleaned title when there is one", () => {
    expect(writeHeadline("Port of Kelmouth reopens - Kelmouth News", "Anything.")).toBe("Port of Kelmouth reopens");
  });

  it("writes from the lede when there is no title", () => {
    const headline = writeHeadline(undefined, "The harbour of Kelmouth has reopened after a storm closed it for a week.");
    expect(headline).toMatch(/^Harbour of Kelmouth reopens/);
  });

  it("keeps the names the article comes back to and drops a first name it never repeats", () => {
    const text =
      "Kelmouth Rovers striker Peter Vane netted three goals against Dunmore on Saturday. Vane has now scored 20 goals this season. Rovers lead the table. Vane said Rovers deserved the win.";
    const layout = layoutText(text);
    const lede = "Kelmouth Rovers striker Peter Vane netted three goals against Dunmore on Saturday.";
    const headline = writeHeadline(undefined, lede, layout);
    expect(headline.startsWith("Vane nets three goals")).toBe(true);
    expect(headline).not.toContain("Peter");
    expect(headline.split(" ").length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
  });
});

describe("countMentions", () => {
  it("counts whole-word repeats outside the lede, with plurals and possessives", () => {
    const text = "The bank cut rates. Banks followed. The bank's chief spoke. Bankers were calm. Riverbank flooded.";
    const mentions = countMentions(layoutText(text), "The bank cut rates.");
    expect(mentions("bank")).toBe(2);
    expect(mentions("Banks")).toBe(2);
    expect(mentions("rates")).toBe(0);
    expect(mentions("chief")).toBe(1);
  });
});

describe("headlineFromLede", () => {
  it("drops the setting before the first comma, the trailing attribution and time phrases", () => {
    const headline = headlineFromLede(
      "On Monday, Northbridge council approved a plan to rebuild the old bridge, officials said.",
    );
    expect(headline).toBe("Northbridge council approved plan to rebuild old bridge");
  });

  it("cuts a described name down to the surname and writes the future as 'to'", () => {
    expect(headlineFromLede("Kelmouth Rovers manager Peter Vane will sign striker Tom Ash next week.")).toBe(
      "Vane to sign striker Tom Ash",
    );
  });

  it("drops asides between commas and rewrites market openers", () => {
    expect(headlineFromLede("Dana Holt, who founded the Kelmouth choir, has died at the age of 90.")).toMatch(
      /^Holt (?:died|dies)/,
    );
    expect(headlineFromLede("Shares in troubled carmaker Velora Motors have tumbled after a profit warning.")).toBe(
      "Velora Motors shares tumble",
    );
  });

  it("drops agency datelines", () => {
    expect(headlineFromLede("LISBON (Reuters) - Portugal's central bank has cut its growth forecast for the year.")).toMatch(
      /^Portugal's central bank cut growth forecast/,
    );
  });

  it("never writes more than 14 words and never ends on a dangling word", () => {
    const lede =
      "A very long sentence about the many committees of the regional assembly and the reports they wrote and the meetings they held in the spring and the summer of the year.";
    for (const max of [6, 10, 14, 40]) {
      const headline = headlineFromLede(lede, max);
      expect(words(headline)).toBeLessThanOrEqual(Math.min(max, MAX_HEADLINE_WORDS));
      expect(headline).not.toMatch(/\b(?:the|of|and|in|a)$/i);
    }
  });
});
