import { describe, expect, it } from "vitest";
import { checkFilterEntry, compileFilters } from "../../src/digest/story-filter.js";
import { story } from "../chat/stories.js";

const flood = story("s-flood");
const chips = story("s-chips");
const keeps = (filters: { include: string[]; exclude: string[] }) =>
  [flood, chips].filter(compileFilters(filters)).map((a) => a.id);

describe("story filters", () => {
  it("let everything through when there are none", () => {
    expect(keeps({ include: [], exclude: [] })).toEqual(["s-flood", "s-chips"]);
    expect([flood].filter(compileFilters(undefined))).toHaveLength(1);
  });

  it("match whole words and phrases, ignoring case and accents", () => {
    expect(keeps({ include: ["VALDORIA"], exclude: [] })).toEqual(["s-flood"]);
    expect(keeps({ include: ["valdoría"], exclude: [] })).toEqual(["s-flood"]);
    // "chip" is not the word "chips"; the phrase must appear with its words in order.
    expect(keeps({ include: ["chip plant"], exclude: [] })).toEqual(["s-chips"]);
    expect(keeps({ include: ["plant chip"], exclude: [] })).toEqual([]);
    expect(keeps({ include: ["semiconductor"], exclude: [] })).toEqual([]);
  });

  it("drop what an exclude entry matches, even when an include entry matches too", () => {
    expect(keeps({ include: [], exclude: ["valdoria"] })).toEqual(["s-chips"]);
    expect(keeps({ include: ["valdoria", "lumen"], exclude: ["floods"] })).toEqual(["s-chips"]);
  });

  it("run /regex/ entries case-insensitively", () => {
    expect(keeps({ include: ["/semi\\w+ors/"], exclude: [] })).toEqual(["s-chips"]);
    expect(keeps({ include: [], exclude: ["/FLOODS?/"] })).toEqual(["s-chips"]);
  });

  it("run a catastrophically backtracking pattern in linear time on RE2", () => {
    // (a+)+$ against "aaaa…ab" takes exponential time on a backtracking engine (2^40 steps here);
    // RE2 answers at once, so this test would time out on a classic engine.
    const text = `${"a".repeat(40)}b`;
    const bomb = { ...flood, title: text, text, summary: { ...flood.summary, headline: text, lede: text } };
    expect([bomb].filter(compileFilters({ include: ["/(a+)+$/"], exclude: [] }))).toHaveLength(0);
    expect([bomb].filter(compileFilters({ include: ["/(a|aa)+b/"], exclude: [] }))).toHaveLength(1);
  });

  it("refuse entries they cannot run, with the reason", () => {
    expect(() => checkFilterEntry("/(?<=x)y/")).toThrow(/not a regular expression I can run.*RE2/);
    expect(() => checkFilterEntry("/(a)\\1/")).toThrow(/RE2/);
    expect(() => checkFilterEntry("  ")).toThrow(/needs a word/);
    expect(() => checkFilterEntry("!!!")).toThrow(/no letters or digits/);
    expect(() => checkFilterEntry("x".repeat(201))).toThrow(/at most 200 characters/);
    expect(checkFilterEntry("  climate   change ")).toBe("climate change");
  });
});
