import { describe, expect, it } from "vitest";
import { cleanText } from "../../../src/summarize/clean-text.js";
import { pairQuoteMarks } from "../../../src/summarize/quotes/pair-quote-marks.js";

// Sentences written for these tests.
function innerTexts(text: string): string[] {
  return pairQuoteMarks(text, cleanText(text)).map((run) => run.inner.map((s) => text.slice(s.start, s.end)).join(" | "));
}

describe("pairQuoteMarks", () => {
  it("pairs curly, straight, guillemet and low-high marks", () => {
    expect(innerTexts('He said “yes” and then "no" and «peut-être» and „vielleicht“.')).toEqual([
      "yes",
      "no",
      "peut-être",
      "vielleicht",
    ]);
  });

  it("leaves apostrophes alone: don’t, ’90s, Jones’, rock ’n’ roll", () => {
    expect(innerTexts("Jones’ band doesn’t play ’90s rock ’n’ roll, the band’s fans say.")).toEqual([]);
  });

  it("reads top-level ‘single’ quotes only when they close before the paragraph ends", () => {
    expect(innerTexts("The headline read ‘Markets tumble again’ on Monday.")).toEqual(["Markets tumble again"]);
    expect(innerTexts("We’ll see ‘bout that, said the man who’d won.")).toEqual([]);
  });

  it("keeps a quote nested in another inside it", () => {
    expect(innerTexts('"She told me “never again” and left," he said.')).toEqual(["She told me “never again” and left,"]);
  });

  it("closes a straight quote that ends after a nested single quote", () => {
    expect(innerTexts("\"It was called the 'Title Prize,' \" she wrote.")).toEqual(["It was called the 'Title Prize,' "]);
  });

  it("runs a quote over paragraphs that reopen with a mark", () => {
    const text = "“First part of the speech.\n\n“Second part of the speech.”\n\nAfter.";
    const runs = pairQuoteMarks(text, cleanText(text));
    expect(runs).toHaveLength(1);
    expect(runs[0]?.closed).toBe(true);
    expect(runs[0]?.paragraph).toBe(0);
    expect(runs[0]?.lastParagraph).toBe(1);
    expect(innerTexts(text)).toEqual(["First part of the speech. | Second part of the speech."]);
  });

  it("ends an unclosed quote at its paragraph when the next does not reopen", () => {
    const text = "“An unclosed quotation here.\n\nPlain text follows.";
    const runs = pairQuoteMarks(text, cleanText(text));
    expect(runs).toHaveLength(1);
    expect(runs[0]?.closed).toBe(false);
    expect(text.slice(runs[0]?.start, runs[0]?.end)).toBe("“An unclosed quotation here.");
  });
});

describe("pairQuoteMarks: marks writers get wrong", () => {
  it("nests a second “ inside an open “ when two ” are still to come", () => {
    const text = "“The claim that the deal “has to do with the pier” is wrong,” wrote Ada Obi.";
    const runs = pairQuoteMarks(text, [{ start: 0, end: text.length }]);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual([
      "“The claim that the deal “has to do with the pier” is wrong,”",
    ]);
  });

  it("opens a quote that starts with an elision after a space", () => {
    const text = "As the paper reported, “ … if the vote were held tonight, the mayor would win.”";
    const runs = pairQuoteMarks(text, [{ start: 0, end: text.length }]);
    expect(runs).toHaveLength(1);
  });
});
