import { describe, expect, it } from "vitest";
import { readWordNumber } from "../../../src/summarize/figures/number-words.js";

function read(text: string) {
  return readWordNumber(text, 0);
}

describe("readWordNumber", () => {
  it("reads units, tens, hundreds and scales", () => {
    expect(read("seven boats")?.value).toBe(7);
    expect(read("forty-five boats")?.value).toBe(45);
    expect(read("ninety five boats")?.value).toBe(95);
    expect(read("three hundred and twenty boats")?.value).toBe(320);
    expect(read("two million three hundred thousand boats")?.value).toBe(2_300_000);
  });

  it("ends the number where the words stop", () => {
    const text = "twelve angry men";
    expect(read(text)?.end).toBe("twelve".length);
  });

  it("does not run two small numbers together", () => {
    expect(read("one two three")?.value).toBe(1);
  });

  it("reads articles before scales and fractions", () => {
    expect(read("a dozen eggs")?.value).toBe(12);
    expect(read("a million dollar house")?.value).toBe(1e6);
    expect(read("a third of voters")).toMatchObject({ value: 1 / 3, fraction: true });
    expect(read("a third term")).toBeNull();
    expect(read("a car")).toBeNull();
  });

  it("reads fractions with numerators", () => {
    expect(read("two-thirds of them")?.value).toBeCloseTo(2 / 3);
    expect(read("three quarters of the vote")?.value).toBe(0.75);
    expect(read("one-third interest")?.value).toBeCloseTo(1 / 3);
    expect(read("two quarters in a row")?.value).toBe(2);
    expect(read("two and a half million")?.value).toBe(2.5);
  });

  it("reads approximate plurals as ranges", () => {
    expect(read("hundreds of homes")).toMatchObject({ value: [100, 1000], plural: true });
    expect(read("tens of thousands of fans")?.value).toEqual([10_000, 100_000]);
    expect(read("hundreds of thousands did")?.value).toEqual([100_000, 1_000_000]);
    expect(read("thousands more")).toBeNull();
  });

  it("returns null for words that are not numbers", () => {
    expect(read("someone")).toBeNull();
    expect(read("onerous")).toBeNull();
  });
});
