import { describe, expect, it } from "vitest";
import { countWords, isSpaceAt, isSpaceCode, splitCount } from "../../../src/summarize/quotes/whitespace.js";

describe("whitespace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("looks at a character of a text, and nothing outside it", () => {
    expect(isSpaceAt("a b", 1)).toBe(true);
    expect(isSpaceAt("a b", 0)).toBe(false);
    expect(isSpaceAt("a b", -1)).toBe(false);
    expect(isSpaceAt("a b", 3)).toBe(false);
  });

  it("counts words, up to a maximum", () => {
    expect(countWords("  one two\u00a0three  ", 0, 17)).toBe(3);
    expect(countWords("one two three four five", 0, 23, 4)).toBe(4);
    expect(countWords("one two", 3, 7)).toBe(1);
    expect(countWords("", 0, 0)).toBe(0);
  });

  it("counts the pieces split(/\\s+/) makes", () => {
    for (const text of ["", " ", "a", " a ", "a  b\tc", "\n\na b\n", "x\u2003y"]) {
      expect(splitCount(text), JSON.stringify(text)).toBe(text.split(/\s+/).length);
    }
  });
});
