/**
 * Two `newsbrief start` processes on one real Redis, one Telegram token against the Bot API double (409 on a second
 * concurrent getUpdates, 429 beyond 30 msg/s and 1 msg/s per chat), 20 local feeds, 50 group chats with digests due.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { openStores } from "../../src/store/open-store.js";
import type { Subscription } from "../../src/store/ports.js";
import { commandUpdate, type FakeCall, type FakeTelegram, startFakeTelegram } from "../helpers/fake-telegram.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { redisUrl, uniquePrefix } from "../helpers/redis.js";
import { itemFor, rssFeed, STORIES } from "../ingest/poll-site.js";
import { makeArticle } from "../store/article-store.contract.js";
import { type Instance, startInstance, waitUntil } from "./instances.js";

const FEEDS = 20;
const CHATS = 50;
const TOKEN = "4242:AAFakeTokenForTheSeveralInstancesTest";
const chatIds = Array.from({ length: CHATS }, (_, n) => -1_000_000_100 - n);
// Ten unrelated headlines: near-identical titles would be merged into one story ("reported by N sources").
const TITLES = [
  "Harbour ferry strike enters its third week in Valmor",
  "Glacier survey finds record melt on the northern ridge",
  "Orchestra cancels winter tour after theatre roof collapse",
  "New tram line opens between airport and old town",
  "Fishing quotas cut again as cod stocks keep falling",
  "Hospital trial tests robot nurses on night shifts",
  "Wildfire smoke closes schools across three provinces",
  "Chess prodigy, 11, beats reigning national champion",
  "Bank regulators fine lender over hidden mortgage fees",
  "Archaeologists uncover Roman baths beneath car park",
];
const STORY_COUNT = TITLES.length;
const storyTitle = (n: number) => TITLES[n] ?? "";

let feeds: FeedServer;
let dir: string;
let fake: FakeTelegram;
let running: Instance[] = [];

beforeAll(async () => {
  feeds = await startFeedServer();
  for (let n = 0; n < FEEDS; n++) {
    const story = STORIES[n % STORIES.length];
    if (!story) throw new Error("no story fixtures");
    const item = itemFor(story, feeds.origin, {
      guid: `feed-${n}-${story.slug}`,
      link: `${feeds.origin}/news/${n}-${story.slug}`,
    });
    feeds.route(`/feed-${n}.xml`, { body: rssFeed(`Feed ${n}`, [item]), headers: { "content-type": "application/rss+xml" } });
  }
  dir = mkdtempSync(join(tmpdir(), "newsbrief-instances-"));
});
afterEach(async () => {
  await Promise.all(running.map((instance) => instance.stop()));
  running = [];
  await fake?.close();
});
afterAll(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Seeds the shared store: 10 fresh world stories and 50 group subscriptions whose digest is due every 5 s. */
async function seed(prefix: string): Promise<void> {
  const stores = await openStores(redisUrl(), { namespacePrefix: prefix });
  const recent = new Date(Date.now() - 3600_000).toISOString();
  // Long enough that a digest takes several Telegram messages: the batch is still going when an instance dies.
  const lede = "The council met late into the evening and heard from residents on every side of the question. ".repeat(8);
  for (let n = 0; n < STORY_COUNT; n++) {
    const article = makeArticle(`story-${n}`, { title: storyTitle(n), lede, topics: ["world"] });
    await stores.articles.put({ ...article, publishedAt: recent, fetchedAt: recent });
  }
  const subscriptions = stores.keyv("subscriptions");
  const { KeyvSubscriptionStore } = await import("../../src/store/subscription-store.js");
  const store = new KeyvSubscriptionStore(subscriptions, stores.shared, "subscriptions");
  for (const id of chatIds) {
    const subscription: Subscription = {
      channel: `telegram:${id}`,
      topics: ["world"],
      // Every instance computes this schedule; each (chat, time) runs once, and later runs find nothing new.
      schedule: "*/5 * * * * *",
      timezone: "UTC",
      createdAt: recent,
    };
    await store.put(subscription);
  }
  await stores.close();
}

function startBoth(prefix: string): Instance[] {
  const env = {
    STORE_URL: redisUrl(),
    STORE_PREFIX: prefix,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    FEED_URLS: Array.from({ length: FEEDS }, (_, n) => feeds.url(`/feed-${n}.xml`)).join(","),
    ALLOW_PRIVATE_NETWORKS: "true",
    LOG_LEVEL: "info",
    TAKEOVER_SECONDS: "3",
  };
  running = [startInstance(dir, env), startInstance(dir, env)];
  const started = running;
  // What each instance logged, and what the double received, when a check fails: the only clue from a CI run.
  onTestFailed(() => {
    const calls = fake.calls.map((call) => `${call.method}:${call.status}`);
    const counts = [...new Set(calls)].map((key) => `${key}×${calls.filter((c) => c === key).length}`);
    console.error(`double received: ${counts.join(", ")}`);
    for (const [n, instance] of started.entries()) console.error(`--- instance ${n}:\n${instance.log().slice(-6000)}`);
  });
  return running;
}

/** The double, the seeded store and both instances, once both have started their platforms. */
async function startedWithDigestsDue(label: string): Promise<[Instance, Instance]> {
  fake = await startFakeTelegram({ limits: { globalPerSecond: 30, perChatIntervalMs: 1000 }, conflictOnConcurrentPolls: true });
  const prefix = uniquePrefix(label);
  await seed(prefix);
  const [a, b] = startBoth(prefix) as [Instance, Instance];
  await Promise.all([a.waitForLog("platform started"), b.waitForLog("platform started")]);
  return [a, b];
}

/** The sendMessage calls the double accepted for one chat, in arrival order. */
function sentTo(chatId: number): FakeCall[] {
  return fake.callsTo("sendMessage").filter((call) => Number(call.payload.chat_id) === chatId);
}

/** Which of the stories a message carries. */
function storiesIn(call: FakeCall): number[] {
  const text = String(call.payload.text);
  return Array.from({ length: STORY_COUNT }, (_, n) => n).filter((n) => text.includes(storyTitle(n)));
}

/** Per chat: stories never received, and messages carrying a story that an earlier message already brought. */
function deliveryReport(): { missing: number; duplicatedMessages: number[] } {
  let missing = 0;
  const duplicatedMessages = chatIds.map((id) => {
    const seen = new Set<number>();
    let repeats = 0;
    for (const call of sentTo(id)) {
      const stories = storiesIn(call);
      if (stories.some((n) => seen.has(n))) repeats++;
      for (const n of stories) seen.add(n);
    }
    missing += STORY_COUNT - seen.size;
    return repeats;
  });
  return { missing, duplicatedMessages };
}

const allDelivered = () => chatIds.every((id) => new Set(sentTo(id).flatMap(storiesIn)).size === STORY_COUNT);

describe("several instances on one Redis", () => {
  it("polls each feed once, answers each command once, sends each digest once, never over the limits", async () => {
    const [a, b] = await startedWithDigestsDue("instances");
    await waitUntil("one instance to poll for updates", () => fake.callsTo("getUpdates").length > 0);

    const users = [501, 502, 503, 504, 505];
    for (const id of users) {
      fake.pushUpdate(commandUpdate("/help", { chat: { id, type: "private", first_name: "U" }, from: { id, first_name: "U" } }));
    }
    await waitUntil("every digest", allDelivered, 60_000);
    await waitUntil("every command answered", () => users.every((id) => sentTo(id).length > 0));
    // Later scheduled times keep firing on both instances: give a duplicate time to show up.
    await new Promise((done) => setTimeout(done, 6000));

    for (const id of users) expect(sentTo(id)).toHaveLength(1);
    const report = deliveryReport();
    expect(report.missing).toBe(0);
    expect(report.duplicatedMessages.every((n) => n === 0)).toBe(true);
    for (let n = 0; n < FEEDS; n++) expect(feeds.requestsTo(`/feed-${n}.xml`)).toHaveLength(1);
    expect(fake.limited).toBe(0);
    expect(fake.conflicts).toBe(0);
    // Exactly one instance long-polls; the other says it stands by.
    expect([a.log(), b.log()].filter((log) => log.includes("standing by"))).toHaveLength(1);
  }, 120_000);

  it("finishes a digest batch when one instance is killed in the middle: nothing lost, at most one repeat per chat", async () => {
    const [a, b] = await startedWithDigestsDue("instances-kill");
    const digestMessages = () => fake.callsTo("sendMessage").filter((call) => Number(call.payload.chat_id) < 0).length;
    await waitUntil("the digest batch to be under way", () => digestMessages() >= 40, 60_000);
    const poller = a.log().includes("this instance polls") ? a : b;
    await poller.kill();
    const survivor = poller === a ? b : a;
    expect(allDelivered()).toBe(false);

    await waitUntil("the survivor to finish every digest", allDelivered, 60_000);
    await new Promise((done) => setTimeout(done, 6000));
    const report = deliveryReport();
    expect(report.missing).toBe(0);
    expect(Math.max(...report.duplicatedMessages)).toBeLessThanOrEqual(1);
    expect(fake.limited).toBe(0);

    // The killed instance held the Telegram polling lease: the survivor takes it over and answers commands.
    await survivor.waitForLog("this instance polls for updates", 30_000);
    fake.pushUpdate(
      commandUpdate("/help", { chat: { id: 777, type: "private", first_name: "U" }, from: { id: 777, first_name: "U" } }),
    );
    await waitUntil("the survivor to answer", () => sentTo(777).length > 0);
    await new Promise((done) => setTimeout(done, 1000));
    expect(sentTo(777)).toHaveLength(1);
    expect(fake.conflicts).toBe(0);
  }, 150_000);
});
