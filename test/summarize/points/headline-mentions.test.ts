import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { countMentions } from "../../../src/summarize/points/headline-mentions.js";

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
