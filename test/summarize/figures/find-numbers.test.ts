import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../src/summarize/figures/find-numbers.js";

function numbers(sentence: string) {
  return findNumbers(sentence, 0, sentence.length).map((m) => ({
    text: sentence.slice(m.start, m.end),
    value: m.value,
    unit: m.unit,
  }));
}

describe("findNumbers", () => {
  it("reads currency, scale, unit and rate around a number", () => {
    expect(numbers("It paid US $58.24 per barrel.")).toEqual([
      { text: "US $58.24 per barrel", value: 58.24, unit: "dollar per barrel" },
    ]);
    expect(numbers("A 1.2m crowd and 1.2m people.")).toEqual([
      { text: "1.2m", value: 1.2, unit: "metre" },
      { text: "1.2m", value: 1_200_000, unit: null },
    ]);
  });

  it("reads negative numbers but not dashes", () => {
    expect(numbers("It fell to minus 12 degrees, then -5 degrees.").map((n) => n.value)).toEqual([-12, -5]);
    expect(numbers("A 75 -300mm lens.").map((n) => n.value)).toEqual([75, 300]);
  });

  it("reads fractions written with digits", () => {
    expect(numbers("It is 10 1/2 miles and ½ cup.").map((n) => n.value)).toEqual([10.5, 0.5]);
    expect(numbers("Open 24/7.")).toEqual([]);
  });

  it("skips numbers glued to letters", () => {
    expect(numbers("The XC40 and 5G and the 21st.")).toEqual([]);
  });

  it("skips phone numbers and serials", () => {
    expect(numbers("Ring 0161 496 0000 or quote 12-345-678.")).toEqual([]);
  });
});
