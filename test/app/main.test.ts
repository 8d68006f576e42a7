import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApp } from "../../src/app/main.js";
import { type FakeLlm, startFakeLlm } from "../helpers/fake-llm.js";
import type { FeedServer } from "../helpers/feed-server.js";
import { startDemoSite } from "./demo-site.js";

describe("runApp (console, end to end on a local news site)", () => {
  let site: FeedServer;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    site = await startDemoSite();
    dir = mkdtempSync(join(tmpdir(), "newsbrief-app-"));
    env = {
      STORE_URL: `sqlite://${join(dir, "data", "newsbrief.sqlite")}`,
      FEED_URLS: site.url("/world.xml"),
      ALLOW_PRIVATE_NETWORKS: "true",
      LOG_LEVEL: "silent",
    };
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One run of `newsbrief console` with these lines piped in; returns what it printed and its exit code. */
  async function consoleRun(lines: string[], mode: "console" | "start" = "console") {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    input.end(`${lines.join("\n")}\n`);
    const code = await runApp({ mode, env, input, output, logTo: () => undefined, stopSignal: new Promise(() => undefined) });
    return { code, printed };
  }

  it("primes the feed, then answers briefs, quotes, a subscription and a digest, and keeps the subscription", async () => {
    const first = await consoleRun(["/feeds list"], "start");
    expect(first.code).toBe(0);
    expect(first.printed).toContain("Demo World News");

    const second = await consoleRun(["/help", "/latest 3", "/quote Okafor", "/subscribe world", "/topics", "/digest"]);
    expect(second.code).toBe(0);
    const messages = second.printed.split("\n\n");
    expect(second.printed).toContain("📰 newsbrief commands");
    const briefs = messages.filter((m) => m.startsWith("📰 ") && m.includes("🔗 "));
    expect(briefs.length).toBeGreaterThanOrEqual(3);
    expect(briefs.slice(0, 3).every((b) => b.includes("💬 ") && b.includes("🔢 "))).toBe(true);
    expect(second.printed).toMatch(/💬 “[^”]+” — Amara Okafor\n🔗 .+ · 127\.0\.0\.1/);
    expect(second.printed).toContain("✅ Subscribed to world.");
    expect(second.printed).toContain("🗞 Digest · world");
    expect(second.printed).toContain("Peace talks on Corvan civil war resume in Geneva");

    const third = await consoleRun(["/topics"]);
    expect(third.printed).toContain("This chat's subscription\n• Topics: world");
  });

  it("stops cleanly on a signal and exits 0", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = runApp({ mode: "console", env, input, output, logTo: () => undefined, stopSignal });
    setTimeout(stop, 200);
    expect(await running).toBe(0);
  });
});

describe("runApp with SUMMARIZER=llm: stored stories, so /latest and digests, carry the model's checked briefs", () => {
  let site: FeedServer;
  let fake: FakeLlm;
  let dir: string;
  // A faithful model: its headline is the article's own first words (so the guard keeps it), unlike the title.
  const firstWords = (text: string) =>
    text
      .trim()
      .split(/\s+/)
      .slice(0, 7)
      .join(" ")
      .replace(/[,.;:]$/, "");

  beforeAll(async () => {
    site = await startDemoSite();
    fake = await startFakeLlm();
    fake.reply = (request) => {
      const data = JSON.parse(request.body.messages[1]?.content ?? "{}") as { article: string };
      return { content: JSON.stringify({ headline: firstWords(data.article), lede: "", points: [] }) };
    };
    dir = mkdtempSync(join(tmpdir(), "newsbrief-app-llm-"));
  });

  afterAll(async () => {
    await Promise.all([site.close(), fake.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("briefs every ingested story once through the model and shows its headline in /latest and /digest", async () => {
    const env = {
      STORE_URL: `sqlite://${join(dir, "newsbrief.sqlite")}`,
      FEED_URLS: site.url("/world.xml"),
      ALLOW_PRIVATE_NETWORKS: "true",
      LOG_LEVEL: "silent",
      SUMMARIZER: "llm",
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: "x",
    };
    const run = async (lines: string, mode: "console" | "start") => {
      const input = new PassThrough();
      const output = new PassThrough();
      let printed = "";
      output.on("data", (chunk: Buffer) => {
        printed += chunk.toString("utf8");
      });
      input.end(lines);
      const stopSignal = new Promise(() => undefined);
      expect(await runApp({ mode, env, input, output, logTo: () => undefined, stopSignal })).toBe(0);
      return printed;
    };
    await run("/feeds list\n", "start");
    const printed = await run("/latest 3\n/subscribe world\n/digest\n", "console");
    const asked = fake.received.map(
      (request) => (JSON.parse(request.body.messages[1]?.content ?? "{}") as { article: string }).article,
    );
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(new Set(asked).size).toBe(asked.length);
    const headlines = asked.map(firstWords);
    const shown = printed
      .split("\n")
      .filter((line) => line.startsWith("📰 "))
      .map((line) => line.slice(3));
    expect(shown.filter((line) => headlines.includes(line)).length).toBeGreaterThanOrEqual(3);
    expect(printed).toContain("🗞 Digest · world");
    const digest = printed.slice(printed.indexOf("🗞 Digest · world"));
    expect(headlines.some((headline) => digest.includes(headline))).toBe(true);
  });
});
