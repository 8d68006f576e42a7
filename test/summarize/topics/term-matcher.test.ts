import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTerms, toWords } from "../../../src/summarize/topics/term-matcher.js";

const found = (terms: string[], text: string): string[] => {
  const out: string[] = [];
  compileTerms(terms.map((t): [string, string] => [t, t])).match(toWords(text), (value) => out.push(value));
  return out;
};

describe("term matcher", () => {
  it("matches whole words only, never inside other words", () => {
    expect(found(["ai"], "She said the rain was plain.")).toEqual([]);
    expect(found(["art"], "The party started early.")).toEqual([]);
  });

  it("matches capitalised terms only as written", () => {
    expect(found(["AI"], "AI tools are spreading, she said.")).toEqual(["AI"]);
    expect(found(["AI"], "Ai Weiwei said ai")).toEqual([]);
    expect(found(["US"], "Let us go to the US")).toEqual(["US"]);
  });

  it("matches phrases, plurals and possessives", () => {
    expect(found(["interest rate"], "Interest rates rose.")).toEqual(["interest rate"]);
    expect(found(["goal"], "Two goals and the club's goal-line save")).toEqual(["goal"]);
    expect(found(["club"], "the club's fans")).toEqual(["club"]);
    expect(found(["climate change"], "climate scientists see change")).toEqual([]);
  });

  it("matches plurals of capitalised terms, curly apostrophes, and plurals only at a phrase's end", () => {
    expect(found(["MEP"], "Two MEPs met two meps.")).toEqual(["MEP"]);
    expect(found(["club"], "the club’s fans")).toEqual(["club"]);
    expect(found(["interest rate"], "interests rate")).toEqual([]);
    expect(found(["bank of england"], "The Bank of England's governor")).toEqual(["bank of england"]);
  });

  it("finds phrases in a text, whose first word alone is no term", () => {
    const terms = ["the sims", "bank of england", "The Killers", "bank"];
    const matcher = compileTerms(terms.map((t): [string, string] => [t, t]));
    const matched = (text: string): string[] => {
      const out: string[] = [];
      matcher.matchText(text, (value, position, length) => out.push(`${value}@${position}+${length}`));
      return out;
    };
    expect(matched("The Sims' sales beat the sim, then the Bank of England’s and The Killers, not the killers.")).toEqual([
      "the sims@0+2",
      "bank of england@8+3",
      "bank@8+1",
      "The Killers@12+2",
    ]);
    expect(matched("the")).toEqual([]);
    expect(matched("in the\nsims")).toEqual(["the sims@1+2"]);
  });

  it("finds the same terms in a text as in its split words, whatever the text", () => {
    const terms = [
      "bank",
      "interest rate",
      "AI",
      "US",
      "club",
      "goal",
      "ceo",
      "u.s",
      "hi-tech",
      "café",
      "mep",
      "bus",
      "news",
      "the sims",
      "bank of england",
      "The Killers",
    ];
    const matcher = compileTerms(terms.map((t): [string, string] => [t, t]));
    const calls = (run: (onMatch: (value: string, position: number, length: number) => void) => void): string[] => {
      const out: string[] = [];
      run((value, position, length) => out.push(`${value}@${position}+${length}`));
      return out;
    };
    // Pieces of words, joiners, curly apostrophes, capitals, accents, an astral letter and a lone surrogate.
    const piece = fc.constantFrom(
      ..."bank banks bank's bank’s BANK Bank's interest rates rate AI Ai US us club clubs' goal goals CEOs ceos U.S u.s hi-tech café CAFÉS MEPs bus buses news the The sims Sims' killers Killers of England england's".split(
        " ",
      ),
      " ",
      "-",
      "'",
      "’",
      ".",
      ",",
      "&",
      "\n",
      "𝐀",
      "\ud800",
      "é",
      "s",
      "İ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, cuts) => {
        const text = pieces.join("");
        expect(calls((onMatch) => matcher.matchText(text, onMatch))).toEqual(
          calls((onMatch) => matcher.match(toWords(text), onMatch)),
        );
        // Ranges of the text (cut anywhere, even inside a word or a surrogate pair) read as if joined by line breaks.
        const points = cuts.map((cut) => cut % (text.length + 1)).sort((a, b) => a - b);
        const ranges = points.flatMap((start, i) => (i % 2 === 0 ? [{ start, end: points[i + 1] ?? text.length }] : []));
        const joined = ranges.map((range) => text.slice(range.start, range.end)).join("\n");
        expect(calls((onMatch) => matcher.matchText(text, onMatch, ranges))).toEqual(
          calls((onMatch) => matcher.match(toWords(joined), onMatch)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
