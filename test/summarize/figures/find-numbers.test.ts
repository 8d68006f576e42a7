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

  it("reads scales glued to the number, as Malaysian and Singaporean English writes them", () => {
    expect(numbers("The council spent RM3.5mil on roads.")).toMatchObject([{ text: "RM3.5mil", value: 3_500_000 }]);
    expect(numbers("The grant was S$2mil.")).toMatchObject([{ text: "S$2mil", value: 2_000_000, unit: "singapore dollar" }]);
    expect(numbers("Ticket sales reached 1.5m viewers.")[0]?.value).toBe(1_500_000);
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
