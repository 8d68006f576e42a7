import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/app/cli-command.js";
import { extractCommand } from "../../src/app/cli-extract.js";
import { summarizeCommand } from "../../src/app/cli-summarize.js";
import { UserError } from "../../src/errors.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (text) => lines.push(text), err: (text) => errors.push(text) };
}

let server: FeedServer;
const savedEnv = process.env.ALLOW_PRIVATE_NETWORKS;
beforeAll(async () => {
  server = await startFeedServer({
    "/mill": { headers: { "content-type": "text/html; charset=utf-8" }, body: page("article-clutter.html") },
  });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.ALLOW_PRIVATE_NETWORKS;
  else process.env.ALLOW_PRIVATE_NETWORKS = savedEnv;
});

describe("newsbrief extract --jsonl", () => {
  it("prints one line per input, in order; a bad line gives an error and the run goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-extract-"));
    const file = join(dir, "pages.jsonl");
    const html = page("article-clutter.html").toString("utf8");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "mill", html, url: "https://courier.example/mill" }),
        "{not json",
        JSON.stringify({ id: "no-html", url: "https://x.example/" }),
        JSON.stringify({ id: "consent", html: page("no-article.html").toString("utf8") }),
        JSON.stringify({ id: 7, html }),
      ].join("\n"),
    );
    const io = capture();
    expect(await extractCommand.run(["--jsonl", file], io)).toBe(0);
    const out = io.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => line.id)).toEqual(["mill", null, "no-html", "consent", 7]);
    expect(out[0]).toMatchObject({ title: "Tidal mill restored after forty years" });
    expect(String(out[0]?.text)).toMatch(/^The tidal mill at Kestle Creek/);
    expect(Object.keys(out[0] ?? {})).toEqual(["id", "title", "text"]);
    expect(out[1]?.error).toMatch(/^line 2:/);
    expect(out[2]?.error).toContain('"html" must be a string');
    expect(out[3]?.error).toContain("has no article text");
    expect(out[4]?.title).toBe("Tidal mill restored after forty years");
  });
});

describe("newsbrief extract FILE", () => {
  it("decodes the file by its own charset", async () => {
    const io = capture();
    const file = new URL("../fixtures/pages/latin1.html", import.meta.url).pathname;
    expect(await extractCommand.run([file], io)).toBe(0);
    expect(io.lines[0]).toMatch(/^Fête du village : la crêperie bat son record\n\nLa crêperie de la place/);
  });

  it("reports a missing file as a UserError", async () => {
    await expect(extractCommand.run(["/no/such/page.html"], capture())).rejects.toThrow("No such file: /no/such/page.html");
  });
});

describe("newsbrief extract URL / summarize URL", () => {
  it("prints the title and text of a fetched page when private networks are allowed", async () => {
    process.env.ALLOW_PRIVATE_NETWORKS = "true";
    const io = capture();
    expect(await extractCommand.run([server.url("/mill")], io)).toBe(0);
    expect(io.lines[0]).toMatch(/^Tidal mill restored after forty years\n\nThe tidal mill at Kestle Creek/);
  });

  it("briefs a fetched page", async () => {
    process.env.ALLOW_PRIVATE_NETWORKS = "true";
    const io = capture();
    expect(await summarizeCommand.run(["--json", server.url("/mill")], io)).toBe(0);
    const summary = JSON.parse(io.lines[0] ?? "{}") as { headline?: string };
    expect(summary.headline).toContain("Tidal mill");
  });

  it("refuses the local server when private networks are not allowed", async () => {
    delete process.env.ALLOW_PRIVATE_NETWORKS;
    const before = server.requests.length;
    await expect(extractCommand.run([server.url("/mill")], capture())).rejects.toThrow(
      /is not allowed: 127\.0\.0\.1 is a loopback address/,
    );
    expect(server.requests.length).toBe(before);
  });

  it("refuses the cloud metadata address at once, with a UserError", async () => {
    const started = Date.now();
    const error = await summarizeCommand
      .run(["http://169.254.169.254/latest/meta-data/"], capture())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      "http://169.254.169.254/latest/meta-data/ is not allowed: 169.254.169.254 is a link-local address",
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
