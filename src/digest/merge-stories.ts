/** Digest merging: the same story from several feeds becomes one entry, "reported by N sources". */
import { isNearDuplicate, linkKey } from "../store/story-similarity.js";
import type { Article, ArticleSource } from "../types.js";

/** One digest entry: the story shown, every stored story it stands for, and all their sources. */
export interface DigestStory {
  article: Article;
  /** Ids of every stored story merged into this entry (all are recorded as delivered together). */
  ids: string[];
  /** Distinct sources (by feed), merged across duplicates. */
  sources: ArticleSource[];
}

/** Merges duplicates (same link or near-identical title and lede); the first of a group (newest) is shown. */
export function mergeStories(articles: readonly Article[]): DigestStory[] {
  const stories: DigestStory[] = [];
  for (const article of articles) {
    const same = stories.find((story) => sameStory(story.article, article));
    if (!same) {
      stories.push({ article, ids: [article.id], sources: distinctSources(article.sources) });
      continue;
    }
    same.ids.push(article.id);
    same.sources = distinctSources([...same.sources, ...article.sources]);
  }
  return stories;
}

function sameStory(a: Article, b: Article): boolean {
  if (linkKey(a.url) === linkKey(b.url)) return true;
  return isNearDuplicate({ title: a.title, lede: a.summary.lede }, { title: b.title, lede: b.summary.lede });
}

function distinctSources(sources: readonly ArticleSource[]): ArticleSource[] {
  const seen = new Map<string, ArticleSource>();
  for (const source of sources) if (!seen.has(source.feedUrl)) seen.set(source.feedUrl, source);
  return [...seen.values()];
}
