/** Storage ports: everything newsbrief remembers goes through these (never module-level maps). */
import type { Article, Quote } from "../types.js";

/** A quote found in a stored story. */
export interface QuoteHit {
  quote: Quote;
  article: Article;
}

/** Stored stories and their briefs. */
export interface ArticleStore {
  /** Stores (or replaces) a story. */
  put(article: Article): Promise<void>;
  get(id: string): Promise<Article | undefined>;
  /** Newest first; `topic` matches Summary.topics; `since` compares publishedAt (else fetchedAt). Bounded index. */
  latest(query: { limit: number; topic?: string; since?: Date }): Promise<Article[]>;
  /** Most recent quotes whose speaker (any word of the name, case-insensitive) or story topic matches. */
  findQuotes(query: { speaker?: string; topic?: string; limit: number }): Promise<QuoteHit[]>;
  /** The stored story with this canonical link or near-identical title, if any (for cross-feed dedup). */
  findDuplicate(candidate: { url: string; title: string; lede?: string }): Promise<Article | undefined>;
}

/** What newsbrief knows about one feed it follows. */
export interface FeedState {
  url: string;
  title?: string;
  /** Validators for conditional GET. */
  etag?: string;
  lastModified?: string;
  /** ISO times. */
  lastPolledAt?: string;
  lastSuccessAt?: string;
  nextPollAt?: string;
  /** Consecutive failures; reset on success. */
  failures: number;
  lastError?: string;
  /** Set when paused by an admin or disabled after repeated failure; `disabledReason` says why. */
  paused?: boolean;
  disabled?: boolean;
  disabledReason?: string;
  /** Item ids seen already (bounded), so a re-poll delivers only new items. */
  seenIds?: string[];
  /** True once the first fetch stored its items (the first fetch delivers none). */
  primed?: boolean;
}

/** Per-feed state. */
export interface FeedStore {
  get(url: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
  remove(url: string): Promise<void>;
  list(): Promise<FeedState[]>;
}
