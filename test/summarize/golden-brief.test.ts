import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitTitle } from "../../src/app/cli-summarize.js";
import { summarize } from "../../src/summarize/index.js";

// Golden briefs, read and checked by eye: the headline, the lede, who said what, the figures and what they count.
// After a deliberate change to the summarizer, re-read the new brief before accepting it (vitest -u).
const fixtures = join(import.meta.dirname, "../fixtures/articles");

describe("golden briefs", () => {
  it.each(["harbour-bridge-closure", "cup-final", "chipmaker-results"])("%s", async (name) => {
    const summary = summarize(splitTitle(readFileSync(join(fixtures, `${name}.txt`), "utf8")));
    await expect(`${JSON.stringify(summary, null, 2)}\n`).toMatchFileSnapshot(join(fixtures, `${name}.brief.json`));
  });
});
