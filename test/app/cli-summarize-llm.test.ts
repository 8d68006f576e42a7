import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitTitle } from "../../src/app/cli-summarize.js";
import { summarize } from "../../src/summarize/index.js";
import type { Summary } from "../../src/types.js";
import { type FakeLlm, startFakeLlm } from "../helpers/fake-llm.js";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const FILE = join(root, "test/fixtures/articles/harbour-bridge-closure.txt");
const text = readFileSync(FILE, "utf8");
const rules = summarize(splitTitle(text));

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(async () => {
  await fake.close();
});

/** The Done-when command: `SUMMARIZER=llm LLM_BASE_URL=… LLM_MODEL=x npx newsbrief summarize FILE --json`. */
async function summarizeJson(): Promise<Summary> {
  const store = join(mkdtempSync(join(tmpdir(), "newsbrief-llm-")), "store.sqlite");
  const { stdout } = await run("npx", ["newsbrief", "summarize", FILE, "--json"], {
    cwd: root,
    env: { ...process.env, SUMMARIZER: "llm", LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "x", STORE_URL: `sqlite://${store}` },
  });
  return JSON.parse(stdout) as Summary;
}

function expectQuotesFromArticle(summary: Summary) {
  for (const quote of summary.quotes) {
    // A quote split around "he said" is joined by a space: each of its parts is in the article at its offsets.
    const span = text.slice(quote.start, quote.end);
    expect(span.startsWith(quote.text.slice(0, 12)) || span.includes(quote.text.slice(0, 12))).toBe(true);
  }
  for (const figure of summary.figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
}

describe("SUMMARIZER=llm newsbrief summarize FILE --json", () => {
  it("shows the model's headline when it is faithful", async () => {
    const headline = "Port Ellery shuts its harbour bridge for six weeks over cracks";
    fake.reply = () => ({
      content: JSON.stringify({ headline, lede: "About 40,000 daily commuters must take ferries.", points: [], key_quotes: [0] }),
    });
    const summary = await summarizeJson();
    expect(summary.headline).toBe(headline);
    expect(summary.source).toMatchObject({ headline: "llm", lede: "llm", points: rules.points.map(() => "rules") });
    expect(summary.llm?.used).toBe(true);
    expectQuotesFromArticle(summary);
  }, 60_000);

  it("shows the rule-based headline when the model invents a number, and says why", async () => {
    fake.reply = () => ({
      content: JSON.stringify({ headline: "Harbour bridge shut for 9 weeks", lede: "Engineers found cracks in the main span." }),
    });
    const summary = await summarizeJson();
    expect(summary.headline).toBe(rules.headline);
    expect(summary.source?.headline).toBe("rules");
    expect(summary.lede).toBe("Engineers found cracks in the main span.");
    expect(summary.llm?.dropped).toEqual([
      { part: "headline", text: "Harbour bridge shut for 9 weeks", reason: "number “9” is not in the article" },
    ]);
    expectQuotesFromArticle(summary);
    expect(fake.received.at(-1)?.body.model).toBe("x");
  }, 60_000);

  it("without SUMMARIZER=llm, prints the rules' JSON unchanged (no source field) and calls nothing", async () => {
    const before = fake.received.length;
    const { stdout } = await run("npx", ["newsbrief", "summarize", FILE, "--json"], {
      cwd: root,
      env: { ...process.env, SUMMARIZER: "", LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "x" },
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(rules)));
    expect(fake.received.length).toBe(before);
  }, 60_000);
});
