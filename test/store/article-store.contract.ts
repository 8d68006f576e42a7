import { describe, expect, it } from "vitest";
import type { ArticleStoreLimits } from "../../src/store/keyv-article-store.js";
import type { Stores } from "../../src/store/open-store.js";
import { type OpenForContract, sleep, withStores as using } from "./contract-stores.js";
import { BASE, HOUR, makeArticle } from "./make-article.js";

// Tests elsewhere take their stories from here.
export { makeArticle };

/** The ArticleStore contract: every backend must pass it unchanged. */
export function articleStoreContract(backend: string, open: OpenForContract): void {
  const withStores = (test: (stores: Stores) => Promise<void>, limits?: Partial<ArticleStoreLimits>) => using(open, test, limits);

  describe(`ArticleStore on ${backend}`, () => {
    it("stores and reads back a story, and misses unknown ids", () =>
      withStores(async ({ articles }) => {
        const article = makeArticle("a1", { quotes: [{ text: "We will vote", speaker: "Ann Lee", key: true }] });
        await articles.put(article);
        expect(await articles.get("a1")).toEqual(article);
        expect(await articles.get("nope")).toBeUndefined();
      }));

    it("lists the newest first, by topic (any case), since a time, and only deliverable ones when asked", () =>
      withStores(async ({ articles }) => {
        await articles.put(makeArticle("old", { hoursAgo: 30, topics: ["sport"] }));
        await articles.put(makeArticle("new", { hoursAgo: 1, topics: ["Politics", "ukraine"] }));
        await articles.put(makeArticle("mid", { hoursAgo: 5, topics: ["sport"], deliverable: false }));
        expect((await articles.latest({ limit: 10 })).map((a) => a.id)).toEqual(["new", "mid", "old"]);
        expect((await articles.latest({ limit: 2 })).map((a) => a.id)).toEqual(["new", "mid"]);
        expect((await articles.latest({ limit: 10, topic: "SPORT" })).map((a) => a.id)).toEqual(["mid", "old"]);
        expect((await articles.latest({ limit: 10, topic: "ukraine" })).map((a) => a.id)).toEqual(["new"]);
        expect((await articles.latest({ limit: 10, topic: "health" })).map((a) => a.id)).toEqual([]);
        const since = new Date(BASE - 24 * HOUR);
        expect((await articles.latest({ limit: 10, since })).map((a) => a.id)).toEqual(["new", "mid"]);
        expect((await articles.latest({ limit: 10, deliverableOnly: true })).map((a) => a.id)).toEqual(["new", "old"]);
      }));

    it("reads on past stories it must skip", () =>
      withStores(async ({ articles }) => {
        await articles.put(makeArticle("wanted", { hoursAgo: 20 }));
        for (let i = 0; i < 7; i += 1) await articles.put(makeArticle(`primed${i}`, { hoursAgo: i, deliverable: false }));
        expect((await articles.latest({ limit: 1, deliverableOnly: true })).map((a) => a.id)).toEqual(["wanted"]);
      }));

    it("keeps a story once when it is stored again", () =>
      withStores(async ({ articles }) => {
        await articles.put(makeArticle("x", { hoursAgo: 2 }));
        await articles.put({ ...makeArticle("x", { hoursAgo: 2 }), title: "Updated title of the story" });
        const latest = await articles.latest({ limit: 10 });
        expect(latest.map((a) => [a.id, a.title])).toEqual([["x", "Updated title of the story"]]);
      }));

    it("finds a free keyword in a story's title or text, as whole words, besides its tags", () =>
      withStores(async ({ articles }) => {
        await articles.put({
          ...makeArticle("dam", { hoursAgo: 2, topics: [] }),
          text: "Engineers opened two dams on the Valmor river.",
        });
        await articles.put({ ...makeArticle("town", { hoursAgo: 1, topics: [] }), text: "Valmorton council met on Monday." });
        await articles.put(makeArticle("tagged", { hoursAgo: 3, topics: ["valmor"] }));
        expect((await articles.latest({ limit: 10, topic: "Valmor" })).map((a) => a.id)).toEqual(["dam", "tagged"]);
        expect((await articles.latest({ limit: 10, topic: "valmor river" })).map((a) => a.id)).toEqual(["dam"]);
        expect((await articles.latest({ limit: 10, topic: "river valmor" })).map((a) => a.id)).toEqual([]);
      }));

    it("bounds its indexes to the newest N ids", () =>
      withStores(
        async ({ articles }) => {
          for (let i = 0; i < 8; i += 1) await articles.put(makeArticle(`s${i}`, { hoursAgo: 8 - i, topics: ["sport"] }));
          expect((await articles.latest({ limit: 100 })).map((a) => a.id)).toEqual(["s7", "s6", "s5", "s4", "s3"]);
          expect((await articles.latest({ limit: 100, topic: "sport" })).map((a) => a.id)).toEqual(["s7", "s6", "s5"]);
          // Older stories leave the index but stay readable by id.
          expect((await articles.get("s0"))?.id).toBe("s0");
        },
        { global: 5, perTopic: 3 },
      ));

    it("loses no index entry when many stories are stored at once", () =>
      withStores(async ({ articles }) => {
        await Promise.all(Array.from({ length: 20 }, (_, i) => articles.put(makeArticle(`c${i}`, { hoursAgo: i }))));
        const ids = (await articles.latest({ limit: 50 })).map((a) => a.id);
        expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`));
      }));

    it("orders stories of the same time by id, the same way on every backend", () =>
      withStores(async ({ articles }) => {
        for (const id of ["b", "c", "a"]) await articles.put(makeArticle(id, { hoursAgo: 1 }));
        expect((await articles.latest({ limit: 10 })).map((a) => a.id)).toEqual(["c", "b", "a"]);
      }));

    it("forgets stories and their near-duplicate candidates after the retention time", () =>
      withStores(
        async ({ articles }) => {
          const title = "Storm Ciara floods hundreds of homes across northern England";
          await articles.put(makeArticle("r1", { title, url: "https://one.example/r1" }));
          expect((await articles.findDuplicate({ url: "https://two.example/r", title }))?.id).toBe("r1");
          await sleep(500);
          expect(await articles.findDuplicate({ url: "https://two.example/r", title })).toBeUndefined();
          expect(await articles.findDuplicate({ url: "https://one.example/r1", title: "Other words" })).toBeUndefined();
          expect(await articles.get("r1")).toBeUndefined();
        },
        { retentionMs: 300 },
      ));

    it("finds quotes by any word of the speaker's name, newest story first, key quotes first", () =>
      withStores(async ({ articles }) => {
        await articles.put(
          makeArticle("q-old", {
            hoursAgo: 10,
            quotes: [{ text: "France was targeted", speaker: "Emmanuel Macron", key: true }],
          }),
        );
        await articles.put(
          makeArticle("q-new", {
            hoursAgo: 1,
            topics: ["world"],
            quotes: [
              { text: "minor remark", speaker: "Emmanuel Macron", key: false },
              { text: "We stand together", speaker: "Emmanuel Macron", key: true },
              { text: "Not his words", speaker: "Olaf Scholz", key: true },
            ],
          }),
        );
        const byName = await articles.findQuotes({ speaker: "macron", limit: 10 });
        expect(byName.map((hit) => [hit.article.id, hit.quote.text])).toEqual([
          ["q-new", "We stand together"],
          ["q-new", "minor remark"],
          ["q-old", "France was targeted"],
        ]);
        expect((await articles.findQuotes({ speaker: "Emmanuel Macron", limit: 1 })).map((h) => h.quote.text)).toEqual([
          "We stand together",
        ]);
        expect(await articles.findQuotes({ speaker: "Biden", limit: 10 })).toEqual([]);
        expect(await articles.findQuotes({ speaker: "Olaf Macron", limit: 10 })).toEqual([]);
        const byTopic = await articles.findQuotes({ topic: "World", limit: 10 });
        expect(byTopic.map((hit) => hit.quote.text)).toEqual(["We stand together", "Not his words", "minor remark"]);
        const both = await articles.findQuotes({ speaker: "Scholz", topic: "politics", limit: 10 });
        expect(both).toEqual([]);
      }));

    it("finds a duplicate by its canonical link or any source's link", () =>
      withStores(async ({ articles }) => {
        await articles.put(
          makeArticle("d1", {
            url: "https://news.example/story/1",
            sources: ["https://news.example/story/1", "https://wire.example/a/9"],
          }),
        );
        expect((await articles.findDuplicate({ url: "https://news.example/story/1/#top", title: "Other words" }))?.id).toBe("d1");
        expect((await articles.findDuplicate({ url: "https://wire.example/a/9", title: "Other words" }))?.id).toBe("d1");
        expect(await articles.findDuplicate({ url: "https://news.example/story/2", title: "Other words" })).toBeUndefined();
        // Stories without a link never match each other by link.
        await articles.put(makeArticle("nolink", { url: "", sources: [""] }));
        expect(await articles.findDuplicate({ url: "", title: "Other words" })).toBeUndefined();
      }));

    it("finds a duplicate by a near-identical title and lede, and not a different story", () =>
      withStores(async ({ articles }) => {
        await articles.put(
          makeArticle("n1", {
            url: "https://one.example/x",
            title: "Storm Ciara floods hundreds of homes across northern England - One News",
            lede: "Hundreds of homes were flooded across northern England on Sunday as Storm Ciara brought record rain.",
          }),
        );
        const same = await articles.findDuplicate({
          url: "https://two.example/y",
          title: "Storm Ciara floods hundreds of homes across northern England | Two Times",
          lede: "Hundreds of homes were flooded across northern England on Sunday after Storm Ciara brought record rain.",
        });
        expect(same?.id).toBe("n1");
        const other = await articles.findDuplicate({
          url: "https://two.example/z",
          title: "Storm Ciara floods hundreds of homes across northern England",
          lede: "Insurers expect claims to top two billion pounds, the industry body said on Tuesday.",
        });
        expect(other).toBeUndefined();
        const generic = await articles.findDuplicate({ url: "https://two.example/w", title: "Live updates" });
        expect(generic).toBeUndefined();
      }));
  });
}
