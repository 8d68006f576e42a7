/**
 * The words of a text as offsets, read in one pass without making a string per word: the same words `toWords`
 * finds, each with a flag telling whether it may start a term of a matcher (a quick test on the hashes of its forms).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const LOWER_S = 115;

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Flags kept per 32-bit hash (open addressing): flags found may come from a collision, flags missing are certain. */
export class HashFlags {
  private readonly keys: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;

  /** Each hash gets the union of the flags it is listed with (flags are 1 to 255). */
  constructor(entries: Iterable<[hash: number, flags: number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    for (const [hash, flags] of list) {
      let slot = hash & this.mask;
      while (this.flags[slot] !== 0 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
      this.flags[slot] = (this.flags[slot] as number) | flags;
      this.keys[slot] = hash;
    }
  }

  /** The flags of the hash (or of one that collides with it), 0 when it was not listed. */
  get(hash: number): number {
    let slot = hash & this.mask;
    for (let flags = this.flags[slot] as number; flags !== 0; flags = this.flags[slot] as number) {
      if (this.keys[slot] === hash) return flags;
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }
}

/** The flags of a word that is not all ASCII: it may be anything, and is looked at as a string. */
export const ANY_FLAGS = 255;

/** Word offsets of a text: word i is text[starts[i], ends[i]); `flags[i]` is the union of the flags of its forms. */
export interface WordOffsets {
  starts: number[];
  ends: number[];
  flags: number[];
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Per BMP code unit beyond ASCII: 0 not yet looked up, 1 a letter or number, 2 not one.
const nonAsciiKinds = new Uint8Array(0x10000);

function isAsciiLetterOrNumber(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** How many code units the letter or number at `at` takes (2 for one outside the BMP), or 0 when there is none before `end`. */
function letterOrNumberAt(text: string, at: number, end: number): number {
  // Reading past the end would return NaN, and slow down every call after it.
  if (at >= end) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrNumber(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = at + 1 < end ? text.charCodeAt(at + 1) : 0;
    if (!(next >= 0xdc00 && next <= 0xdfff)) return 0;
    return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(at) as number)) ? 2 : 0;
  }
  let kind = nonAsciiKinds[code] as number;
  if (kind === 0) {
    kind = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
    nonAsciiKinds[code] = kind;
  }
  return kind === 1 ? 1 : 0;
}

// The characters that join two runs of letters and numbers into one word ("hi-tech", "U.S", "10,000", "AT&T").
function isJoiner(code: number): boolean {
  return code === 45 || code === APOSTROPHE || code === CURLY_APOSTROPHE || code === 46 || code === 44 || code === 38;
}

/** A range [start, end) of a text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Finds the words of each range of `text` exactly as `toWords` finds them in the ranges joined by line breaks (its
 * WORD pattern, curly apostrophes read as straight ones). A word all in ASCII gets the flags, in `wordFlags`, of the
 * hash of its lower-case form and (for a word ending in "s" or "'") of that form without its last one, two or three
 * characters; any other word gets ANY_FLAGS, to be looked at as a string.
 */
export function wordOffsets(text: string, ranges: readonly TextRange[], wordFlags: HashFlags): WordOffsets {
  const offsets: WordOffsets = { starts: [], ends: [], flags: [] };
  for (const range of ranges) readRange(text, range.start, Math.min(range.end, text.length), wordFlags, offsets);
  return offsets;
}

function readRange(text: string, from: number, end: number, wordFlags: HashFlags, offsets: WordOffsets): void {
  const { starts, ends, flags } = offsets;
  let i = from;
  while (i < end) {
    if (letterOrNumberAt(text, i, end) === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // The hash of the lower-case word so far, and of it without its last one, two and three characters.
    let h0 = FNV_OFFSET;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    let last = 0;
    for (;;) {
      // One run of letters and numbers: ASCII tested inline, the rest through letterOrNumberAt.
      while (i < end) {
        let code = text.charCodeAt(i);
        let w = 1;
        if (code < 128) {
          if (code >= 65 && code <= 90) code += 32;
          else if (!isAsciiLetterOrNumber(code)) break;
        } else {
          w = letterOrNumberAt(text, i, end);
          if (w === 0) break;
          ascii = false;
        }
        h3 = h2;
        h2 = h1;
        h1 = h0;
        h0 = Math.imul(h0 ^ code, FNV_PRIME);
        last = code;
        i += w;
      }
      if (i + 1 >= end) break;
      const joiner = text.charCodeAt(i);
      if (!isJoiner(joiner) || letterOrNumberAt(text, i + 1, end) === 0) break;
      h3 = h2;
      h2 = h1;
      h1 = h0;
      h0 = Math.imul(h0 ^ (joiner === CURLY_APOSTROPHE ? APOSTROPHE : joiner), FNV_PRIME);
      i++;
    }
    starts.push(start);
    ends.push(i);
    const size = i - start;
    if (!ascii) {
      flags.push(ANY_FLAGS);
      continue;
    }
    let found = wordFlags.get(h0);
    if (last === LOWER_S || last === APOSTROPHE) {
      if (size > 1) found |= wordFlags.get(h1);
      if (size > 2) found |= wordFlags.get(h2);
      if (size > 3) found |= wordFlags.get(h3);
    }
    flags.push(found);
  }
}
