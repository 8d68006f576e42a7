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
}

/** The time a story counts for in a digest window. */
export function storyTime(article: Article): number {
  return new Date(article.publishedAt ?? article.fetchedAt).getTime();
}

/** Stories matching any of the topics, in the window, deliverable only (not from a feed's first fetch), newest first. */
export async function selectStories(articles: ArticleStore, query: SelectionQuery): Promise<Article[]> {
  const byId = new Map<string, Article>();
  const topics = [...new Set(query.topics.map(normalizeTopic))];
  const found = await Promise.all(
    topics.map((topic) => articles.latest({ topic, since: query.since, limit: query.perTopic ?? 50, deliverableOnly: true })),
  );
  const until = query.until.getTime();
  const since = query.since.getTime();
  for (const article of found.flat()) {
    const time = storyTime(article);
    if (article.deliverable === false || time > until || time <= since) continue;
    byId.set(article.id, article);
  }
  return [...byId.values()].sort((a, b) => storyTime(b) - storyTime(a) || a.id.localeCompare(b.id));
}
