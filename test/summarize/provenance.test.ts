import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitTitle } from "../../src/app/cli-summarize.js";
import { summarize } from "../../src/summarize/index.js";
import type { Summary } from "../../src/types.js";

const fixtures = join(import.meta.dirname, "../fixtures/articles");
const articles = readdirSync(fixtures)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, ...splitTitle(readFileSync(join(fixtures, name), "utf8")) }));

/** Every quote's words and every figure as written lie inside text.slice(start, end). */
function provenanceProblems(text: string, summary: Summary): string[] {
  const problems: string[] = [];
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const quote of summary.quotes) {
    const span = text.slice(quote.start, quote.end);
    const spanWords = new Set(words(span));
    if (quote.start < 0 || quote.end > text.length || quote.start >= quote.end)
      problems.push(`bad quote span ${quote.start}-${quote.end}`);
    for (const word of words(quote.text))
      if (!spanWords.has(word)) problems.push(`quote word "${word}" not in ${JSON.stringify(span)}`);
    if (quote.speakerStart !== null && quote.speakerEnd !== null) {
      const mention = text.slice(quote.speakerStart, quote.speakerEnd);
      if (!mention.trim()) problems.push(`empty speaker mention for ${quote.speaker}`);
    }
  }
  for (const figure of summary.figures) {
    if (text.slice(figure.start, figure.end) !== figure.text)
      problems.push(`figure "${figure.text}" is not at ${figure.start}-${figure.end}`);
  }
  return problems;
}

describe("provenance: every quote and figure points back into the source text", () => {
  it.each(articles)("$name", ({ text, title }) => {
    const summary = summarize({ text, ...(title ? { title } : {}) });
    expect(summary.quotes.length + summary.figures.length).toBeGreaterThan(0);
    expect(provenanceProblems(text, summary)).toEqual([]);
  });

  it("holds for fixtures cut, padded and joined at random", () => {
    const texts = articles.map((article) => article.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.constantFrom(...texts),
        fc.nat(),
        fc.string({ maxLength: 40 }),
        (a, b, cut, noise) => {
          const text = `${noise}\n\n${a.slice(cut % a.length)}\n${b.slice(0, cut % b.length)}`;
          expect(provenanceProblems(text, summarize({ text }))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
