import { describe, expect, it } from "vitest";
import { isLetter, tokensBefore, wordBefore } from "../../../src/summarize/figures/scan-words.js";

describe("scan-words", () => {
  it("tells letters", () => {
    expect(isLetter("a")).toBe(true);
    expect(isLetter("é")).toBe(true);
    expect(isLetter("5")).toBe(false);
    expect(isLetter(undefined)).toBe(false);
  });

  it("finds the word right before an offset", () => {
    const text = "the Boeing 737";
    expect(wordBefore(text, 0, text.indexOf("737"))).toEqual({ word: "Boeing", start: 4 });
    expect(wordBefore("(737", 0, 1)).toBeNull();
  });

  it("reads tokens backwards, nearest first", () => {
    const text = "Sales rose 5% to";
    expect(tokensBefore(text, 0, text.length, 10).map((t) => t.text)).toEqual(["to", "%", "5", "rose", "Sales"]);
    expect(tokensBefore(text, 6, text.length, 10).map((t) => t.text)).toEqual(["to", "%", "5", "rose"]);
  });
});
