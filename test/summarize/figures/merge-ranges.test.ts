import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../src/summarize/figures/find-numbers.js";
import { mergeRanges } from "../../../src/summarize/figures/merge-ranges.js";
import { notFigureReason } from "../../../src/summarize/figures/not-figure-reason.js";

function merged(sentence: string) {
  const mentions = findNumbers(sentence, 0, sentence.length);
  for (const m of mentions) m.dropped = notFigureReason(sentence, m, 0, sentence.length) !== null;
  return mergeRanges(sentence, mentions, 0)
    .filter((m) => !m.dropped)
    .map((m) => ({ text: sentence.slice(m.start, m.end), value: m.value, unit: m.unit }));
}

describe("mergeRanges", () => {
  it("joins ranges and shares the unit", () => {
    expect(merged("It takes 20 to 30 minutes.")).toEqual([{ text: "20 to 30 minutes", value: [20, 30], unit: "minute" }]);
    expect(merged("Rents rose 10-15%.")).toEqual([{ text: "10-15%", value: [10, 15], unit: "%" }]);
    expect(merged("It costs between $5 and $8.")).toEqual([{ text: "$5 and $8", value: [5, 8], unit: "dollar" }]);
  });

  it("distributes a scale written in words over the whole range", () => {
    expect(merged("Between two and three million visitors came.")[0]?.value).toEqual([2_000_000, 3_000_000]);
    expect(merged("It drew five to six thousand fans.")[0]?.value).toEqual([5000, 6000]);
    expect(merged("They lent 2 to 3 billion dollars.")[0]?.value).toEqual([2e9, 3e9]);
  });

  it("keeps alternatives and a change as separate values", () => {
    expect(merged("Three or four ferries sailed.").length).toBe(2);
    expect(merged("Fares went up 2.4 % this year.").map((m) => m.value)).toEqual([2.4]);
  });

  it("keeps a value before and after a change apart", () => {
    expect(merged("Sales rose by $2 to $9.").map((m) => m.value)).toEqual([2, 9]);
    expect(merged("Sales rose 5% to $9.").map((m) => m.value)).toEqual([5, 9]);
  });

  it("joins 'from X to Y' even across units written once", () => {
    expect(merged("He went from 208 pounds to 193.")[0]?.value).toEqual([208, 193]);
  });

  it("drops scores and what is glued to a dropped year", () => {
    expect(merged("They won 3-1 at home.")).toEqual([]);
    expect(merged("In the 2019-20 season they won.")).toEqual([]);
  });

  it("joins dollars and cents", () => {
    expect(merged("It cost 15 dollars 50.")).toEqual([{ text: "15 dollars 50", value: 15.5, unit: "dollar" }]);
  });
});
