/** `summarizeUrl` for /summarize: fetch the page safely, extract its text, brief it. */
import { fetchArticle } from "../ingest/fetch-article.js";
import { summarize } from "../summarize/index.js";
import type { ArticleInput, Summary } from "../types.js";
import { explainFetchFailure } from "./feed-admin.js";
import type { Services } from "./services.js";

/** Creates the page briefer; `allowPrivateNetworks` only for tests and local demos. */
export function createSummarizeUrl(options: {
  allowPrivateNetworks: boolean;
  fetch?: typeof fetchArticle;
  /** The summarizer (default: the rule-based core). */
  summarize?: (article: ArticleInput) => Summary | Promise<Summary>;
}): Services["summarizeUrl"] {
  const fetch = options.fetch ?? fetchArticle;
  const brief = options.summarize ?? summarize;
  return async (url) => {
    let page: Awaited<ReturnType<typeof fetchArticle>>;
    try {
      page = await fetch(url, { allowPrivateNetworks: options.allowPrivateNetworks });
    } catch (error) {
      throw explainFetchFailure(url, error);
    }
    const summary = await brief({
      text: page.text,
      title: page.title,
      url: page.url,
      ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    });
    return { url: page.url, title: page.title, publishedAt: page.publishedAt, summary };
  };
}
