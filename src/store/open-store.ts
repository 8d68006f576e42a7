import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import Keyv, { type KeyvStoreAdapter } from "keyv";
import { UserError } from "../errors.js";
import { type ArticleStoreLimits, KeyvArticleStore } from "./keyv-article-store.js";
import { KeyvFeedStore } from "./keyv-feed-store.js";
import { createMemorySharedState } from "./memory-shared-state.js";
import type { ArticleStore, FeedStore } from "./ports.js";
import type { SharedState } from "./shared-state.js";

/** The stores of one running newsbrief, all on the same backend. */
export interface Stores {
  articles: ArticleStore;
  feeds: FeedStore;
  /** Indexes and claims several instances change at once, on the same backend (keys: a store's namespace first). */
  shared: SharedState;
  /** A keyv for another store (one per namespace, the same instance for the same name); values must be JSON data. */
  keyv(namespace: string): Keyv;
  /** Closes every connection (the shared state's too). */
  close(): Promise<void>;
}

/** The default STORE_URL. */
export const DEFAULT_STORE_URL = "sqlite://./data/newsbrief.sqlite";

/** Options for {@link openStores}. */
export interface OpenStoresOptions {
  articleLimits?: Partial<ArticleStoreLimits>;
  /** Prepended to every namespace, so that several deployments (or test runs) can share one Redis. */
  namespacePrefix?: string;
}

/**
 * Opens the stores for a STORE_URL: `sqlite://PATH` (the folder is created), `memory://`, or `redis://…` / `rediss://…`.
 * Throws UserError for any other scheme.
 */
export async function openStores(storeUrl: string = DEFAULT_STORE_URL, options: OpenStoresOptions = {}): Promise<Stores> {
  const makeAdapter = await adapterFactory(storeUrl);
  const shared = await openSharedState(storeUrl, options.namespacePrefix ?? "");
  const opened = new Map<string, Keyv>();
  const keyv = (name: string): Keyv => {
    const namespace = `${options.namespacePrefix ?? ""}${name}`;
    let kv = opened.get(namespace);
    if (!kv) {
      const made = makeAdapter(namespace);
      // Errors reach the caller (the poller records them per feed) instead of reading as missing keys.
      // Plain JSON: keyv's default (de)serializer walks every value in JS (Buffer support we don't need), and was
      // most of the ingest benchmark's time. Values must therefore be JSON data (no Buffer, no Date).
      const base = { namespace, throwOnErrors: true, serialize: JSON.stringify, deserialize: JSON.parse };
      kv = made ? new Keyv({ ...base, store: made.adapter, useKeyPrefix: !made.prefixed }) : new Keyv(base);
      opened.set(namespace, kv);
    }
    return kv;
  };
  return {
    articles: new KeyvArticleStore(keyv("articles"), shared, "articles", options.articleLimits),
    feeds: new KeyvFeedStore(keyv("feeds"), shared, "feeds"),
    shared,
    keyv,
    async close() {
      const all = [...opened.values()];
      opened.clear();
      await Promise.all([...all.map((kv) => kv.disconnect()), shared.close()]);
    },
  };
}

// Called after adapterFactory has checked the URL (and created the SQLite folder).
async function openSharedState(storeUrl: string, prefix: string): Promise<SharedState> {
  if (/^sqlite:/i.test(storeUrl)) {
    const { openSqliteSharedState } = await import("./sqlite-shared-state.js");
    return openSqliteSharedState(sqlitePath(storeUrl), { prefix });
  }
  if (/^rediss?:/i.test(storeUrl)) {
    // Loaded only here: one process on SQLite never loads ioredis.
    const { openRedisSharedState } = await import("./redis-shared-state.js");
    return openRedisSharedState(storeUrl, { prefix });
  }
  return createMemorySharedState();
}

function sqlitePath(storeUrl: string): string {
  return storeUrl.replace(/^sqlite:\/\//i, "");
}

/** A backend's adapter for a namespace; `prefixed` when the adapter adds the namespace to keys itself. */
type AdapterFactory = (namespace: string) => { adapter: KeyvStoreAdapter; prefixed?: boolean } | undefined;

async function adapterFactory(storeUrl: string): Promise<AdapterFactory> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(storeUrl)?.[1]?.toLowerCase();
  if (scheme === "memory") return () => undefined;
  if (scheme === "sqlite") {
    const path = sqlitePath(storeUrl);
    if (!path) throw new UserError(`STORE_URL "${storeUrl}" has no file path (use sqlite://./data/newsbrief.sqlite)`);
    if (path !== ":memory:") await mkdir(dirname(resolve(path)), { recursive: true });
    // Store drivers are loaded for the backend in use only.
    const { default: KeyvSqlite } = await import("@keyv/sqlite");
    // One connection per namespace, all on one file: WAL lets them read while another writes.
    return () => {
      const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 });
      // The pragma persists in the file; a failure here only costs concurrency, and shows on the next query.
      void adapter.query("PRAGMA journal_mode=WAL").catch(() => undefined);
      // In WAL mode NORMAL never corrupts the file; a power cut may lose the last writes, which the next poll
      // fetches again. FULL would fsync every set: about 30 ms per stored story instead of about 1.
      void adapter.query("PRAGMA synchronous=NORMAL").catch(() => undefined);
      return { adapter: adapter as KeyvStoreAdapter };
    };
  }
  if (scheme === "redis" || scheme === "rediss") {
    const { default: KeyvRedis } = await import("@keyv/redis");
    // KeyvRedis prefixes keys with "namespace::" itself (as @keyv/redis's createKeyv sets it up).
    return (namespace) => ({ adapter: new KeyvRedis(storeUrl, { namespace }) as KeyvStoreAdapter, prefixed: true });
  }
  throw new UserError(`STORE_URL "${storeUrl}" is not supported: use sqlite://PATH, memory:// or redis://HOST:PORT`);
}
