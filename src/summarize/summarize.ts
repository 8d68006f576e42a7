import type { ArticleInput, Summary } from "../types.js";
import { findFigures } from "./figures/find-figures.js";
import { layoutText } from "./layout-text.js";
import { pickPoints } from "./points/pick-points.js";
import { writeHeadline } from "./points/write-headline.js";
import { findQuotes } from "./quotes/find-quotes.js";
import { classifyTopics } from "./topics/classify-topics.js";

/** Characters of an article that are briefed: a long read is about 60,000; beyond that is a book or a hostile page. */
export const MAX_BRIEFED_CHARS = 100_000;

/** Turns an article into its brief. Pure, synchronous and deterministic: no network, no models to download. */
export function summarize(article: ArticleInput): Summary {
  // A prefix keeps every offset valid against the whole input, and bounds the work on a huge one.
  const layout = layoutText(briefedPart(article.text), article.title);
  const { lede, points } = pickPoints(layout);
  return {
    headline: writeHeadline(article.title, lede, layout),
    lede,
    points,
    quotes: findQuotes(layout),
    figures: findFigures(layout),
    topics: classifyTopics(layout, article.title),
  };
}

/** The text up to MAX_BRIEFED_CHARS, cut at the last paragraph break (else line break, else space) before it. */
function briefedPart(text: string): string {
  if (text.length <= MAX_BRIEFED_CHARS) return text;
  const head = text.slice(0, MAX_BRIEFED_CHARS);
  for (const separator of ["\n\n", "\n", " "]) {
    const at = head.lastIndexOf(separator);
    if (at > MAX_BRIEFED_CHARS / 2) return head.slice(0, at);
  }
  return head;
}
