import { describe, expect, it } from "vitest";
import { findNumbers } from "../../../src/summarize/figures/find-numbers.js";
import { notFigureReason } from "../../../src/summarize/figures/not-figure-reason.js";

function reasons(sentence: string): (string | null)[] {
  return findNumbers(sentence, 0, sentence.length).map((m) => notFigureReason(sentence, m, 0, sentence.length));
}

describe("notFigureReason", () => {
  it("finds dates, years and times", () => {
    expect(reasons("It happened on May 3.")).toEqual(["date"]);
    expect(reasons("It happened on 3 May.")).toEqual(["date"]);
    expect(reasons("It happened in 2008.")).toEqual(["year"]);
    expect(reasons("It happened at 9 a.m. sharp.")).toEqual(["time"]);
  });

  it("keeps a four-digit count of things", () => {
    expect(reasons("The plant employs about 1950 workers.")).toEqual([null]);
  });

  it("finds parts of names", () => {
    expect(reasons("They flew on a Boeing 747 to Paris.")).toEqual(["name"]);
    expect(reasons("The storm is now a category 4 hurricane.")).toEqual(["name"]);
    expect(reasons("He lives at 12 Baker Street.")).toEqual(["name"]);
  });

  it("keeps counts of nationalities", () => {
    expect(reasons("The survey covered 7 European countries.")).toEqual([null]);
  });

  it("finds ages in apposition", () => {
    expect(reasons("Anna Berg, 34, won.")).toEqual(["age"]);
  });

  it("finds 'one' and 'half' in idioms", () => {
    expect(reasons("They helped one another.")).toEqual(["idiom"]);
    expect(reasons("It was the first half of the match.")).toEqual(["idiom"]);
    expect(reasons("Half of them stayed.")).toEqual([null]);
  });

  it("finds 'one' used as a pronoun after an adjective", () => {
    expect(reasons("The second goal was the better one by far.")).toEqual(["pronoun"]);
    expect(reasons("That was a lucky one from the spot.")).toEqual(["pronoun"]);
    expect(reasons("It took a mere one day.")).toEqual([null]);
  });
});
