import { createHash } from "node:crypto";

/** One entry of a newest-first index: an id and the time (ms since epoch) it sorts by. */
export interface IndexEntry {
  id: string;
  t: number;
}

// An index is kept as one string, one "TTTTTTTTT id" line per entry, newest first: the time in fixed-width
// base 36 (so string order is time order). Inserting a story then costs a few indexOf calls and one string
// copy, instead of parsing and re-serializing an array of objects on every put.
const TIME_WIDTH = 9;

/** The index with `entry` inserted (or moved, when its id is there already), keeping the newest `max` entries. */
export function insertEntry(index: string, entry: IndexEntry, max: number): string {
  const id = encodeId(entry.id);
  let text = removeId(index, id);
  const line = `${encodeTime(entry.t)} ${id}`;
  // Find the first line older than the new entry; new stories usually go first, so this stops early.
  let at = 0;
  while (at < text.length && text.slice(at, at + TIME_WIDTH) >= line.slice(0, TIME_WIDTH)) {
    const end = text.indexOf("\n", at);
    at = end === -1 ? text.length : end + 1;
  }
  if (at >= text.length) text = text ? `${text}\n${line}` : line;
  else text = `${text.slice(0, at)}${line}\n${text.slice(at)}`;
  return truncate(text, max);
}

/** Every entry of an index, newest first. */
export function readEntries(index: string): IndexEntry[] {
  if (!index) return [];
  return index.split("\n").map((line) => ({
    t: Number.parseInt(line.slice(0, TIME_WIDTH), 36),
    id: decodeId(line.slice(TIME_WIDTH + 1)),
  }));
}

function removeId(index: string, id: string): string {
  const needle = ` ${id}\n`;
  const padded = `${index}\n`;
  let from = 0;
  for (;;) {
    const found = padded.indexOf(needle, from);
    if (found === -1) return index;
    const lineStart = padded.lastIndexOf("\n", found) + 1;
    if (found - lineStart === TIME_WIDTH) {
      const rest = padded.slice(found + needle.length);
      const joined = `${padded.slice(0, lineStart)}${rest}`;
      return joined.endsWith("\n") ? joined.slice(0, -1) : joined;
    }
    from = found + 1;
  }
}

function truncate(index: string, max: number): string {
  let at = -1;
  for (let count = 0; count < max; count += 1) {
    at = index.indexOf("\n", at + 1);
    if (at === -1) return index;
  }
  return index.slice(0, at);
}

function encodeTime(t: number): string {
  return Math.max(0, Math.floor(t)).toString(36).padStart(TIME_WIDTH, "0");
}

// Ids are opaque strings: only a newline or "%" needs escaping to keep one entry per line.
function encodeId(id: string): string {
  return id.includes("\n") || id.includes("%") ? encodeURIComponent(id) : id;
}

function decodeId(text: string): string {
  return text.includes("%") ? decodeURIComponent(text) : text;
}

/**
 * A short, stable key fragment for any string (URLs, ids, names) that keeps keys small for every backend:
 * short plain words and ids as they are ("=" prefix), anything else hashed ("#" prefix), so the two never collide.
 */
export function keyHash(value: string): string {
  if (/^[\w.-]{1,48}$/.test(value)) return `=${value}`;
  return `#${createHash("sha256").update(value).digest("base64url").slice(0, 22)}`;
}

/** Time (ms) an ISO string stands for, or `fallback` when it is missing or invalid. */
export function timeOf(iso: string | null | undefined, fallback: number): number {
  if (!iso) return fallback;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? fallback : t;
}
