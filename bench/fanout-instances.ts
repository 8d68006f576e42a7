/**
 * Two `newsbrief start` processes on one Redis, one Telegram token, a digest due in 2,000 chats at the same second:
 * the combined send rate against the double's 30 msg/s (sliding window, 429 beyond it), and what was lost or repeated.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStores } from "../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../src/store/subscription-store.js";
import { type Instance, startInstance, waitUntil } from "../test/app/instances.js";
import { startFakeTelegram } from "../test/helpers/fake-telegram.js";
import { startRedisServer } from "../test/helpers/redis-server.js";
import { makeArticle } from "../test/store/article-store.contract.js";

const LIMIT = 30;

/** Prints the two-instance fan-out figure for `n` chats (default 2,000: about 70 s at the limit). */
export async function benchFanoutInstances(n = 2000): Promise<void> {
  const redis = await startRedisServer();
  const fake = await startFakeTelegram({
    limits: { globalPerSecond: LIMIT, perChatIntervalMs: 1000 },
    conflictOnConcurrentPolls: true,
  });
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-fanout-"));
  const instances: Instance[] = [];
  try {
    const prefix = "bench:";
    const stores = await openStores(redis.url, { namespacePrefix: prefix });
    const recent = new Date(Date.now() - 3600_000).toISOString();
    const story = makeArticle("bench-story", { title: "Ministers agree a three-year plan after long talks", topics: ["world"] });
    await stores.articles.put({ ...story, publishedAt: recent, fetchedAt: recent });
    // Due at one second, a little after both instances have started: every chat at once.
    const due = new Date(Math.ceil((Date.now() + 25_000) / 1000) * 1000);
    const cron = `${due.getUTCSeconds()} ${due.getUTCMinutes()} ${due.getUTCHours()} * * *`;
    const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
    const chats = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 100_000 + i : -1_000_000_000_000 - i));
    for (const id of chats) {
      await subscriptions.put({
        channel: `telegram:${id}`,
        topics: ["world"],
        schedule: cron,
        timezone: "UTC",
        createdAt: recent,
      });
    }
    await stores.close();
    const env = {
      STORE_URL: redis.url,
      STORE_PREFIX: prefix,
      TELEGRAM_BOT_TOKEN: "4242:AAFakeTokenForTheFanoutBenchmark",
      TELEGRAM_API_ROOT: fake.apiRoot,
      FEED_URLS: "http://127.0.0.1:9/none.xml",
      ALLOW_PRIVATE_NETWORKS: "true",
      LOG_LEVEL: "warn",
    };
    instances.push(startInstance(dir, env), startInstance(dir, env));
    const sent = () => fake.callsTo("sendMessage");
    const reached = () => new Set(sent().map((call) => Number(call.payload.chat_id))).size;
    await waitUntil(
      `${n} chats`,
      () => reached() >= n,
      Math.max(0, due.getTime() - Date.now()) + (n / LIMIT) * 1000 * 2 + 30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const calls = sent();
    const first = calls[0]?.at ?? 0;
    const last = calls.at(-1)?.at ?? first;
    const rate = (calls.length - 1) / ((last - first) / 1000);
    const perChat = new Map<number, number>();
    for (const call of calls) perChat.set(Number(call.payload.chat_id), (perChat.get(Number(call.payload.chat_id)) ?? 0) + 1);
    const duplicated = [...perChat.values()].reduce((sum, count) => sum + count - 1, 0);
    console.log(`two instances, one token, one Redis: a digest due in ${n} chats at the same second`);
    console.log(
      `  ${calls.length} messages in ${((last - first) / 1000).toFixed(1)} s = ${rate.toFixed(1)} msg/s ` +
        `(${((100 * rate) / LIMIT).toFixed(1)} % of the allowed ${LIMIT}/s; target ≥ 95 %)`,
    );
    console.log(`  429s answered: ${fake.limited} (target 0); lost: ${n - reached()}, duplicated: ${duplicated} (target 0)`);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await fake.close();
    redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
