import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDigestRunner } from "../../src/digest/digest-runner.js";
import { isDigestible } from "../../src/digest/select-stories.js";
import type { Article } from "../../src/index.js";
import { KeyvDeliveryLog } from "../../src/store/delivery-log.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { KeyvSubscriptionStore } from "../../src/store/subscription-store.js";
import { manyWorldStories } from "../chat/stories.js";
import { recordingPlatform } from "./recording-platform.js";

const HOUR = 3_600_000;
const NOW = new Date("2026-03-01T09:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
/** A story renamed: its title and headline say what it is. */
const named = (article: Article, id: string, title: string, extra: Partial<Article> = {}): Article => ({
  ...article,
  id,
  title,
  summary: { ...article.summary, headline: title },
  ...extra,
});

/** Four distinct world stories: a feed's first fetch (2 h old, 3 days old, undated) and one polled after it (1 h old). */
function firstFetch(): Article[] {
  const [twoHours, threeDays, undated, later] = manyWorldStories(4, NOW) as [Article, Article, Article, Article];
  const { publishedAt: _none, ...noDate } = undated;
  return [
    named(twoHours, "two-hours", "Two hours old", { publishedAt: ago(2 * HOUR), fetchedAt: ago(HOUR / 2), deliverable: false }),
    named(threeDays, "three-days", "Three days old", {
      publishedAt: ago(72 * HOUR),
      fetchedAt: ago(HOUR / 2),
      deliverable: false,
    }),
    named(noDate as Article, "undated", "Undated", { fetchedAt: ago(HOUR / 2), deliverable: false }),
    named(later, "later", "Polled later", { publishedAt: ago(HOUR), fetchedAt: ago(HOUR / 4) }),
  ];
}

describe("the first-digest rule", () => {
  let dir: string | undefined;
  let stores: Stores | undefined;
  afterEach(async () => {
    await stores?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    stores = undefined;
    dir = undefined;
  });

  async function open(url: string) {
    stores = await openStores(url);
    const subscriptions = new KeyvSubscriptionStore(stores.keyv("subscriptions"), stores.shared, "subscriptions");
    const deliveries = new KeyvDeliveryLog(stores.keyv("deliveries"), stores.shared, "deliveries");
    const recorder = recordingPlatform("telegram", { messageChars: 4096 });
    const runner = createDigestRunner({ articles: stores.articles, subscriptions, deliveries, platforms: [recorder.platform] });
    return { stores, subscriptions, runner, sent: recorder.sent };
  }

  it("says which stories may go into a digest", () => {
    const [twoHours, threeDays, undated, later] = firstFetch() as [Article, Article, Article, Article];
    expect([twoHours, threeDays, undated, later].map((a) => isDigestible(a, true))).toEqual([true, true, false, true]);
    expect([twoHours, threeDays, undated, later].map((a) => isDigestible(a, false))).toEqual([false, false, false, true]);
  });

  it("takes a first fetch's stories of the last 24 h into the first digest, never older or undated ones, then only new ones (across a restart)", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsbrief-first-"));
    const url = `sqlite://${join(dir, "store.sqlite")}`;
    let app = await open(url);
    for (const article of firstFetch()) await app.stores.articles.put(article);
    await app.subscriptions.put({
      channel: "telegram:100",
      topics: ["world"],
      schedule: "0 9 * * *",
      timezone: "UTC",
      createdAt: ago(HOUR),
    });

    expect(await app.runner.count("telegram:100", NOW)).toBe(2);
    const preview = (await app.runner.preview("telegram:100", NOW)).flatMap((m) =>
      m.blocks.map((b) => ("text" in b ? b.text : "")),
    );
    expect(preview.filter((text) => /old|Undated|Polled/.test(text))).toEqual(["Polled later", "Two hours old"]);

    expect(await app.runner.run("telegram:100", NOW, NOW)).toBe("sent");
    const first = app.sent.map((m) => m.text).join("\n");
    expect(first).toContain("Two hours old");
    expect(first).toContain("Polled later");
    expect(first).not.toContain("Three days old");
    expect(first).not.toContain("Undated");
    await app.stores.close();

    // Restarted (or another instance): the first digest went out, so a feed added since sends nothing of its first fetch.
    app = await open(url);
    const tomorrow = new Date(NOW.getTime() + 24 * HOUR);
    const [primed, fresh] = manyWorldStories(6, tomorrow).slice(4) as [Article, Article];
    await app.stores.articles.put(named(primed, "new-feed-primed", "New feed, first fetch", { deliverable: false }));
    await app.stores.articles.put(named(fresh, "fresh", "Fresh after", { fetchedAt: tomorrow.toISOString() }));
    expect(await app.runner.count("telegram:100", tomorrow)).toBe(1);
    expect(await app.runner.run("telegram:100", tomorrow, tomorrow)).toBe("sent");
    const second = app.sent.map((m) => m.text).join("\n");
    expect(second).toContain("Fresh after");
    expect(second).not.toContain("New feed, first fetch");
    expect(second).not.toContain("Two hours old");
  });
});
