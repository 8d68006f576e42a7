import { describe, expect, it } from "vitest";
import type { SharedState } from "../../src/store/shared-state.js";
import { type OpenForContract, sleep, withStores } from "./contract-stores.js";

/** The SharedState contract (indexes and claims): every backend must pass it unchanged. */
export function sharedStateContract(backend: string, open: OpenForContract): void {
  const withShared = (test: (shared: SharedState) => Promise<void>) => withStores(open, ({ shared }) => test(shared));

  describe(`SharedState indexes on ${backend}`, () => {
    it("keeps entries newest first, moves a re-added id, and keeps the newest max", () =>
      withShared(async (shared) => {
        const add = (id: string, t: number) => shared.indexAdd("ns:i", { id, t }, { max: 3 });
        await add("a", 10);
        await add("b", 30);
        await add("c", 20);
        expect(await shared.indexRead("ns:i")).toEqual([
          { id: "b", t: 30 },
          { id: "c", t: 20 },
          { id: "a", t: 10 },
        ]);
        await add("a", 40);
        expect((await shared.indexRead("ns:i")).map((e) => e.id)).toEqual(["a", "b", "c"]);
        // Older than the three kept: in and out at once.
        await add("d", 5);
        expect((await shared.indexRead("ns:i")).map((e) => e.id)).toEqual(["a", "b", "c"]);
        await add("e", 25);
        expect(await shared.indexRead("ns:i")).toEqual([
          { id: "a", t: 40 },
          { id: "b", t: 30 },
          { id: "e", t: 25 },
        ]);
        expect(await shared.indexRead("ns:i", { order: "oldest" })).toEqual([
          { id: "e", t: 25 },
          { id: "b", t: 30 },
          { id: "a", t: 40 },
        ]);
        expect((await shared.indexRead("ns:i", { limit: 2 })).map((e) => e.id)).toEqual(["a", "b"]);
        expect((await shared.indexRead("ns:i", { order: "oldest", limit: 1 })).map((e) => e.id)).toEqual(["e"]);
        expect(await shared.indexRead("ns:i", { limit: 0 })).toEqual([]);
        expect(await shared.indexRead("ns:other")).toEqual([]);
      }));

    it("orders entries of the same time by id, and keeps any id as it is", () =>
      withShared(async (shared) => {
        const ids = ["b", "a b", "x\ny", "50%", "%41", "", "é", "c"];
        for (const id of ids) await shared.indexAdd("ns:ties", { id, t: 7 });
        expect((await shared.indexRead("ns:ties")).map((e) => e.id)).toEqual([...ids].sort().reverse());
        expect((await shared.indexRead("ns:ties", { order: "oldest" })).map((e) => e.id)).toEqual([...ids].sort());
        await shared.indexAdd("ns:ties", { id: "c", t: 7 }, { max: 2 });
        expect((await shared.indexRead("ns:ties")).map((e) => e.id)).toEqual(["é", "x\ny"]);
      }));

    it("keeps an id's first time with keepExisting (insertion-ordered lists)", () =>
      withShared(async (shared) => {
        await shared.indexAdd("ns:list", { id: "first", t: 1 }, { keepExisting: true });
        await shared.indexAdd("ns:list", { id: "second", t: 2 }, { keepExisting: true });
        await shared.indexAdd("ns:list", { id: "first", t: 3 }, { keepExisting: true });
        expect(await shared.indexRead("ns:list", { order: "oldest" })).toEqual([
          { id: "first", t: 1 },
          { id: "second", t: 2 },
        ]);
      }));

    it("removes an id for good, and ignores one it does not hold", () =>
      withShared(async (shared) => {
        await shared.indexAdd("ns:r", { id: "a", t: 1 }, { keepExisting: true });
        await shared.indexAdd("ns:r", { id: "b", t: 2 }, { keepExisting: true });
        await shared.indexRemove("ns:r", "a");
        await shared.indexRemove("ns:r", "unknown");
        await shared.indexRemove("ns:none", "a");
        expect((await shared.indexRead("ns:r")).map((e) => e.id)).toEqual(["b"]);
        // Added again, it is a new entry: its old time is gone.
        await shared.indexAdd("ns:r", { id: "a", t: 3 }, { keepExisting: true });
        expect(await shared.indexRead("ns:r", { order: "oldest" })).toEqual([
          { id: "b", t: 2 },
          { id: "a", t: 3 },
        ]);
        await shared.indexRemove("ns:r", "a");
        await shared.indexRemove("ns:r", "b");
        expect(await shared.indexRead("ns:r")).toEqual([]);
      }));

    it("expires a whole index ttlMs after its last change, and starts it afresh after that", () =>
      withShared(async (shared) => {
        await shared.indexAdd("ns:ttl", { id: "a", t: 1 }, { ttlMs: 400 });
        await sleep(250);
        // This change gives the whole index (a too) another 400 ms.
        await shared.indexAdd("ns:ttl", { id: "b", t: 2 }, { ttlMs: 400 });
        await sleep(250);
        expect((await shared.indexRead("ns:ttl")).map((e) => e.id)).toEqual(["b", "a"]);
        await sleep(300);
        expect(await shared.indexRead("ns:ttl")).toEqual([]);
        await shared.indexAdd("ns:ttl", { id: "c", t: 0 }, { ttlMs: 400, max: 2 });
        expect(await shared.indexRead("ns:ttl")).toEqual([{ id: "c", t: 0 }]);
        await shared.indexAdd("ns:ttl", { id: "a", t: 5 }, { ttlMs: 400, keepExisting: true });
        expect(await shared.indexRead("ns:ttl")).toEqual([
          { id: "a", t: 5 },
          { id: "c", t: 0 },
        ]);
      }));

    it("keeps times beyond 32 bits and fractions exactly", () =>
      withShared(async (shared) => {
        const entries = [
          { id: "now", t: Date.parse("2026-11-20T12:00:00.123Z") },
          { id: "half", t: 0.5 },
          { id: "zero", t: 0 },
        ];
        for (const entry of entries) await shared.indexAdd("ns:times", entry);
        expect(await shared.indexRead("ns:times")).toEqual(entries);
      }));

    it("loses no entry when many are added to one index at once, and keeps exactly max", () =>
      withShared(async (shared) => {
        await Promise.all(Array.from({ length: 60 }, (_, n) => shared.indexAdd("ns:burst", { id: `s${n}`, t: n }, { max: 40 })));
        const ids = (await shared.indexRead("ns:burst")).map((e) => e.id);
        expect(ids).toEqual(Array.from({ length: 40 }, (_, n) => `s${59 - n}`));
      }));
  });

  describe(`SharedState claims on ${backend}`, () => {
    it("is taken when free, refused to another owner, and given back by its owner only", () =>
      withShared(async (shared) => {
        expect(await shared.claim("lease:poll", "one", 5000)).toBe(true);
        expect(await shared.claim("lease:poll", "two", 5000)).toBe(false);
        expect(await shared.claim("lease:other", "two", 5000)).toBe(true);
        await shared.release("lease:poll", "two");
        expect(await shared.claim("lease:poll", "two", 5000)).toBe(false);
        await shared.release("lease:poll", "one");
        expect(await shared.claim("lease:poll", "two", 5000)).toBe(true);
        expect(await shared.claim("lease:poll", "one", 5000)).toBe(false);
        await shared.release("lease:never", "one");
      }));

    it("is renewed by its owner, and taken by another once it expires", () =>
      withShared(async (shared) => {
        expect(await shared.claim("lease:r", "one", 400)).toBe(true);
        await sleep(250);
        // Renewed for another 400 ms from now.
        expect(await shared.claim("lease:r", "one", 400)).toBe(true);
        await sleep(250);
        expect(await shared.claim("lease:r", "two", 400)).toBe(false);
        await sleep(300);
        expect(await shared.claim("lease:r", "two", 400)).toBe(true);
        expect(await shared.claim("lease:r", "one", 400)).toBe(false);
        // A release by the owner whose claim expired and was taken does nothing.
        await shared.release("lease:r", "one");
        expect(await shared.claim("lease:r", "one", 400)).toBe(false);
      }));

    it("goes to exactly one of many owners claiming at once", () =>
      withShared(async (shared) => {
        const taken = await Promise.all(Array.from({ length: 12 }, (_, n) => shared.claim("lease:race", `owner-${n}`, 5000)));
        expect(taken.filter(Boolean)).toHaveLength(1);
      }));

    it("keeps claims and indexes apart", () =>
      withShared(async (shared) => {
        expect(await shared.claim("same", "one", 5000)).toBe(true);
        await shared.indexAdd("same", { id: "x", t: 1 });
        expect(await shared.indexRead("same")).toEqual([{ id: "x", t: 1 }]);
        expect(await shared.claim("same", "two", 5000)).toBe(false);
      }));
  });
}
