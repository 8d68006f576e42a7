/** Invented stories for the alert tests: one key quote by a chosen speaker, a chosen age and first-fetch flag. */
import type { Article } from "../../src/index.js";

/** What a test story may vary. */
export interface AlertStoryOptions {
  title?: string;
  text?: string;
  /** The speaker of the one key quote (none when absent). */
  speaker?: string;
  /** ISO time, or null for an undated story. */
  publishedAt?: string | null;
  fetchedAt?: string;
  /** False for a story stored by its feed's first fetch. */
  deliverable?: boolean;
  topics?: string[];
}

/** A stored story with id `id`, published `publishedAt` (default: `fetchedAt`). */
export function alertStory(id: string, options: AlertStoryOptions = {}): Article {
  const fetchedAt = options.fetchedAt ?? "2026-03-01T08:30:00.000Z";
  const quote = "We will open the new harbour wall before the spring tides";
  const text =
    options.text ??
    `The port authority of Larnholm approved the harbour works on Tuesday. "${quote}," ${options.speaker ?? "an official"} said.`;
  const start = text.indexOf(quote);
  const title = options.title ?? `Larnholm approves harbour works (${id})`;
  return {
    id,
    url: `https://news.example.org/larnholm/${id}`,
    title,
    text,
    publishedAt: options.publishedAt === undefined ? fetchedAt : options.publishedAt,
    fetchedAt,
    sources: [{ feedUrl: "https://news.example.org/feed.xml", url: `https://news.example.org/larnholm/${id}` }],
    summary: {
      headline: title,
      lede: "The port authority of Larnholm approved the harbour works on Tuesday.",
      points: [],
      quotes: options.speaker
        ? [
            {
              text: quote,
              start,
              end: start + quote.length,
              speaker: options.speaker,
              speakerStart: null,
              speakerEnd: null,
              key: true,
            },
          ]
        : [],
      figures: [],
      topics: options.topics ?? ["world"],
    },
    ...(options.deliverable === false ? { deliverable: false } : {}),
  };
}
