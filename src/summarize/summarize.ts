import type { ArticleInput, Summary } from "../types.js";
import { findFigures } from "./figures/find-figures.js";
import { layoutText } from "./layout-text.js";
import { pickPoints } from "./points/pick-points.js";
import { writeHeadline } from "./points/write-headline.js";
import { findQuotes } from "./quotes/find-quotes.js";
import { classifyTopics } from "./topics/classify-topics.js";

/** Turns an article into its brief. Pure, synchronous and deterministic: no network, no models to download. */
export function summarize(article: ArticleInput): Summary {
  const layout = layoutText(article.text, article.title);
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
