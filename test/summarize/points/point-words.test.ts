import { describe, expect, it } from "vitest";
import { WordIndex } from "../../../src/summarize/points/point-words.js";

function read(index: WordIndex, text: string) {
  return index.sentence(text, 0, text.length);
}

describe("WordIndex", () => {
  it("gives the same id to the same content word, whatever its case, and counts every word", () => {
    const index = new WordIndex();
    const a = read(index, "Harbour workers in Tolby went on strike.");
    const b = read(index, "The STRIKE closed the harbour.");
    expect(a.words).toBe(7);
    expect(b.words).toBe(5);
    expect(a.ids).toHaveLength(5); // harbour, workers→worker, tolby, went, strike
    expect(b.ids).toHaveLength(3); // strike, closed, harbour
    expect(b.ids).toContain(a.ids[4]);
    expect(b.ids).toContain(a.ids[0]);
    expect(index.size).toBe(6);
  });

  it("leaves out short words and function words", () => {
    const index = new WordIndex();
    expect(read(index, "They said that it was there and then.").ids).toEqual([]);
  });

  it("folds a plain plural into its singular but not a double s", () => {
    const index = new WordIndex();
    const [attacks] = read(index, "attacks").ids;
    const [attack] = read(index, "attack").ids;
    const [glass] = read(index, "glass").ids;
    const [glas] = read(index, "glas").ids;
    expect(attacks).toBe(attack);
    expect(glass).not.toBe(glas);
  });

  it("keeps a sentence's ids distinct", () => {
    const index = new WordIndex();
    expect(read(index, "Rivers, rivers and river banks.").ids).toHaveLength(2);
  });

  it("marks digits and two-word capitalised names inside a sentence", () => {
    const index = new WordIndex();
    expect(read(index, "The mayor, Anna Kovic, spoke.")).toMatchObject({ digit: false, name: true });
    expect(read(index, "Anna spoke to 40 reporters.")).toMatchObject({ digit: true, name: false });
    expect(read(index, "Rain Fell all day.").name).toBe(false); // a sentence's first word is not after a space
  });

  it("starts afresh after reset and grows past its first table", () => {
    const index = new WordIndex();
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}x`).join(" ");
    expect(read(index, words).ids).toHaveLength(3000);
    expect(index.size).toBe(3000);
    index.reset();
    expect(index.size).toBe(0);
    expect(read(index, "fresh start").ids).toEqual([0, 1]);
  });
});
