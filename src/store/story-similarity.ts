/** Near-duplicate detection for stories: word sets, Jaccard similarity and MinHash buckets over titles. */

/** What two stories are compared on. */
export interface StoryText {
  title: string;
  lede?: string;
}

const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or over says said than that the this to was were will with".split(
    " ",
  ),
);

// " - BBC News", " | Reuters", " — The Site": a short trailer after a dash or bar.
const SITE_SUFFIX = /\s+[-–—|:]\s+[^-–—|:]{2,40}$/;

/** The title without a trailing site name (kept when removing it would leave fewer than three words). */
export function stripSiteSuffix(title: string): string {
  const stripped = title.replace(SITE_SUFFIX, "");
  return stripped !== title && words(stripped).length >= 3 ? stripped : title;
}

/** Lower-case words without accents or punctuation, in order (stop words kept). */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The distinct content words of a text (stop words dropped). */
export function wordSet(text: string): Set<string> {
  return new Set(words(text).filter((word) => !STOP_WORDS.has(word)));
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The content words of a story's title (site name stripped) and lede, computed once and stored beside it. */
export interface StoryFingerprint {
  title: string[];
  lede?: string[];
}

/** The fingerprint of a story. */
export function fingerprint(story: StoryText): StoryFingerprint {
  const title = [...wordSet(stripSiteSuffix(story.title))];
  return story.lede ? { title, lede: [...wordSet(story.lede)] } : { title };
}

/**
 * A test of "the same story told twice" against one story, for many candidates: near-identical titles backed
 * by similar ledes, or (when a lede is missing) long titles that are almost word for word the same.
 */
export function nearDuplicateOf(story: StoryText): (candidate: StoryFingerprint) => boolean {
  const own = fingerprint(story);
  const title = new Set(own.title);
  const lede = own.lede ? new Set(own.lede) : undefined;
  return (candidate) => {
    const titleSim = overlap(title, candidate.title);
    if (lede && candidate.lede) {
      const ledeSim = overlap(lede, candidate.lede);
      return (titleSim >= 0.8 && ledeSim >= 0.5) || (titleSim >= 0.5 && ledeSim >= 0.8);
    }
    // Titles alone: only long ones, so that "Live updates" or "Morning briefing" never merge two stories.
    return titleSim >= 0.9 && Math.min(title.size, candidate.title.length) >= 6;
  };
}

/** Whether two stories are the same one told twice (see {@link nearDuplicateOf}). */
export function isNearDuplicate(a: StoryText, b: StoryText): boolean {
  return nearDuplicateOf(a)(fingerprint(b));
}

// Jaccard similarity of a set and a list of distinct words.
function overlap(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 && b.length === 0) return 0;
  let shared = 0;
  for (const word of b) if (a.has(word)) shared += 1;
  return shared / (a.size + b.length - shared);
}

const BANDS = 8;
const ROWS = 2;

/**
 * MinHash band keys of a title: two titles with Jaccard similarity ≥ 0.5 share at least one key
 * with probability ≥ 0.9 (≥ 0.99 at 0.7), so only stories in shared buckets need comparing.
 */
export function titleBuckets(title: string): string[] {
  const set = wordSet(stripSiteSuffix(title));
  if (set.size === 0) return [];
  const mins = new Array<number>(BANDS * ROWS).fill(0xffffffff);
  for (const word of set) {
    for (let i = 0; i < mins.length; i += 1) {
      const h = fnv1a(`${i}:${word}`);
      if (h < (mins[i] ?? 0xffffffff)) mins[i] = h;
    }
  }
  const buckets: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    const rows = mins.slice(band * ROWS, band * ROWS + ROWS).map((h) => h.toString(36));
    buckets.push(`${band}:${rows.join(".")}`);
  }
  return buckets;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A light canonical form of a link for equality: no fragment, no trailing slash (scheme and host lower-cased by URL). */
export function linkKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, "") : "";
    return `${parsed.protocol}//${parsed.host}${path}${parsed.search}`;
  } catch {
    return url.trim();
  }
}
