/** Digest selection: the deliverable stories of a window that match a subscription's topics. */
import type { ArticleStore } from "../store/ports.js";
import type { Article } from "../types.js";
import { normalizeTopic } from "./topics.js";

/** What to select. */
export interface SelectionQuery {
  topics: readonly string[];
  /** Stories after this time (publishedAt, else fetchedAt). */
  since: Date;
  /** And not after this one. */
  until: Date;
  /** Per topic, before merging and ranking (default 50). */
  perTopic?: number;
  /**
   * A subscription's first digest (and previews before it): also take stories from a feed's first fetch, but only
   * dated ones; an undated first-fetch story could be any age, so it never goes into a digest.
   */
  includeFirstFetch?: boolean;
}

/** Whether a story may go into a digest: stored after its feed's first fetch, or dated when the query allows first-fetch stories. */
export function isDigestible(article: Article, includeFirstFetch: boolean): boolean {
  if (article.deliverable !== false) return true;
  return includeFirstFetch && article.publishedAt !== undefined && article.publishedAt !== null;
}

/** The time a story counts for in a digest window. */
export function storyTime(article: Article): number {
  return new Date(article.publishedAt ?? article.fetchedAt).getTime();
}

/** Stories matching any of the topics, in the window, digestible only (see {@link isDigestible}), newest first. */
export async function selectStories(articles: ArticleStore, query: SelectionQuery): Promise<Article[]> {
  const byId = new Map<string, Article>();
  const first = query.includeFirstFetch === true;
  const topics = [...new Set(query.topics.map(normalizeTopic))];
  const found = await Promise.all(
    topics.map((topic) => articles.latest({ topic, since: query.since, limit: query.perTopic ?? 50, deliverableOnly: !first })),
  );
  const until = query.until.getTime();
  const since = query.since.getTime();
  for (const article of found.flat()) {
    const time = storyTime(article);
    if (!isDigestible(article, first) || time > until || time <= since) continue;
    byId.set(article.id, article);
  }
  return [...byId.values()].sort((a, b) => storyTime(b) - storyTime(a) || a.id.localeCompare(b.id));
}
