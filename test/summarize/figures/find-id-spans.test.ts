import { describe, expect, it } from "vitest";
import { findIdSpans } from "../../../src/summarize/figures/find-id-spans.js";

function ids(text: string): string[] {
  return findIdSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe("findIdSpans", () => {
  it("finds phone numbers, ISO dates and serials", () => {
    expect(ids("Call +44 20 7946 0000 today.")).toEqual(["+44 20 7946 0000"]);
    expect(ids("Call (555) 123-4567 today.")).toEqual(["(555) 123-4567"]);
    expect(ids("Filed on 2024-03-25 as 11-222-333.")).toEqual(["2024-03-25", "11-222-333"]);
  });

  it("leaves quantities alone", () => {
    expect(ids("Between 10 and 15, then 1,200 and 3.5 million.")).toEqual([]);
    expect(ids("Scores of 10-15 and 20-30 were common.")).toEqual([]);
  });
});
