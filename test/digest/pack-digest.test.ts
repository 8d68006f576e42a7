import { describe, expect, it } from "vitest";
import { renderText } from "../../adapters/console/render.js";
import type { DigestStory } from "../../src/digest/merge-stories.js";
import { messageLength, packDigest } from "../../src/digest/pack-digest.js";
import type { Article } from "../../src/index.js";
import { story } from "../chat/stories.js";

const NOW = new Date("2026-03-01T09:00:00Z");

/** Twelve stories of varied length, built from one fixture with longer and shorter ledes. */
function stories(count = 12): DigestStory[] {
  return Array.from({ length: count }, (_, i) => {
    const base = story("s-flood");
    const lede = `Story ${i + 1}: ${"Rising rivers forced people from their homes as rescue teams worked through the night. ".repeat(1 + (i % 5))}`;
    const article: Article = {
      ...base,
      id: `story-${i + 1}`,
      url: `https://news.example.org/world/story-${i + 1}`,
      summary: { ...base.summary, headline: `Headline number ${i + 1}`, lede },
    };
    return { article, ids: [article.id], sources: article.sources };
  });
}

describe("packDigest", () => {
  for (const limit of [4096, 2000]) {
    it(`fits every message under ${limit} characters, in as few messages as a greedy fill allows, splitting only between stories`, () => {
      const input = stories();
      const parts = packDigest(input, { limits: { messageChars: limit }, title: "🗞 Digest · world · 12 stories", now: NOW });
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) {
        expect(messageLength(part.message)).toBeLessThanOrEqual(limit);
        expect(renderText(part.message).length).toBeLessThanOrEqual(limit);
      }
      // Each story once, in rank order, whole (its heading and its link are in the same message).
      expect(parts.flatMap((p) => p.storyIds)).toEqual(input.map((s) => s.article.id));
      for (const part of parts) {
        const text = renderText(part.message);
        for (const id of part.storyIds) {
          expect(text).toContain(`Headline number ${id.slice(6)}\n`);
          expect(text).toContain(`https://news.example.org/world/${id}>`);
        }
      }
      // No two neighbours could have shared a message: the packing is as tight as the budget allows.
      for (let i = 1; i < parts.length; i++) {
        const together =
          messageLength((parts[i - 1] as (typeof parts)[number]).message) +
          messageLength((parts[i] as (typeof parts)[number]).message);
        expect(together).toBeGreaterThan(limit * 0.9 - 60);
      }
      expect(renderText((parts[0] as (typeof parts)[number]).message).split("\n")[0]).toBe(
        `🗞 Digest · world · 12 stories (1/${parts.length})`,
      );
    });
  }

  it("uses one message where the platform has no limit (console)", () => {
    const parts = packDigest(stories(), { limits: { messageChars: Number.POSITIVE_INFINITY }, title: "Digest", now: NOW });
    expect(parts).toHaveLength(1);
    expect(parts[0]?.storyIds).toHaveLength(12);
  });

  it("keeps at most embedsPerMessage stories per message (Discord: 10)", () => {
    const parts = packDigest(stories(), { limits: { messageChars: 1_000_000, embedsPerMessage: 10 }, title: "Digest", now: NOW });
    expect(parts.map((p) => p.storyIds.length)).toEqual([10, 2]);
  });

  it("trims a story too long for any message instead of splitting it", () => {
    const [one] = stories(1);
    if (!one) throw new Error("no story");
    const long = { ...one, article: { ...one.article, summary: { ...one.article.summary, lede: "word ".repeat(1500) } } };
    const parts = packDigest([long], { limits: { messageChars: 2000 }, title: "Digest", now: NOW });
    expect(parts).toHaveLength(1);
    expect(messageLength(parts[0]?.message ?? { blocks: [] })).toBeLessThanOrEqual(2000);
    expect(renderText(parts[0]?.message ?? { blocks: [] })).toContain("…");
  });
});
