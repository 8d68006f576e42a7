import type Keyv from "keyv";
import type { Article, Quote } from "../types.js";
import { keyHash } from "./key-hash.js";
import { moveLegacyIndex, readLegacyIndex } from "./legacy-indexes.js";
import type { ArticleStore, QuoteHit } from "./ports.js";
import type { IndexAddOptions, IndexEntry, SharedState } from "./shared-state.js";
import { fingerprint, linkKey, nearDuplicateOf, type StoryFingerprint, titleBuckets, words } from "./story-similarity.js";

/** Sizes of the bounded indexes and how long stories are kept. */
export interface ArticleStoreLimits {
  /** Newest ids kept in the global index. */
  global: number;
  /** Newest ids kept per topic. */
  perTopic: number;
  /** Newest ids kept per speaker name word. */
  perSpeaker: number;
  /** Newest ids kept per title bucket (near-duplicate candidates). */
  perBucket: number;
  /** Stories, link and bucket keys expire after this many ms (0 keeps them forever). */
  retentionMs: number;
}

const DEFAULT_LIMITS: ArticleStoreLimits = {
  global: 1000,
  perTopic: 300,
  perSpeaker: 200,
  perBucket: 30,
  retentionMs: 30 * 24 * 3600 * 1000,
};

// How many ids a scan loads per getMany.
const CHUNK = 50;
// Near-duplicate candidates compared per lookup (the ones sharing the most title buckets).
const MAX_CANDIDATES = 24;

/**
 * ArticleStore over one keyv namespace and the shared state. Keyv keys: `a:<id>` story, `l:<link>` → id, `f:<id>` its
 * title and lede words. Shared newest-first bounded indexes, each key after `<namespace>:`: `i:all`, `i:t:<topic>`,
 * `i:s:<word>`, and `b:<bucket>` → near-duplicate candidates.
 */
export class KeyvArticleStore implements ArticleStore {
  readonly #kv: Keyv;
  readonly #shared: SharedState;
  readonly #namespace: string;
  readonly #limits: ArticleStoreLimits;
  #ready: Promise<void> | undefined;

  constructor(kv: Keyv, shared: SharedState, namespace: string, limits: Partial<ArticleStoreLimits> = {}) {
    this.#kv = kv;
    this.#shared = shared;
    this.#namespace = namespace;
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  async put(article: Article): Promise<void> {
    await this.#migrated();
    const ttl = this.#limits.retentionMs || undefined;
    await this.#kv.set(articleKey(article.id), article, ttl);
    const entry: IndexEntry = { id: article.id, t: sortTime(article) };
    const updates: Promise<void>[] = this.#indexesOf(article).map(({ key, options }) =>
      this.#shared.indexAdd(this.#sharedKey(key), entry, options),
    );
    const print = fingerprint({ title: article.title, ...(article.summary.lede ? { lede: article.summary.lede } : {}) });
    updates.push(this.#kv.set(fingerprintKey(article.id), print, ttl).then(() => undefined));
    const links = new Set([article.url, ...article.sources.map((source) => source.url)].filter((url) => url.trim()).map(linkKey));
    for (const link of links) updates.push(this.#kv.set(`l:${keyHash(link)}`, article.id, ttl).then(() => undefined));
    await Promise.all(updates);
  }

  async get(id: string): Promise<Article | undefined> {
    return (await this.#kv.get<Article>(articleKey(id))) ?? undefined;
  }

  async latest(query: { limit: number; topic?: string; since?: Date; deliverableOnly?: boolean }): Promise<Article[]> {
    await this.#migrated();
    const topic = query.topic ? normalizeTopic(query.topic) : undefined;
    const { entries, tagged } = await this.#topicEntries(topic);
    const since = query.since?.getTime() ?? Number.NEGATIVE_INFINITY;
    const found: Article[] = [];
    for await (const article of this.#scan(
      entries.filter((entry) => entry.t >= since),
      query.limit + 2,
    )) {
      if (topic && !isAbout(article, topic, tagged)) continue;
      if (query.deliverableOnly && article.deliverable === false) continue;
      if (sortTime(article) < since) continue;
      found.push(article);
      if (found.length >= query.limit) break;
    }
    return found;
  }

  async findQuotes(query: { speaker?: string; topic?: string; limit: number }): Promise<QuoteHit[]> {
    await this.#migrated();
    const wanted = query.speaker ? [...new Set(words(query.speaker))] : [];
    const topic = query.topic ? normalizeTopic(query.topic) : undefined;
    let entries: IndexEntry[];
    let tagged = new Set<string>();
    if (wanted.length > 0) {
      const lists = await Promise.all(wanted.map((word) => this.#entries(speakerKey(word))));
      const [first = [], ...others] = lists;
      const otherIds = others.map((list) => new Set(list.map((entry) => entry.id)));
      entries = first.filter((entry) => otherIds.every((ids) => ids.has(entry.id)));
    } else if (query.speaker !== undefined) {
      return [];
    } else {
      ({ entries, tagged } = await this.#topicEntries(topic));
    }
    const hits: QuoteHit[] = [];
    for await (const article of this.#scan(entries, query.limit)) {
      if (topic && !isAbout(article, topic, tagged)) continue;
      const quotes = article.summary.quotes.filter((quote) => wanted.length === 0 || speakerMatches(quote, wanted));
      // Key quotes first, then the others in text order.
      for (const quote of [...quotes.filter((q) => q.key), ...quotes.filter((q) => !q.key)]) {
        hits.push({ quote, article });
        if (hits.length >= query.limit) return hits;
      }
    }
    return hits;
  }

  async findDuplicate(candidate: { url: string; title: string; lede?: string }): Promise<Article | undefined> {
    await this.#migrated();
    const byLink = candidate.url.trim() ? await this.#kv.get<string>(`l:${keyHash(linkKey(candidate.url))}`) : undefined;
    if (byLink) {
      const article = await this.get(byLink);
      if (article) return article;
    }
    const buckets = titleBuckets(candidate.title);
    const lists = await Promise.all(buckets.map((bucket) => this.#entries(`b:${bucket}`)));
    // Stories sharing more buckets have more similar titles: compare those first, and only a few.
    const shared = new Map<string, number>();
    for (const entry of lists.flat()) shared.set(entry.id, (shared.get(entry.id) ?? 0) + 1);
    const ids = [...shared.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CANDIDATES)
      .map(([id]) => id);
    if (ids.length === 0) return undefined;
    const matches = nearDuplicateOf({ title: candidate.title, ...(candidate.lede ? { lede: candidate.lede } : {}) });
    const prints = await this.#kv.getMany<StoryFingerprint>(ids.map(fingerprintKey));
    for (const [at, print] of prints.entries()) {
      const id = ids[at];
      if (!print || id === undefined || !matches(print)) continue;
      const article = await this.get(id);
      if (article) return article;
    }
    return undefined;
  }

  /**
   * Candidates for a topic, newest first: the stories tagged with it, then every other story of the global index,
   * since a free keyword ("valmor", "tesla") is matched on the story's words as well as on its tags.
   */
  async #topicEntries(topic: string | undefined): Promise<{ entries: IndexEntry[]; tagged: Set<string> }> {
    const all = await this.#entries("i:all");
    if (!topic) return { entries: all, tagged: new Set() };
    const index = await this.#entries(topicKey(topic));
    const tagged = new Set(index.map((entry) => entry.id));
    const entries = [...index, ...all.filter((entry) => !tagged.has(entry.id))].sort((a, b) => b.t - a.t);
    return { entries, tagged };
  }

  #entries(key: string): Promise<IndexEntry[]> {
    return this.#shared.indexRead(this.#sharedKey(key));
  }

  #sharedKey(key: string): string {
    return `${this.#namespace}:${key}`;
  }

  /** The indexes a story belongs to (keys without the namespace), with their bounds. */
  #indexesOf(article: Article): Array<{ key: string; options: IndexAddOptions }> {
    const ttlMs = this.#limits.retentionMs || undefined;
    const { global, perTopic, perSpeaker, perBucket } = this.#limits;
    return [
      { key: "i:all", options: { max: global } },
      ...[...new Set(article.summary.topics.map(normalizeTopic))].map((topic) => ({
        key: topicKey(topic),
        options: { max: perTopic },
      })),
      ...[...speakerWords(article.summary.quotes)].map((word) => ({ key: speakerKey(word), options: { max: perSpeaker } })),
      ...titleBuckets(article.title).map((bucket) => ({
        key: `b:${bucket}`,
        options: ttlMs ? { max: perBucket, ttlMs } : { max: perBucket },
      })),
    ];
  }

  #migrated(): Promise<void> {
    this.#ready ??= this.#moveLegacyIndexes().then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }

  /**
   * Earlier versions kept each index as one keyv value: those of the stories in the global index move to the shared
   * state, the global index last, so that a crash half-way moves the rest at the next start.
   */
  async #moveLegacyIndexes(): Promise<void> {
    const newest = readLegacyIndex(await this.#kv.get("i:all"));
    if (newest.length === 0) return;
    const indexes = new Map<string, IndexAddOptions>();
    for (let at = 0; at < newest.length; at += CHUNK) {
      const stories = await this.#kv.getMany<Article>(newest.slice(at, at + CHUNK).map((entry) => articleKey(entry.id)));
      for (const story of stories) {
        if (story) for (const { key, options } of this.#indexesOf(story)) if (key !== "i:all") indexes.set(key, options);
      }
    }
    const keys = [...indexes.keys()];
    for (let at = 0; at < keys.length; at += CHUNK) {
      await Promise.all(
        keys
          .slice(at, at + CHUNK)
          .map((key) => moveLegacyIndex(this.#kv, key, this.#shared, this.#sharedKey(key), indexes.get(key))),
      );
    }
    await moveLegacyIndex(this.#kv, "i:all", this.#shared, this.#sharedKey("i:all"), { max: this.#limits.global });
  }

  /**
   * Loads the stories of index entries in order, skipping expired ones: `first` at once (what the caller
   * probably needs), then chunks doubling up to CHUNK.
   */
  async *#scan(entries: readonly IndexEntry[], first = CHUNK): AsyncGenerator<Article> {
    let size = Math.max(1, Math.min(first, CHUNK));
    for (let at = 0; at < entries.length; at += size, size = Math.min(size * 2, CHUNK)) {
      const keys = entries.slice(at, at + size).map((entry) => articleKey(entry.id));
      const articles = await this.#kv.getMany<Article>(keys);
      for (const article of articles) if (article) yield article;
    }
  }
}

function articleKey(id: string): string {
  return `a:${keyHash(id)}`;
}

function fingerprintKey(id: string): string {
  return `f:${keyHash(id)}`;
}

function topicKey(topic: string): string {
  return `i:t:${keyHash(topic)}`;
}

function speakerKey(word: string): string {
  return `i:s:${keyHash(word)}`;
}

/**
 * A story is about a topic when its topic index holds it (`tagged`) and its summary still carries the tag, or when its
 * title or text names the topic as whole words.
 */
function isAbout(article: Article, topic: string, tagged: ReadonlySet<string>): boolean {
  if (tagged.has(article.id) && article.summary.topics.some((tag) => normalizeTopic(tag) === topic)) return true;
  return ` ${words(`${article.title} ${article.text}`).join(" ")} `.includes(` ${topic} `);
}

function normalizeTopic(topic: string): string {
  return words(topic).join(" ");
}

/** Time (ms) an ISO string stands for, or `fallback` when it is missing or invalid. */
function timeOf(iso: string | null | undefined, fallback: number): number {
  if (!iso) return fallback;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? fallback : t;
}

// Publication time, but never later than the fetch: a feed's future dates must not pin a story on top.
function sortTime(article: Article): number {
  const fetched = timeOf(article.fetchedAt, 0);
  return Math.min(timeOf(article.publishedAt, fetched), fetched || Number.POSITIVE_INFINITY);
}

function speakerWords(quotes: readonly Quote[]): Set<string> {
  const found = new Set<string>();
  for (const quote of quotes) for (const word of words(quote.speaker ?? "")) if (word.length >= 2) found.add(word);
  return found;
}

function speakerMatches(quote: Quote, wanted: readonly string[]): boolean {
  if (!quote.speaker) return false;
  const name = new Set(words(quote.speaker));
  return wanted.every((word) => name.has(word));
}

/** Whether a story is about a topic or free keyword, as /latest and digests match it (its tags, or whole words). */
export function storyIsAbout(article: Article, topic: string): boolean {
  return isAbout(article, normalizeTopic(topic), new Set([article.id]));
}
