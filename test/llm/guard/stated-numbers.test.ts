import { describe, expect, it } from "vitest";
import { statedNumbers } from "../../../src/llm/guard/stated-numbers.js";

const values = (text: string) => statedNumbers(text).map((number) => number.values);

describe("statedNumbers", () => {
  it("reads one quantity the same however it is written", () => {
    for (const text of ["1.2 million", "1,200,000", "1.2m", "1\u202f200\u202f000", "1,2 million", "1.2 mn"]) {
      expect(values(text).flat()).toContain(1_200_000);
    }
  });

  it("reads scales, spelled-out numbers and ordinals", () => {
    expect(values("$5bn")).toEqual([[5e9]]);
    expect(values("twenty-five dead, two hundred and ten hurt")).toEqual([[25], [210]]);
    expect(values("a dozen boats, two dozen nets")).toEqual([[12], [24]]);
    expect(values("the 21st time in 2024")).toEqual([[21], [2024]]);
  });

  it("keeps both readings of a lone separator before three digits", () => {
    expect(values("1.200")).toEqual([[1200, 1.2]]);
    expect(values("1,234.5 and 1.234,5")).toEqual([[1234.5], [1234.5]]);
  });

  it("does not read pronouns, articles or names as numbers", () => {
    expect(values("one of the boats, a two-day strike")).toEqual([[2]]);
    expect(values("the G7 summit")).toEqual([]);
  });
});
