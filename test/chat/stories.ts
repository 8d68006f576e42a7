/** The invented stories of test/fixtures/chat/stories.json as stored Articles (hand-written briefs, offsets computed). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Article, Figure, Quote } from "../../src/index.js";

interface StoryFixture {
  id: string;
  url: string;
  title: string;
  text: string;
  publishedAt: string;
  topics: string[];
  lede: string;
  quotes: { text: string; speaker: string }[];
  figures: { text: string; label: string; value: number; unit: string | null }[];
  sources: string[];
}

const fixtures = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../fixtures/chat/stories.json"), "utf8"),
) as StoryFixture[];

/** Every fixture story as an Article, fetched at `fetchedAt` (default: its publication time). */
export function storyArticles(options: { deliverable?: boolean } = {}): Article[] {
  return fixtures.map((story) => toArticle(story, options.deliverable ?? true));
}

/** One fixture story by id. */
export function story(id: string, overrides: Partial<Article> = {}): Article {
  const found = fixtures.find((s) => s.id === id);
  if (!found) throw new Error(`no fixture story ${id}`);
  return { ...toArticle(found, true), ...overrides };
}

function toArticle(story: StoryFixture, deliverable: boolean): Article {
  const quotes: Quote[] = story.quotes.map((q) => {
    const start = story.text.indexOf(q.text);
    const speakerStart = story.text.indexOf(q.speaker);
    return {
      text: q.text.replace(/,$/, ""),
      start,
      end: start + q.text.length,
      speaker: q.speaker,
      speakerStart,
      speakerEnd: speakerStart + q.speaker.length,
      key: true,
    };
  });
  const figures: Figure[] = story.figures.map((f) => {
    const start = story.text.indexOf(f.text);
    return { value: f.value, unit: f.unit, label: f.label, text: f.text, start, end: start + f.text.length, key: true };
  });
  return {
    id: story.id,
    url: story.url,
    title: story.title,
    text: story.text,
    publishedAt: story.publishedAt,
    fetchedAt: story.publishedAt,
    sources: story.sources.map((feedUrl) => ({ feedUrl, url: story.url })),
    summary: {
      headline: story.title.replace(/ - Example Wire$/, ""),
      lede: story.lede,
      points: [story.lede],
      quotes,
      figures,
      topics: story.topics,
    },
    deliverable,
  };
}

/** `count` distinct world stories with long ledes, a minute apart before `now`: a 2000-character platform needs several messages. */
export function manyWorldStories(count: number, now: Date): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const base = story("s-summit");
    return {
      ...base,
      id: `w-${i}`,
      url: `https://news.example.org/world/w-${i}`,
      title: `World story ${i} about a distinct event number ${i * 7919}`,
      publishedAt: new Date(now.getTime() - (i + 1) * 60_000).toISOString(),
      summary: {
        ...base.summary,
        headline: `World story ${i}`,
        lede: `Lede ${i}: ${"Delegates met again to agree on shared warnings. ".repeat(6)}`,
      },
    };
  });
}
