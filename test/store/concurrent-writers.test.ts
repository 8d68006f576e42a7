/**
 * Two processes writing to the same indexes at once, on one SQLite file and on one Redis: afterwards every story,
 * feed, subscription, open run and delivered mark of both is there (read-modify-write of one value per index, as
 * earlier versions did, loses hundreds of them).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { redisUrl, uniquePrefix } from "../helpers/redis.js";
import { SHARED_CHANNEL, WRITER_LIMITS } from "./concurrent-writer.js";

const COUNT = 500;
const WRITERS = ["w1", "w2"];
const script = fileURLToPath(new URL("./concurrent-writer.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "newsbrief-concurrent-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const children: ChildProcess[] = [];
// A writer still running after its test (it failed or timed out) is stopped.
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
});

/** Starts a writer and resolves once it is ready for "go". */
function startWriter(url: string, prefix: string, writer: string): Promise<{ child: ChildProcess; done: Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", script, url, prefix, writer, String(COUNT)], {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 && output.includes("done") ? resolve() : reject(new Error(`writer ${writer} exited ${code}: ${errors}`)),
    );
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve({ child, done });
    });
    done.catch(reject);
  });
}

async function writeAtOnce(url: string, prefix: string): Promise<void> {
  const writers = await Promise.all(WRITERS.map((writer) => startWriter(url, prefix, writer)));
  for (const { child } of writers) child.stdin?.write("go\n");
  await Promise.all(writers.map((writer) => writer.done));
}

async function expectNothingLost(url: string, prefix: string): Promise<void> {
  const stores = await openStores(url, { namespacePrefix: prefix, articleLimits: WRITER_LIMITS });
  try {
    const ids = WRITERS.flatMap((writer) => Array.from({ length: COUNT }, (_, n) => `${writer}-${n}`)).sort();
    const total = ids.length;
    expect((await stores.articles.latest({ limit: 5000 })).map((a) => a.id).sort()).toEqual(ids);
    expect(await stores.articles.latest({ limit: 5000, topic: "shared topic" })).toHaveLength(total);
    expect(await stores.articles.findQuotes({ speaker: "shared", limit: 5000 })).toHaveLength(total);
    expect(await stores.feeds.list()).toHaveLength(total);
    const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
    expect(await subscriptions.list()).toHaveLength(total);
    const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
    expect(await deliveries.openRuns()).toHaveLength(total);
    expect((await deliveries.delivered(SHARED_CHANNEL, ids)).size).toBe(total);
  } finally {
    await stores.close();
  }
}

describe("two processes writing at once", () => {
  it("lose nothing on one SQLite file", { timeout: 120_000 }, async () => {
    const url = `sqlite://${join(dir, "shared.sqlite")}`;
    await writeAtOnce(url, "");
    await expectNothingLost(url, "");
  });

  it("lose nothing on one Redis", { timeout: 120_000 }, async () => {
    const prefix = uniquePrefix("concurrent");
    await writeAtOnce(redisUrl(), prefix);
    await expectNothingLost(redisUrl(), prefix);
  });
});
