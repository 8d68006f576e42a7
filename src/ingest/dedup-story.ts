import { createHash } from "node:crypto";
import type { Article, ArticleSource } from "../types.js";

/** A stable story id: from the canonical link when there is one (so every feed carrying it agrees), else feed + item id. */
export function storyId(canonicalLink: string | undefined, feedUrl: string, itemId: string): string {
  const basis = canonicalLink ? `link:${canonicalLink}` : `item:${feedUrl}\n${itemId}`;
  return createHash("sha256").update(basis).digest("base64url").slice(0, 16);
}

/** The story with `source` added to its sources, or undefined when that feed is already one of them. */
export function withSource(article: Article, source: ArticleSource): Article | undefined {
  if (article.sources.some((known) => known.feedUrl === source.feedUrl)) return undefined;
  return { ...article, sources: [...article.sources, source] };
}

/**
 * What a feed remembers of an item it has seen: its id and its canonical link (so guids that change still match),
 * each as a 12-character hash that keeps the feed's state small however long the ids and links are.
 */
export function seenKeys(itemId: string, canonicalLink: string | undefined): string[] {
  const keys = [shortHash(`id:${itemId}`)];
  if (canonicalLink) keys.push(shortHash(`url:${canonicalLink}`));
  return keys;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 12);
}

/** The seen list with `keys` added at the end, keeping the newest `max` entries. */
export function rememberSeen(seen: readonly string[], keys: Iterable<string>, max: number): string[] {
  const added = new Set(keys);
  const merged = [...seen.filter((key) => !added.has(key)), ...added];
  return merged.length > max ? merged.slice(merged.length - max) : merged;
}
