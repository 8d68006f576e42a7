import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const BIN = resolve(ROOT, "bin/newsbrief.js");
const ARTICLE = resolve(ROOT, "test/fixtures/articles/harbour-bridge-closure.txt");

describe("the compiled newsbrief executable", () => {
  beforeAll(async () => {
    // `npm ci` builds dist/ (the prepare script); built again here (incremental, a few seconds) so it is never stale.
    await run("npm", ["run", "build"], { cwd: ROOT });
    expect(existsSync(resolve(ROOT, "dist/src/app/cli.js"))).toBe(true);
  }, 120_000);

  it("prints the help from dist/ without tsx", async () => {
    const { stdout } = await run(process.execPath, [BIN, "help"], { cwd: ROOT });
    expect(stdout).toMatch(/^Usage: newsbrief <command>/);
    expect(stdout).toContain("summarize URL|FILE|-");
  });

  it("summarizes a file to the same JSON as the sources do", async () => {
    const compiled = await run(process.execPath, [BIN, "summarize", ARTICLE, "--json"], { cwd: ROOT });
    const source = await run(process.execPath, [resolve(ROOT, "src/app/newsbrief.mjs"), "summarize", ARTICLE, "--json"], {
      cwd: ROOT,
    });
    expect(JSON.parse(compiled.stdout).headline.toLowerCase()).toContain("bridge");
    expect(compiled.stdout).toBe(source.stdout);
  });
});
