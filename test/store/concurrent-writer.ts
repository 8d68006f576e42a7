/**
 * Child process of concurrent-writers.test.ts: after "go" on stdin, makes `count` rounds of writes to the indexes
 * another writer changes at the same time (a story in one shared topic with one shared speaker, a feed, a
 * subscription, an open digest run, a delivered mark), several rounds in flight. Prints "done" when all are stored.
 * Usage: node --import tsx test/store/concurrent-writer.ts STORE_URL PREFIX WRITER COUNT
 */
import { createInterface } from "node:readline";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { makeArticle } from "./make-article.js";

/** The limits both the writers and the checking test use: high enough to hold every story written. */
export const WRITER_LIMITS = { global: 5000, perTopic: 5000, perSpeaker: 5000 };
/** The channel every delivered mark goes to. */
export const SHARED_CHANNEL = "console:shared";
// Rounds in flight at once in each writer.
const IN_FLIGHT = 8;

async function main(): Promise<void> {
  const [url, prefix, writer, countText] = process.argv.slice(2);
  if (!url || prefix === undefined || !writer || !countText) throw new Error("usage: STORE_URL PREFIX WRITER COUNT");
  const count = Number(countText);
  const stores = await openStores(url, { namespacePrefix: prefix, articleLimits: WRITER_LIMITS });
  const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
  const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
  process.stdout.write("ready\n");
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once("line", () => resolve()));
  // Else the open stdin keeps this process running after its work.
  lines.close();
  process.stdin.destroy();

  const round = async (n: number) => {
    const id = `${writer}-${n}`;
    const story = makeArticle(id, {
      hoursAgo: n / 100,
      title: `Council vote ${id} on the shared budget plan`,
      topics: ["shared topic"],
      quotes: [{ text: `Quote ${id}`, speaker: "Ann Shared", key: true }],
    });
    await stores.articles.put(story);
    await stores.feeds.put({ url: `https://${writer}.example/feed/${n}`, failures: 0 });
    await subscriptions.put({
      channel: `console:${id}`,
      topics: ["world"],
      schedule: "0 8 * * *",
      timezone: "UTC",
      createdAt: "2026-11-20T12:00:00.000Z",
    });
    const scheduledAt = new Date(Date.UTC(2026, 10, 20, 8, 0, n)).toISOString();
    await deliveries.putRun({ channel: `console:${id}`, scheduledAt, status: "held" });
    await deliveries.markDelivered(SHARED_CHANNEL, [id], new Date());
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await round(next++);
    }),
  );
  await stores.close();
  process.stdout.write("done\n");
}

if (process.argv[1]?.endsWith("concurrent-writer.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
