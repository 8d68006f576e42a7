import { describe, expect, it } from "vitest";
import { pickKeyQuotes } from "../../../src/summarize/quotes/pick-key-quotes.js";

describe("pickKeyQuotes", () => {
  it("prefers whole sentences by named people, at most four", () => {
    const named = (text: string) => ({ text, kind: "statement" as const, named: true });
    const keys = pickKeyQuotes([
      { text: "Nobody said who would pay for the new roads in the north.", kind: "statement", named: false },
      named("The budget is balanced for the first time in ten years."),
      named("We will cut taxes for every family with children this spring."),
      named("the plan"),
      named("Our hospitals will get two thousand more nurses by next winter."),
      named("Pensions will rise with prices from now on, without exception."),
      named("This government keeps its promises, and the numbers show it."),
    ]);
    expect([...keys].sort()).toEqual([1, 2, 4, 5]);
  });

  it("falls back to unnamed statements, and never picks partial quotes", () => {
    const keys = pickKeyQuotes([
      { text: "a farce", kind: "partial", named: true },
      { text: "The museum will reopen on the first of June, the sign said.", kind: "statement", named: false },
    ]);
    expect([...keys]).toEqual([1]);
  });

  it("picks nothing when there is no statement", () => {
    expect(pickKeyQuotes([{ text: "rigged", kind: "fragment", named: true }]).size).toBe(0);
  });
});
