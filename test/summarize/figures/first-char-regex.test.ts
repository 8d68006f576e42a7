import { describe, expect, it } from "vitest";
import { firstCharSubsets, firstChars } from "../../../src/summarize/figures/first-char-regex.js";

const SOURCES = ["years?(?: ?- ?| )olds?|yo", "(?:us |u\\.s\\. )?dollars?|usd", "\\$|€", "C(?= [a-z]|[.,;)]|$)", "[kK]m", "km?"];

function subsetMatch(text: string, ignoreCase: boolean): string | null {
  const flags = ignoreCase ? "iuy" : "uy";
  const build = (indices: number[]) => new RegExp(`(?:${indices.map((i) => `(${SOURCES[i]})`).join("|")})`, flags);
  const table = firstCharSubsets(SOURCES, ignoreCase, build);
  const subset = table[text.charCodeAt(0)];
  if (!subset) return null;
  subset.re.lastIndex = 0;
  return subset.re.exec(text)?.[0] ?? null;
}

function fullMatch(text: string, ignoreCase: boolean): string | null {
  const re = new RegExp(`(?:${SOURCES.map((s) => `(${s})`).join("|")})`, ignoreCase ? "iuy" : "uy");
  return re.exec(text)?.[0] ?? null;
}

describe("first-char-regex", () => {
  it("reads the characters a source can start with", () => {
    expect([...(firstChars("years?|yo") ?? [])]).toEqual(["y"]);
    expect([...(firstChars("(?:us |u\\.s\\. |american )?dollars?|usd") ?? [])].sort()).toEqual(["a", "d", "u"]);
    expect([...(firstChars("\\$|€") ?? [])]).toEqual(["$", "€"]);
    expect([...(firstChars("C(?= [a-z]|[.,;)]|$)") ?? [])]).toEqual(["C"]);
  });

  it("gives up on sources it cannot read", () => {
    expect(firstChars("[kK]m")).toBeNull();
    expect(firstChars("(?:a)?")).toBeNull();
    expect(firstChars("\\d+")).toBeNull();
  });

  it("matches what the whole alternation matches", () => {
    const texts = ["years old", "Yo!", "US dollars", "usd", "$5", "C.", "C x", "km", "Km", "k", "x", " km", "Dollar"];
    for (const ignoreCase of [true, false]) {
      for (const text of texts) expect(subsetMatch(text, ignoreCase), `${text} ${ignoreCase}`).toBe(fullMatch(text, ignoreCase));
    }
  });
});
