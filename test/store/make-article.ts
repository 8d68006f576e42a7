/** Stories for the store tests (no test framework here: the concurrent writer imports it too). */
import type { Article, Quote } from "../../src/types.js";

/** One hour in ms. */
export const HOUR = 3600_000;
/** The time `hoursAgo` counts back from. */
export const BASE = Date.parse("2026-11-20T12:00:00Z");

/** A stored story for tests; `hoursAgo` sets both publishedAt and fetchedAt relative to BASE. */
export function makeArticle(
  id: string,
  options: {
    hoursAgo?: number;
    title?: string;
    lede?: string;
    topics?: string[];
    quotes?: Array<Partial<Quote> & { text: string }>;
    url?: string;
    sources?: string[];
    deliverable?: boolean;
  } = {},
): Article {
  const time = new Date(BASE - (options.hoursAgo ?? 0) * HOUR).toISOString();
  const url = options.url ?? `https://news.example/${id}`;
  const title = options.title ?? `Story ${id} about the council budget vote today`;
  return {
    id,
    url,
    title,
    text: `${title}.\n\n${options.lede ?? "Body text."}`,
    publishedAt: time,
    fetchedAt: time,
    sources: (options.sources ?? [url]).map((source) => ({ feedUrl: "https://news.example/feed.xml", url: source })),
    summary: {
      headline: title,
      lede: options.lede ?? `Lede of story ${id}.`,
      points: [],
      quotes: (options.quotes ?? []).map((quote) => ({
        start: 0,
        end: quote.text.length,
        speaker: null,
        speakerStart: null,
        speakerEnd: null,
        key: false,
        ...quote,
      })),
      figures: [],
      topics: options.topics ?? ["politics"],
    },
    ...(options.deliverable === undefined ? {} : { deliverable: options.deliverable }),
  };
}
