/**
 * The values several instances may change at once, each change atomic on its backend: indexes (Redis sorted sets,
 * SQLite rows changed by single statements, in-process maps) and claims (Redis `SET NX PX`, SQLite upserts).
 */

/** One entry of an index: an id and the time (ms since epoch, or any increasing number) it sorts by. */
export interface IndexEntry {
  id: string;
  t: number;
}

/** How an index entry is added. */
export interface IndexAddOptions {
  /** Keep only the newest `max` entries (by `t`, at least 1); unbounded when absent. */
  max?: number;
  /**
   * The whole index expires this many ms after its last change (absent: never). Give one index the same `ttlMs`
   * (or none) on every add.
   */
  ttlMs?: number;
  /** Keep the entry's first time when its id is there already (insertion-ordered lists); default: move it. */
  keepExisting?: boolean;
}

/**
 * Atomic indexes and claims shared by every instance on one store. Keys are the caller's (a store namespace, then its
 * own key); each backend prepends the deployment's prefix. Entries with the same `t` are ordered by id, as Redis orders
 * a sorted set's members of equal score: newest first is (t, id) descending, oldest first ascending.
 */
export interface SharedState {
  /** Adds (or moves) `entry.id` in the index at `key`, then drops all but the newest `max`, in one atomic change. */
  indexAdd(key: string, entry: IndexEntry, options?: IndexAddOptions): Promise<void>;
  /** Removes `id` from the index at `key`. */
  indexRemove(key: string, id: string): Promise<void>;
  /** The entries of an index, newest first (`order: "newest"`, default) or oldest first, at most `limit` of them. */
  indexRead(key: string, options?: { order?: "newest" | "oldest"; limit?: number }): Promise<IndexEntry[]>;
  /**
   * Takes the claim at `key` for `owner` for `ttlMs` when it is free or expired, or renews it for another `ttlMs`
   * when `owner` holds it already; true when `owner` holds it now, false while another owner does.
   */
  claim(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the claim back when `owner` holds it; does nothing when another owner does. */
  release(key: string, owner: string): Promise<void>;
  /** Closes the connection. */
  close(): Promise<void>;
}
