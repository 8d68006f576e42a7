import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/summarize/clean-text.js";
import { splitSentences } from "../../src/summarize/split-sentences.js";

const split = (text: string): string[] => splitSentences(text, cleanText(text)).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("survives abbreviations, dates, decimals and initials", () => {
    expect(
      split("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. Sales rose 3.5% to $1.2bn. J. K. Rowling spoke."),
    ).toEqual(["Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.", "Sales rose 3.5% to $1.2bn.", "J. K. Rowling spoke."]);
  });

  it("ends a sentence after U.S. when a new sentence clearly starts", () => {
    expect(split("The team moved to the U.S. The move cost $2m.")).toEqual(["The team moved to the U.S.", "The move cost $2m."]);
  });

  it("keeps closing quotes with their sentence and splits on ! and ?", () => {
    expect(split("“We will win,” she said. “Will we?” he asked. Yes! It worked.")).toEqual([
      "“We will win,” she said.",
      "“Will we?” he asked.",
      "Yes!",
      "It worked.",
    ]);
  });

  it("never splits a sentence across paragraphs and records the paragraph index", () => {
    const text = "One line without a stop\n\nNext paragraph. Another one.";
    const sentences = splitSentences(text, cleanText(text));
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
