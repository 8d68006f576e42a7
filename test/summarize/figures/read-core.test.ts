import { describe, expect, it } from "vitest";
import { readCore } from "../../../src/summarize/figures/read-core.js";

function core(text: string) {
  return readCore(text, 0, text.length);
}

describe("readCore", () => {
  it("reads digits with separators and decimals", () => {
    expect(core("12,345.5 tons")).toMatchObject({ value: 12_345.5, end: 8, formatted: true });
    expect(core("12,34,567 rupees")?.value).toBe(1_234_567);
    expect(core("80, 000 fans")?.value).toBe(80_000);
  });

  it("leaves a trailing comma to the sentence", () => {
    expect(core("300, and more")).toMatchObject({ value: 300, end: 3 });
  });

  it("reads fractions", () => {
    expect(core("3/4 of it")).toMatchObject({ value: 0.75, fraction: true });
    expect(core("7 3/4 miles")?.value).toBe(7.75);
    expect(core("½ cup")?.value).toBe(0.5);
    expect(core("24/7")).toBeNull();
  });

  it("reads numbers in words", () => {
    expect(core("twenty-one guns")).toMatchObject({ value: 21, words: 2 });
  });
});
