/**
 * Indexes that earlier versions kept as one keyv value each (read, changed and written back whole, which loses
 * entries when two processes write at once): read once, added to the SharedState index that replaces them, deleted.
 */
import type Keyv from "keyv";
import type { IndexAddOptions, IndexEntry, SharedState } from "./shared-state.js";

// A legacy newest-first index: one "TTTTTTTTT id" line per entry, the time in fixed-width base 36.
const TIME_WIDTH = 9;
// How many entries are added at once.
const CHUNK = 50;

/** The entries of a legacy index value: a newest-first index string, or an id list (its positions as times). */
export function readLegacyIndex(value: unknown): IndexEntry[] {
  if (Array.isArray(value)) return value.filter((id) => typeof id === "string").map((id, position) => ({ id, t: position }));
  if (typeof value !== "string" || !value) return [];
  return value.split("\n").map((line) => {
    const id = line.slice(TIME_WIDTH + 1);
    return { t: Number.parseInt(line.slice(0, TIME_WIDTH), 36), id: id.includes("%") ? decodeURIComponent(id) : id };
  });
}

/**
 * Moves the legacy index at keyv `key` (if any) into the shared index `to`, then deletes it; returns its entries.
 * Running it again after a crash half-way adds the same entries again, which changes nothing.
 */
export async function moveLegacyIndex(
  kv: Keyv,
  key: string,
  shared: SharedState,
  to: string,
  options: IndexAddOptions = {},
): Promise<IndexEntry[]> {
  const value: unknown = await kv.get(key);
  if (value === undefined || value === null) return [];
  const entries = readLegacyIndex(value);
  for (let at = 0; at < entries.length; at += CHUNK) {
    await Promise.all(entries.slice(at, at + CHUNK).map((entry) => shared.indexAdd(to, entry, options)));
  }
  await kv.delete(key);
  return entries;
}
