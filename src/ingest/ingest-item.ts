import { summarize as summarizeArticle } from "../summarize/index.js";
import type { Article, ArticleInput, ArticleSource, Summary } from "../types.js";
import { decodeBody } from "./decode-html.js";
import { storyId } from "./dedup-story.js";
import { type ExtractedArticle, extractArticle } from "./extract-article.js";
import { htmlToText } from "./html-to-text.js";
import { canonicalUrl } from "./item-id.js";
import { type FeedItem, type FeedSource, type ParsedFeed, parseFeed } from "./parse-feed.js";
import { type FetchOptions, type FetchResult, safeFetch } from "./safe-fetch.js";

/** The functions ingestion is built from; tests and benchmarks may swap any of them. */
export interface IngestDeps {
  fetch(url: string, options: FetchOptions): Promise<FetchResult>;
  parseFeed(body: string, feedUrl: string, source?: FeedSource): ParsedFeed;
  decodeBody(body: Buffer, contentType: string | null): string;
  extractArticle(html: string, url?: string): ExtractedArticle;
  canonicalUrl(url: string): string;
  summarize(input: ArticleInput): Summary | Promise<Summary>;
}

/** The real fetch, parse, extract and summarize functions. */
export const DEFAULT_INGEST_DEPS: IngestDeps = {
  fetch: safeFetch,
  parseFeed,
  decodeBody,
  extractArticle,
  canonicalUrl,
  summarize: summarizeArticle,
};

// Extracted page text shorter than this is a teaser or a paywall stub: the feed's own content may be better.
const MIN_PAGE_TEXT = 300;

/** What one feed item brings: its link and text as the feed gives them. */
export type ItemToIngest = FeedItem;

/** Why the page text was or wasn't used (for reports and tests). */
export type TextOrigin = "page" | "feed" | "title";

/**
 * Turns a feed item into a stored story: fetches its page (`fetchPage`: safeFetch kind "page", through the
 * caller's host limit), extracts and briefs the text, falling back to the feed's content or summary when the
 * page fails or is too thin. Never throws for a page failure; `pageError` says what went wrong.
 */
export async function ingestItem(
  item: ItemToIngest,
  source: { feedUrl: string; feedTitle?: string },
  context: {
    deps: IngestDeps;
    fetchPage: (url: string) => Promise<FetchResult>;
    now: Date;
    deliverable: boolean;
  },
): Promise<{ article: Article; origin: TextOrigin; pageError?: string }> {
  const { deps } = context;
  const link = item.url ? safeCanonical(deps, item.url) : undefined;
  let extracted: ExtractedArticle | undefined;
  let pageError: string | undefined;
  if (item.url) {
    try {
      const page = await context.fetchPage(item.url);
      extracted = deps.extractArticle(deps.decodeBody(page.body, page.contentType), page.url);
    } catch (error) {
      pageError = error instanceof Error ? error.message : String(error);
    }
  }
  // The summary is plain text already: reading it as HTML again would decode it twice.
  const feedText = htmlToText(item.content ?? "") || (item.summary ?? "");
  const pageText = extracted?.text.trim() ?? "";
  let origin: TextOrigin;
  let text: string;
  if (pageText.length >= MIN_PAGE_TEXT || (pageText && pageText.length >= feedText.length)) {
    origin = "page";
    text = pageText;
  } else if (feedText) {
    origin = "feed";
    text = feedText;
  } else {
    origin = "title";
    text = item.title;
  }
  const title = item.title || extracted?.title || "";
  const publishedAt = item.publishedAt ?? extracted?.publishedAt ?? null;
  const url = link ?? item.url;
  const summary = await deps.summarize({
    text,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  });
  const articleSource: ArticleSource = {
    feedUrl: source.feedUrl,
    ...(source.feedTitle ? { feedTitle: source.feedTitle } : {}),
    url: item.url,
  };
  const article: Article = {
    id: storyId(link, source.feedUrl, item.id),
    url,
    title: title || summary.headline,
    text,
    publishedAt,
    fetchedAt: context.now.toISOString(),
    sources: [articleSource],
    summary,
    ...(context.deliverable ? {} : { deliverable: false }),
  };
  return { article, origin, ...(pageError ? { pageError } : {}) };
}

/** The canonical link of an item, or undefined when its link is not a URL. */
export function safeCanonical(deps: Pick<IngestDeps, "canonicalUrl">, url: string): string | undefined {
  try {
    return deps.canonicalUrl(url);
  } catch {
    return undefined;
  }
}
