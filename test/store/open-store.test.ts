import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStores } from "../../src/store/open-store.js";
import { redisUrl, uniquePrefix } from "../helpers/redis.js";
import { makeArticle } from "./article-store.contract.js";
import { storeContract } from "./store.contract.js";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "newsbrief-store-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

storeContract("memory://", (limits) => openStores("memory://", { articleLimits: limits ?? {} }));

storeContract("sqlite://", async (limits) => {
  const dir = await tempDir();
  return openStores(`sqlite://${join(dir, "nested", "store.sqlite")}`, { articleLimits: limits ?? {} });
});

// A fresh prefix per test: every test starts from empty stores on the one Redis.
storeContract("redis://", (limits) =>
  openStores(redisUrl(), { articleLimits: limits ?? {}, namespacePrefix: uniquePrefix("contract") }),
);

describe("openStores", () => {
  it("keeps stories and feed state in the SQLite file across a reopen", async () => {
    const file = join(await tempDir(), "data", "newsbrief.sqlite");
    const first = await openStores(`sqlite://${file}`);
    await first.articles.put(makeArticle("keep", { quotes: [{ text: "Still here", speaker: "Ann Lee" }] }));
    await first.feeds.put({ url: "https://a.example/feed", failures: 3, etag: '"e"', primed: true });
    await first.keyv("custom").set("k", { v: 1 });
    await first.close();

    const second = await openStores(`sqlite://${file}`);
    try {
      expect((await second.articles.get("keep"))?.title).toContain("Story keep");
      expect((await second.articles.latest({ limit: 5 })).map((a) => a.id)).toEqual(["keep"]);
      expect((await second.articles.findQuotes({ speaker: "lee", limit: 5 })).map((h) => h.quote.text)).toEqual(["Still here"]);
      expect(await second.feeds.list()).toEqual([{ url: "https://a.example/feed", failures: 3, etag: '"e"', primed: true }]);
      expect(await second.keyv("custom").get("k")).toEqual({ v: 1 });
    } finally {
      await second.close();
    }
  });

  it("keeps deployments with another prefix apart on one SQLite file and on one Redis", async () => {
    const file = `sqlite://${join(await tempDir(), "shared.sqlite")}`;
    const redisPrefix = uniquePrefix("apart");
    for (const [url, prefix] of [
      [file, ""],
      [redisUrl(), redisPrefix],
    ] as const) {
      const one = await openStores(url, { namespacePrefix: prefix });
      const two = await openStores(url, { namespacePrefix: `${prefix}other-` });
      try {
        await one.articles.put(makeArticle("mine"));
        await one.feeds.put({ url: "https://a.example/feed", failures: 0 });
        expect(await one.shared.claim("lease:x", "one", 5000)).toBe(true);
        expect(await two.articles.latest({ limit: 5 })).toEqual([]);
        expect(await two.feeds.list()).toEqual([]);
        expect(await two.shared.claim("lease:x", "two", 5000)).toBe(true);
        expect((await one.articles.latest({ limit: 5 })).map((a) => a.id)).toEqual(["mine"]);
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    }
  });

  it("gives one keyv per namespace, and keeps namespaces apart", async () => {
    const stores = await openStores("memory://");
    expect(stores.keyv("subs")).toBe(stores.keyv("subs"));
    await stores.keyv("subs").set("k", "subs value");
    await stores.keyv("log").set("k", "log value");
    expect(await stores.keyv("subs").get("k")).toBe("subs value");
    expect(await stores.keyv("log").get("k")).toBe("log value");
    await stores.close();
  });

  it("refuses an unknown scheme or an empty SQLite path with a clear message", async () => {
    await expect(openStores("postgres://x")).rejects.toThrow(/not supported: use sqlite:\/\/PATH, memory:\/\//);
    await expect(openStores("sqlite://")).rejects.toThrow(/no file path/);
  });
});
