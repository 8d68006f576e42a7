/** SharedState in this process's memory (memory://): sorted arrays and maps, expiry checked lazily by time. */
import type { IndexAddOptions, IndexEntry, SharedState } from "./shared-state.js";

interface MemoryIndex {
  /** Newest first: (t, id) descending. */
  entries: IndexEntry[];
  times: Map<string, number>;
  expiresAt: number;
}

interface MemoryClaim {
  owner: string;
  expiresAt: number;
}

/** Options of {@link createMemorySharedState}. */
export interface MemorySharedStateOptions {
  /** The clock expiry is measured by (tests); default Date.now. */
  now?: () => number;
}

/** Creates a SharedState for one process: every change is one synchronous step, so none interleave. */
export function createMemorySharedState(options: MemorySharedStateOptions = {}): SharedState {
  const now = options.now ?? Date.now;
  const indexes = new Map<string, MemoryIndex>();
  const claims = new Map<string, MemoryClaim>();

  const liveIndex = (key: string): MemoryIndex | undefined => {
    const index = indexes.get(key);
    if (index && index.expiresAt <= now()) {
      indexes.delete(key);
      return undefined;
    }
    return index;
  };

  return {
    async indexAdd(key: string, entry: IndexEntry, add: IndexAddOptions = {}): Promise<void> {
      let index = liveIndex(key);
      if (!index) {
        index = { entries: [], times: new Map(), expiresAt: Number.POSITIVE_INFINITY };
        indexes.set(key, index);
      }
      const known = index.times.get(entry.id);
      if (known === undefined || (!add.keepExisting && known !== entry.t)) {
        if (known !== undefined) index.entries.splice(positionOf(index.entries, { id: entry.id, t: known }), 1);
        index.entries.splice(positionOf(index.entries, entry), 0, { id: entry.id, t: entry.t });
        index.times.set(entry.id, entry.t);
      }
      if (add.max !== undefined) {
        for (const dropped of index.entries.splice(Math.max(1, add.max))) index.times.delete(dropped.id);
      }
      if (add.ttlMs !== undefined) index.expiresAt = now() + add.ttlMs;
    },

    async indexRemove(key: string, id: string): Promise<void> {
      const index = liveIndex(key);
      const t = index?.times.get(id);
      if (!index || t === undefined) return;
      index.entries.splice(positionOf(index.entries, { id, t }), 1);
      index.times.delete(id);
      if (index.entries.length === 0) indexes.delete(key);
    },

    async indexRead(key: string, read: { order?: "newest" | "oldest"; limit?: number } = {}): Promise<IndexEntry[]> {
      if (read.limit !== undefined && read.limit < 1) return [];
      const entries = liveIndex(key)?.entries ?? [];
      const ordered = read.order === "oldest" ? [...entries].reverse() : entries;
      return ordered.slice(0, read.limit ?? ordered.length).map((entry) => ({ ...entry }));
    },

    async claim(key: string, owner: string, ttlMs: number): Promise<boolean> {
      const held = claims.get(key);
      if (held && held.owner !== owner && held.expiresAt > now()) return false;
      claims.set(key, { owner, expiresAt: now() + ttlMs });
      return true;
    },

    async release(key: string, owner: string): Promise<void> {
      if (claims.get(key)?.owner === owner) claims.delete(key);
    },

    async close(): Promise<void> {
      indexes.clear();
      claims.clear();
    },
  };
}

// Where `entry` is (or would go) in a newest-first list: the first entry that sorts after it.
function positionOf(entries: readonly IndexEntry[], entry: IndexEntry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = entries[middle] as IndexEntry;
    if (other.t > entry.t || (other.t === entry.t && other.id > entry.id)) low = middle + 1;
    else high = middle;
  }
  return low;
}
