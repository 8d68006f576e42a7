import { describe, expect, it } from "vitest";
import { isCompleteAt } from "../../../src/summarize/points/headline-cut.js";

const words = (s: string): string[] => s.split(" ");

describe("isCompleteAt", () => {
  it("allows stopping at the end or before a new phrase", () => {
    const headline = words("Velora widens losses after costly expansion");
    expect(isCompleteAt(headline, headline.length)).toBe(true);
    expect(isCompleteAt(headline, 3)).toBe(true);
  });

  it("refuses to stop on a bare main verb, a modal or inside a name", () => {
    expect(isCompleteAt(words("Velora widens losses after costly expansion"), 2)).toBe(false);
    expect(isCompleteAt(words("Holt to sign new deal"), 2)).toBe(false);
    expect(isCompleteAt(words("Holt to sign new deal"), 3)).toBe(false);
    expect(isCompleteAt(words("Holt wins Kelmouth Cup final"), 3)).toBe(false);
    expect(isCompleteAt(words("Holt praises Kelmouth's new coach"), 3)).toBe(false);
  });

  it("refuses to part a reported subject from its verb", () => {
    expect(isCompleteAt(words("Holt admits Rovers are favourites"), 3)).toBe(false);
    expect(isCompleteAt(words("Holt admits Rovers were lucky to win"), 5)).toBe(true);
  });

  it("refuses to cut a long subject off just before its verb", () => {
    expect(isCompleteAt(words("Sales at ferry firm Velora slipped 11%"), 5)).toBe(false);
    expect(isCompleteAt(words("Velora sold Kelmouth ships"), 3)).toBe(true);
  });

  it("refuses to stop on a count without what it counts, but allows a year", () => {
    expect(isCompleteAt(words("Velora loses in 11 races"), 4)).toBe(false);
    expect(isCompleteAt(words("Velora grew in 2004 profits say"), 4)).toBe(true);
  });
});
