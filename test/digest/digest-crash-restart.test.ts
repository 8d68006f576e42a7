import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDigestRunner } from "../../src/digest/digest-runner.js";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { manyWorldStories } from "../chat/stories.js";
import { recordingPlatform, type SendBehaviour } from "./recording-platform.js";

const NOW = new Date("2026-03-01T09:00:00Z");
const SCHEDULED = new Date("2026-03-01T08:00:00Z");
const CHANNEL = "telegram:100" as const;

const opened: Stores[] = [];
let dir: string;
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** One "process": its own connection to the SQLite file, its own runner and platform. */
async function processOn(url: string, behaviour?: SendBehaviour) {
  const stores = await openStores(url);
  opened.push(stores);
  const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
  const recorder = recordingPlatform("telegram", { messageChars: 2000 }, behaviour);
  const runner = createDigestRunner({
    articles: stores.articles,
    subscriptions,
    deliveries: new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries"),
    platforms: [recorder.platform],
    maxStories: 25,
  });
  return { stores, subscriptions, runner, sent: recorder.sent };
}

const storiesIn = (texts: readonly string[]) =>
  texts.flatMap((text) => [...text.matchAll(/World story (\d+)\n/g)].map((m) => Number(m[1])));

describe("a crash halfway through a digest, on SQLite", () => {
  it("a new process on the same file sends the rest: nothing lost, nothing sent twice", async () => {
    dir = mkdtempSync(join(tmpdir(), "newsbrief-crash-"));
    const url = `sqlite://${join(dir, "newsbrief.sqlite")}`;
    const first = await processOn(url, (_channel, n) => (n === 3 ? "hang" : "ok"));
    for (const article of manyWorldStories(12, NOW)) await first.stores.articles.put(article);
    await first.subscriptions.put({
      channel: CHANNEL,
      topics: ["world"],
      schedule: "0 8 * * *",
      timezone: "UTC",
      createdAt: "2026-02-01T00:00:00Z",
    });

    // The first process sends two messages, then dies while the third is in flight.
    void first.runner.run(CHANNEL, SCHEDULED, NOW);
    await expect.poll(() => first.sent.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(first.sent).toHaveLength(2);

    const second = await processOn(url);
    await second.runner.tick(new Date("2026-03-01T09:05:00Z"));
    const before = storiesIn(first.sent.map((m) => m.text));
    const after = storiesIn(second.sent.map((m) => m.text));
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
    expect([...before, ...after].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect((await second.subscriptions.get(CHANNEL))?.lastDigestAt).toBeDefined();

    // A third start, or the same schedule enqueued again, sends nothing more.
    const third = await processOn(url);
    await third.runner.tick(new Date("2026-03-01T09:10:00Z"));
    expect(await third.runner.run(CHANNEL, SCHEDULED, NOW)).toBe("duplicate");
    expect(third.sent).toEqual([]);
  });
});
