import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IndexEntry, insertEntry, readEntries } from "../../src/store/bounded-index.js";

/** The obvious implementation the string index must agree with. */
function reference(list: IndexEntry[], entry: IndexEntry, max: number): IndexEntry[] {
  const rest = list.filter((item) => item.id !== entry.id);
  let at = rest.findIndex((item) => item.t < entry.t);
  if (at === -1) at = rest.length;
  rest.splice(at, 0, entry);
  return rest.slice(0, max);
}

describe("bounded index", () => {
  it("keeps entries newest first, moves a re-inserted id, and keeps the newest max", () => {
    let index = "";
    index = insertEntry(index, { id: "a", t: 10 }, 3);
    index = insertEntry(index, { id: "b", t: 30 }, 3);
    index = insertEntry(index, { id: "c", t: 20 }, 3);
    expect(readEntries(index)).toEqual([
      { id: "b", t: 30 },
      { id: "c", t: 20 },
      { id: "a", t: 10 },
    ]);
    index = insertEntry(index, { id: "a", t: 40 }, 3);
    expect(readEntries(index).map((e) => e.id)).toEqual(["a", "b", "c"]);
    index = insertEntry(index, { id: "d", t: 5 }, 3);
    expect(readEntries(index).map((e) => e.id)).toEqual(["a", "b", "c"]);
    index = insertEntry(index, { id: "e", t: 25 }, 3);
    expect(readEntries(index).map((e) => e.id)).toEqual(["a", "b", "e"]);
    expect(readEntries("")).toEqual([]);
  });

  it("keeps odd ids intact: spaces, newlines, percent signs, one id inside another", () => {
    let index = "";
    for (const [i, id] of ["a b", "b", "x\ny", "50%", "%41", ""].entries()) index = insertEntry(index, { id, t: i }, 10);
    index = insertEntry(index, { id: "b", t: 100 }, 10);
    expect(readEntries(index).map((e) => e.id)).toEqual(["b", "", "%41", "50%", "x\ny", "a b"]);
  });

  it("agrees with a plain array implementation on any sequence of inserts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string({ maxLength: 4 }), t: fc.integer({ min: 0, max: 5e12 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (entries, max) => {
          let index = "";
          let expected: IndexEntry[] = [];
          for (const entry of entries) {
            index = insertEntry(index, entry, max);
            expected = reference(expected, entry, max);
          }
          expect(readEntries(index)).toEqual(expected);
        },
      ),
    );
  });
});
