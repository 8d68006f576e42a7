import { describe, expect, it } from "vitest";
import { MAX_AUTOCOMPLETE_CHOICES, matchTopics } from "../../../adapters/discord/invocation.js";

describe("matchTopics", () => {
  it("puts prefix matches before substring matches, case-insensitively, without duplicates", () => {
    expect(matchTopics(["climate change", "Tech", "biotech", "tech", "science"], "TEC")).toEqual(["Tech", "tech", "biotech"]);
    expect(matchTopics(["world", "world", " sport "], "")).toEqual(["world", "sport"]);
  });

  it("answers at most 25 choices", () => {
    const topics = Array.from({ length: 60 }, (_, i) => `topic ${i}`);
    expect(matchTopics(topics, "topic")).toHaveLength(MAX_AUTOCOMPLETE_CHOICES);
    expect(matchTopics(topics, "nothing like it")).toEqual([]);
  });
});
