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
  /**
   * Newest first; `topic` matches Summary.topics; `since` compares publishedAt (else fetchedAt). Bounded index.
   * `deliverableOnly` skips stories stored by a feed's first fetch (Article.deliverable === false).
   */
  latest(query: { limit: number; topic?: string; since?: Date; deliverableOnly?: boolean }): Promise<Article[]>;
  /** Most recent quotes whose speaker (any word of the name, case-insensitive) or story topic matches. */
  findQuotes(query: { speaker?: string; topic?: string; limit: number }): Promise<QuoteHit[]>;
  /** The stored story with this canonical link or near-identical title, if any (for cross-feed dedup). */
  findDuplicate(candidate: { url: string; title: string; lede?: string }): Promise<Article | undefined>;
}

/** What newsbrief knows about one feed it follows. */
export interface FeedState {
  url: string;
  title?: string;
  /** The site's own page, when known (an OPML import's htmlUrl). */
  htmlUrl?: string;
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
  /** Poll interval the feed asked for (feed TTL / Cache-Control max-age), clamped to the poller's floor and ceiling. */
  pollIntervalSeconds?: number;
  /** ISO time the feed was disabled (after repeated failure). */
  disabledAt?: string;
}

/** Per-feed state. */
export interface FeedStore {
  get(url: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
  remove(url: string): Promise<void>;
  list(): Promise<FeedState[]>;
}

/** A channel's digest subscription: its topics, when digests go out, and its quiet hours. */
export interface Subscription {
  /** "telegram:-100123", "discord:<id>", "console:local". */
  channel: `${"discord" | "telegram" | "console"}:${string}`;
  /** Built-in sections or free keywords, lower-case. */
  topics: string[];
  /** Cron expression (5 or 6 fields) in `timezone`. */
  schedule: string;
  /** IANA timezone, e.g. "Europe/Paris". */
  timezone: string;
  /** Hours ("HH:MM", in `timezone`) in which digests wait; they are sent silently when the hours end. */
  quiet?: { from: string; to: string };
  /** Set after a permanent delivery failure (bot removed, chat gone); `pausedReason` says why. */
  paused?: boolean;
  pausedReason?: string;
  /** ISO time up to which stories were covered by the last digest. */
  lastDigestAt?: string;
  /** Keyword filters for digests and /latest: words, phrases or /regex/ (see digest/story-filter.ts). */
  filters?: { include: string[]; exclude: string[] };
  createdAt: string;
}

/** Subscriptions, one per channel. */
export interface SubscriptionStore {
  get(channel: Subscription["channel"]): Promise<Subscription | undefined>;
  put(subscription: Subscription): Promise<void>;
  remove(channel: Subscription["channel"]): Promise<void>;
  list(): Promise<Subscription[]>;
}

/** One digest run, identified by (channel, scheduled time): enqueuing it twice delivers it once. */
export interface DigestRun {
  channel: Subscription["channel"];
  /** ISO time the run was scheduled for. */
  scheduledAt: string;
  /** held: waiting for quiet hours to end; sending: started (resumed after a crash); done/failed: finished. */
  status: "held" | "sending" | "done" | "failed";
  /** When a held run may go (end of quiet hours). */
  releaseAt?: string;
  /** Sent without notification (it was held by quiet hours). */
  silent?: boolean;
  /** Story ids chosen when the run started; a resumed run sends those not yet delivered. */
  storyIds?: string[];
  /** Stories covered up to this ISO time (becomes the subscription's lastDigestAt). */
  until?: string;
  attempts?: number;
  error?: string;
}

/** What was delivered where: keyed by (channel, story), plus the ledger of digest runs. */
export interface DeliveryLog {
  /** The ids among `storyIds` already delivered to `channel`. */
  delivered(channel: Subscription["channel"], storyIds: readonly string[]): Promise<Set<string>>;
  /** Records stories as delivered to `channel`. */
  markDelivered(channel: Subscription["channel"], storyIds: readonly string[], at: Date): Promise<void>;
  getRun(channel: Subscription["channel"], scheduledAt: string): Promise<DigestRun | undefined>;
  putRun(run: DigestRun): Promise<void>;
  /** Runs not yet done or failed (held or interrupted), oldest first. */
  openRuns(): Promise<DigestRun[]>;
}

/** A chat's own settings, kept whether or not it has a subscription. */
export interface ChatSettings {
  channel: Subscription["channel"];
  /** The UI language an admin chose with /language (a code of src/i18n/languages.ts). */
  language?: string;
  /** The platform locale last seen in the chat (Telegram language_code, Discord guild locale): digests' default. */
  seenLocale?: string;
}

/** Chat settings, one record per channel. */
export interface ChatSettingsStore {
  get(channel: Subscription["channel"]): Promise<ChatSettings | undefined>;
  put(settings: ChatSettings): Promise<void>;
}
