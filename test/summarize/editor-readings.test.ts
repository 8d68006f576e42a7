/**
 * Briefs against an editor's reading (what a careful news editor pulls out of the article): the invented articles of
 * test/fixtures/examples, and the team's seed example in ../shared/examples when this checkout sits beside it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitTitle } from "../../src/app/cli-summarize.js";
import { summarize } from "../../src/summarize/index.js";
import { type EditorReading, shortfalls } from "../helpers/editor-reading.js";

const OWN = join(import.meta.dirname, "../fixtures/examples");
const SEED = join(import.meta.dirname, "../../../shared/examples");

/** Every `NAME.txt` with its `NAME.expected.json` in `dir`. */
function examples(dir: string): { name: string; text: string; reading: EditorReading }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".expected.json"))
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, "");
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), "utf8"),
        reading: JSON.parse(readFileSync(join(dir, file), "utf8")) as EditorReading,
      };
    });
}

describe("briefs meet an editor's reading: every must, no never", () => {
  const own = examples(OWN);
  it("has invented examples of its own", () => {
    expect(own.length).toBeGreaterThan(0);
  });
  for (const example of own) {
    it(`test/fixtures/examples/${example.name}`, () => {
      expect(shortfalls(summarize(splitTitle(example.text)), example.reading)).toEqual([]);
    });
  }
  // The seed example lives beside the repository on the team's machines, not in it (it is a real article).
  const seed = existsSync(SEED) ? examples(SEED) : [];
  for (const example of seed) {
    it(`../shared/examples/${example.name} (the seed example)`, () => {
      expect(shortfalls(summarize(splitTitle(example.text)), example.reading)).toEqual([]);
    });
  }
});

describe("the reading check can fail", () => {
  const [example] = examples(OWN);
  it("reports a wrong speaker, a missing figure and a never shown", () => {
    if (!example) throw new Error("no example");
    const summary = summarize(splitTitle(example.text));
    const quote = summary.quotes[0];
    if (!quote) throw new Error("no quote");
    const broken = {
      ...summary,
      quotes: [{ ...quote, speaker: "Somebody Else" }, ...summary.quotes.slice(1)],
      figures: [],
      points: [...summary.points, ...(example.reading.never ?? [])],
    };
    const problems = shortfalls(broken, example.reading);
    expect(problems.some((line) => line.includes("speaker Somebody Else"))).toBe(true);
    expect(problems.some((line) => line.startsWith("figure"))).toBe(true);
    expect(problems.some((line) => line.startsWith("shows what it never should"))).toBe(true);
  });
});
