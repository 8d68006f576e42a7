/**
 * `newsbrief start` as a real process against the Telegram double, on its own redis-server: /metrics counters move
 * during a digest run, /healthz turns 503 when the store goes away, and SIGTERM in the middle of a digest exits 0 with
 * the delivery log agreeing with what the double received.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { type FakeCall, type FakeTelegram, startFakeTelegram } from "../helpers/fake-telegram.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { type RedisServer, startRedisServer } from "../helpers/redis-server.js";
import { rssFeed } from "../ingest/poll-site.js";
import { makeArticle } from "../store/make-article.js";
import { type Instance, startInstance, waitUntil } from "./instances.js";

const TOKEN = "4343:AAFakeTokenForTheOperationsTest";
const CHAT = -1_000_000_777;
const CHANNEL = `telegram:${CHAT}` as const;
const TITLES = [
  "Harbour ferry strike enters its third week",
  "Glacier survey finds record melt on the ridge",
  "Orchestra cancels winter tour after roof collapse",
  "New tram line opens between airport and old town",
  "Fishing quotas cut again as cod stocks fall",
  "Hospital trial tests robot nurses on night shifts",
  "Wildfire smoke closes schools across three provinces",
  "Chess prodigy beats reigning national champion",
  "Bank regulators fine lender over hidden mortgage fees",
  "Archaeologists uncover Roman baths beneath car park",
  "Drought forces farmers to sell cattle early",
  "Volunteers rebuild flooded library in a weekend",
];
const storyId = (n: number) => `ops-story-${n}`;

let redis: RedisServer;
let feeds: FeedServer;
let fake: FakeTelegram;
let dir: string;
let instance: Instance | undefined;

beforeAll(async () => {
  redis = await startRedisServer();
  feeds = await startFeedServer({ "/feed.xml": { body: rssFeed("Quiet Gazette", []) } });
  dir = mkdtempSync(join(tmpdir(), "newsbrief-operations-"));
});
afterEach(async () => {
  await instance?.kill();
  instance = undefined;
  await fake?.close();
});
afterAll(async () => {
  await feeds.close();
  redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Fresh stories and one group subscription whose digest is due every 5 s; a digest takes several messages. */
async function seed(prefix: string): Promise<void> {
  const stores = await openStores(redis.url, { namespacePrefix: prefix });
  const recent = new Date(Date.now() - 3600_000).toISOString();
  const lede = "The council met late into the evening and heard from residents on every side of the question. ".repeat(9);
  for (const [n, title] of TITLES.entries()) {
    const article = makeArticle(storyId(n), { title, lede, topics: ["world"] });
    await stores.articles.put({ ...article, publishedAt: recent, fetchedAt: recent });
  }
  const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
  await subscriptions.put({ channel: CHANNEL, topics: ["world"], schedule: "*/5 * * * * *", timezone: "UTC", createdAt: recent });
  await stores.close();
}

async function started(prefix: string, extra: Record<string, string> = {}): Promise<Instance> {
  // One message per second to the group: a digest of several messages is under way for seconds.
  fake = await startFakeTelegram({ limits: { perChatIntervalMs: 1000 } });
  await seed(prefix);
  instance = startInstance(dir, {
    STORE_URL: redis.url,
    STORE_PREFIX: prefix,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    FEED_URLS: feeds.url("/feed.xml"),
    ALLOW_PRIVATE_NETWORKS: "true",
    LOG_LEVEL: "info",
    DIGEST_MAX_STORIES: "25",
    ...extra,
  });
  const running = instance;
  onTestFailed(() => console.error(`--- newsbrief:\n${running.log().slice(-6000)}`));
  await instance.waitForLog("platform started");
  return instance;
}

const digestCalls = (): FakeCall[] => fake.callsTo("sendMessage").filter((call) => Number(call.payload.chat_id) === CHAT);
const storiesIn = (calls: readonly FakeCall[]) =>
  new Set(calls.flatMap((call) => TITLES.flatMap((title, n) => (String(call.payload.text).includes(title) ? [storyId(n)] : []))));

/** The value of one sample in a Prometheus exposition, 0 when it is absent. */
function sample(text: string, name: string, labels = ""): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(" ")[1]) : 0;
}

describe("operations", () => {
  it("stops on SIGTERM in the middle of a digest: exit 0 within 10 s, the delivery log says what the double got", async () => {
    const bot = await started("ops-sigterm");
    await waitUntil("the digest under way", () => digestCalls().length >= 1, 30_000);
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    const code = await new Promise<number | null>((done) => bot.child.once("exit", (exitCode) => done(exitCode)));
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const received = storiesIn(digestCalls());
    // Really in the middle: some stories were still to go when the signal came.
    expect(digestCalls().length).toBeGreaterThan(0);
    expect(received.size).toBeLessThan(TITLES.length);
    const stores = await openStores(redis.url, { namespacePrefix: "ops-sigterm" });
    try {
      const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
      const recorded = await deliveries.delivered(
        CHANNEL,
        TITLES.map((_, n) => storyId(n)),
      );
      expect([...recorded].sort()).toEqual([...received].sort());
    } finally {
      await stores.close();
    }
  }, 60_000);

  it("serves /metrics whose counters move during a digest run, and /healthz turns 503 when Redis stops", async () => {
    const bot = await started("ops-metrics", { METRICS_PORT: "0", LOG_FORMAT: "json" });
    await bot.waitForLog("serving /healthz");
    const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bot.log())?.[1];
    expect(url).toBeDefined();
    const metrics = async () => (await fetch(`${url}/metrics`)).text();

    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, "ok\n"]);
    const before = await metrics();
    expect(sample(before, "newsbrief_feed_polls_total", '{outcome="updated"}')).toBe(1);
    expect(before).toContain("newsbrief_process_resident_memory_bytes");
    expect(before).toMatch(/^newsbrief_queue_depth \d+$/m);

    await waitUntil("a digest delivered", () => storiesIn(digestCalls()).size === TITLES.length, 30_000);
    // The run is counted once its last message is recorded, just after the double received it.
    let after = await metrics();
    for (let tries = 0; tries < 40 && sample(after, "newsbrief_digests_sent_total", '{platform="telegram"}') < 1; tries++) {
      await new Promise((done) => setTimeout(done, 250));
      after = await metrics();
    }
    expect(sample(after, "newsbrief_digests_sent_total", '{platform="telegram"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, "newsbrief_messages_sent_total", '{platform="telegram"}')).toBeGreaterThanOrEqual(digestCalls().length);
    expect(sample(after, "newsbrief_messages_sent_total", '{platform="telegram"}')).toBeGreaterThan(
      sample(before, "newsbrief_messages_sent_total", '{platform="telegram"}'),
    );

    redis.stop();
    // The store check writes and reads back within 2 s: once redis-server has exited, that fails.
    let down = await fetch(`${url}/healthz`);
    for (let tries = 0; tries < 20 && down.status === 200; tries++) {
      await new Promise((done) => setTimeout(done, 250));
      down = await fetch(`${url}/healthz`);
    }
    expect(down.status).toBe(503);
    expect(await down.text()).toMatch(/^store: /);
  }, 60_000);
});
