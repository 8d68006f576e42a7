import type Keyv from "keyv";
import type { Article, Quote } from "../types.js";
import { type IndexEntry, insertEntry, keyHash, readEntries, timeOf } from "./bounded-index.js";
import { KeyedLock } from "./keyed-lock.js";
import type { ArticleStore, QuoteHit } from "./ports.js";
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
 * ArticleStore over one keyv namespace. Keys: `a:<id>` story, `i:all` / `i:t:<topic>` / `i:s:<word>`
 * newest-first bounded indexes, `l:<link>` → id, `b:<bucket>` → near-duplicate candidates, `f:<id>` their title and lede.
 */
export class KeyvArticleStore implements ArticleStore {
  readonly #kv: Keyv;
  readonly #limits: ArticleStoreLimits;
  readonly #lock = new KeyedLock();

  constructor(kv: Keyv, limits: Partial<ArticleStoreLimits> = {}) {
    this.#kv = kv;
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
  }

  async put(article: Article): Promise<void> {
    const ttl = this.#limits.retentionMs || undefined;
    await this.#kv.set(articleKey(article.id), article, ttl);
    const entry: IndexEntry = { id: article.id, t: sortTime(article) };
    const updates: Promise<void>[] = [this.#index("i:all", entry, this.#limits.global)];
    for (const topic of new Set(article.summary.topics.map(normalizeTopic))) {
      updates.push(this.#index(topicKey(topic), entry, this.#limits.perTopic));
    }
    for (const word of speakerWords(article.summary.quotes)) {
      updates.push(this.#index(speakerKey(word), entry, this.#limits.perSpeaker));
    }
    for (const bucket of titleBuckets(article.title)) {
      updates.push(this.#index(`b:${bucket}`, entry, this.#limits.perBucket, ttl));
    }
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

  async #entries(key: string): Promise<IndexEntry[]> {
    return readEntries((await this.#kv.get<string>(key)) ?? "");
  }

  async #index(key: string, entry: IndexEntry, max: number, ttl?: number): Promise<void> {
    await this.#lock.run(key, async () => {
      const index = (await this.#kv.get<string>(key)) ?? "";
      await this.#kv.set(key, insertEntry(index, entry, max), ttl);
    });
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
