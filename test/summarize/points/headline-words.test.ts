import { describe, expect, it } from "vitest";
import { NATIONALITY, ORG_WORD, PARTICIPLE, RANK, VERB_START } from "../../../src/summarize/points/headline-words.js";

describe("headline word classes", () => {
  it("tells verbs, participles, ranks, organisations and nationalities from other words", () => {
    expect(VERB_START.test("announced")).toBe(true);
    expect(VERB_START.test("seed")).toBe(false);
    expect(PARTICIPLE.test("unveiled")).toBe(true);
    expect(PARTICIPLE.test("ferry")).toBe(false);
    expect(RANK.test("Captain")).toBe(true);
    expect(ORG_WORD.test("Rovers")).toBe(true);
    expect(ORG_WORD.test("Vane")).toBe(false);
    expect(NATIONALITY.test("Italian")).toBe(true);
  });
});
