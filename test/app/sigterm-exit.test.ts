import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { rssFeed } from "../ingest/poll-site.js";

const CLI = resolve(import.meta.dirname, "../../src/app/newsbrief.mjs");

let feeds: FeedServer;
let dir: string;
beforeAll(async () => {
  feeds = await startFeedServer({ "/feed.xml": { body: rssFeed("Quiet Gazette", []) } });
  // Its own working directory: no ./.env of the developer's is read.
  dir = mkdtempSync(join(tmpdir(), "newsbrief-signal-"));
});
afterAll(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `newsbrief console` as a real process, waits until it has answered /help, and returns it. */
async function startedConsole(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [CLI, "console"], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: dir,
      STORE_URL: `sqlite://${join(dir, "store.sqlite")}`,
      FEED_URLS: feeds.url("/feed.xml"),
      ALLOW_PRIVATE_NETWORKS: "true",
      LOG_LEVEL: "silent",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  // stdin stays open: the bot is waiting for the next command when the signal comes.
  child.stdin?.write("/help\n");
  const deadline = Date.now() + 20_000;
  while (!printed.includes("newsbrief commands")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`newsbrief console did not answer /help:\n${printed}`);
    await new Promise((done) => setTimeout(done, 25));
  }
  return { child, output: () => printed };
}

describe("newsbrief console as a process", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "stops on %s and exits 0",
    async (signal) => {
      const { child, output } = await startedConsole();
      const exited = once(child, "exit");
      child.kill(signal);
      const [code, killedBy] = (await exited) as [number | null, NodeJS.Signals | null];
      expect(killedBy).toBeNull();
      expect(code).toBe(0);
      expect(output()).not.toMatch(/Error|at .*\.ts:\d+/);
    },
    30_000,
  );
});
