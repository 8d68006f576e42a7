import { describe, expect, it } from "vitest";
import { cleanText, isBoilerplate } from "../../src/summarize/clean-text.js";

const kept = (text: string): string[] => cleanText(text).map((p) => text.slice(p.start, p.end));

describe("cleanText", () => {
  it("keeps news paragraphs and drops each kind of page furniture", () => {
    const text = [
      "By Jane Roe and Tom Vale",
      "The council of Northbridge voted on Tuesday to close two bridges for repairs.",
      "Workers inspect the old bridge in Northbridge, on May 2. (Photo by Ann Lee / AFP)",
      "Engineers said the repairs would take eight months.",
      "This article has been posted by a staff writer. For queries, please contact through [email protected]",
      "12 comments",
      "Share this article",
      "No Comments",
    ].join("\n\n");
    expect(kept(text)).toEqual([
      "The council of Northbridge voted on Tuesday to close two bridges for repairs.",
      "Engineers said the repairs would take eight months.",
    ]);
  });

  it("gives offsets into the original text and trims spaces", () => {
    const text = "  First paragraph here.  \n\nSecond one.";
    const spans = cleanText(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First paragraph here.", "Second one."]);
  });

  it("skips an agency dateline at the start of a paragraph", () => {
    const text = "Lisbon (CNN) -- The mayor of a small town resigned on Friday.";
    expect(kept(text)).toEqual(["The mayor of a small town resigned on Friday."]);
    expect(kept("(CNN)Rain closed the roads.")).toEqual(["Rain closed the roads."]);
  });

  it("does not mistake news for boilerplate", () => {
    expect(isBoilerplate("By the end of the year, the firm expects to hire 300 people.")).toBe(false);
    expect(isBoilerplate("Share prices fell 3% in early trading.")).toBe(false);
    expect(isBoilerplate("“Contact us if you see anything,” the police chief told residents.")).toBe(false);
    expect(isBoilerplate("Posted by Sam Hill")).toBe(true);
    expect(isBoilerplate("Image caption: A view of the harbour")).toBe(true);
  });
});
