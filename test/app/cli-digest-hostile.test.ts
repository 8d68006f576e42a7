import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { articlePage, itemFor, rssFeed, STORIES } from "../ingest/poll-site.js";

const BIN = fileURLToPath(new URL("../../src/app/newsbrief.mjs", import.meta.url));
const bomb = readFileSync(new URL("../fixtures/feeds/entity-bomb.xml", import.meta.url), "utf8");
const [story] = STORIES as [(typeof STORIES)[number]];
let server: FeedServer;

/** Runs the real `newsbrief` executable and resolves with its exit code and output. */
function newsbrief(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ALLOW_PRIVATE_NETWORKS: "true", FEED_URLS: "" }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  server = await startFeedServer();
  server.route("/bomb.xml", { body: bomb });
  server.route(`/news/${story.slug}`, { body: articlePage(story) });
  // The story is dated "now" for the CLI's own clock, so the default 24 h window holds it.
  server.route("/good.xml", () => ({
    body: rssFeed("Good", [itemFor(story, server.origin, { pubDate: new Date().toUTCString() })]),
  }));
});
afterAll(async () => {
  await server.close();
});

describe("newsbrief digest with a hostile feed", () => {
  it("prints the refusal and exits 1 when the only feed declares entities", async () => {
    const { code, stdout, stderr } = await newsbrief(["digest", "--feeds", server.url("/bomb.xml")]);
    expect(code).toBe(1);
    expect(stderr).toContain(`newsbrief: ${server.url("/bomb.xml")}: feed declares XML entities; refused`);
    expect(stdout).not.toContain("boom");
    expect(stdout).not.toContain("&j;");
  });

  it("still prints the good feeds' digest from a mixed list", async () => {
    const { code, stdout, stderr } = await newsbrief([
      "digest",
      "--feeds",
      `${server.url("/bomb.xml")},${server.url("/good.xml")}`,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain("feed declares XML entities; refused");
    expect(stdout).toContain(`📰 ${story.title}`);
  });
});
