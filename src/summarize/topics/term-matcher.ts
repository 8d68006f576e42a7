/** Whole-word matching of many terms and phrases in one pass over a text's words. */

import { formLengths, hashPrefix, startsAs } from "./word-in-text.js";
import { ANY_FLAGS, HashFlags, hashString, type TextRange, type WordOffsets, wordOffsets } from "./word-offsets.js";

// Words: letters and digits, joined by inner hyphens, apostrophes, dots, commas or ampersands ("hi-tech", "10,000m", "U.S").
const WORD = /[\p{L}\p{N}]+(?:[-'.,&][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order: as written, and lower-cased (curly apostrophes made straight in both). */
export interface Words {
  raw: readonly string[];
  lower: readonly string[];
}

interface Term<T> {
  words: string[];
  caseSensitive: boolean;
  value: T;
}

/** A compiled set of terms: `match` calls back for every term found, at every position, on whole words only. */
export interface TermMatcher<T> {
  match(words: Words, onMatch: (value: T, position: number, length: number) => void): void;
  /**
   * Same calls as `match(toWords(…), onMatch)` on the ranges of `text` joined by line breaks (the whole text when no
   * ranges are given), but makes strings only for the words that may start a term.
   */
  matchText(text: string, onMatch: (value: T, position: number, length: number) => void, ranges?: readonly TextRange[]): void;
}

/** Words read by position, compared with a term's words. */
interface WordList {
  /** The word lower-cased (undefined past the last one). */
  lower(at: number): string | undefined;
  /** True when the word, lower-cased unless `caseSensitive`, is `wanted`. */
  is(at: number, wanted: string, caseSensitive: boolean): boolean;
  /** True when `wanted` is a shorter form of the word (lower-cased unless `caseSensitive`): "club" of "clubs'". */
  hasForm(at: number, wanted: string, caseSensitive: boolean): boolean;
}

function stringHasForm(word: string, wanted: string): boolean {
  return word.length > wanted.length && word.startsWith(wanted) && variants(word).includes(wanted);
}

/** A WordList over words already split. */
function listOf(words: Words): WordList {
  const pick = (at: number, caseSensitive: boolean) => (caseSensitive ? words.raw[at] : words.lower[at]);
  return {
    lower: (at) => words.lower[at],
    is: (at, wanted, caseSensitive) => pick(at, caseSensitive) === wanted,
    hasForm: (at, wanted, caseSensitive) => {
      const word = pick(at, caseSensitive);
      return word !== undefined && stringHasForm(word, wanted);
    },
  };
}

/**
 * A WordList over a text's word offsets: a word all in ASCII is compared in place; any other gets its strings the
 * first time they are asked for.
 */
function textList(text: string, offsets: WordOffsets): WordList {
  const { starts, ends, flags } = offsets;
  const raws: (string | undefined)[] = [];
  const lowers: (string | undefined)[] = [];
  const raw = (at: number): string | undefined => {
    if (at >= starts.length) return undefined;
    let word = raws[at];
    if (word === undefined) {
      word = text.slice(starts[at], ends[at]);
      if (word.includes("’")) word = word.replace(/’/g, "'");
      raws[at] = word;
    }
    return word;
  };
  const lower = (at: number): string | undefined => {
    let word = lowers[at];
    if (word === undefined) {
      word = raw(at)?.toLowerCase();
      lowers[at] = word;
    }
    return word;
  };
  const pick = (at: number, caseSensitive: boolean) => (caseSensitive ? raw(at) : lower(at));
  return {
    lower,
    is: (at, wanted, caseSensitive) => {
      if (at >= starts.length) return false;
      if (flags[at] === ANY_FLAGS) return pick(at, caseSensitive) === wanted;
      const start = starts[at] as number;
      return (ends[at] as number) - start === wanted.length && startsAs(text, start, wanted, !caseSensitive);
    },
    hasForm: (at, wanted, caseSensitive) => {
      if (at >= starts.length) return false;
      if (flags[at] === ANY_FLAGS) return stringHasForm(pick(at, caseSensitive) as string, wanted);
      const start = starts[at] as number;
      const end = ends[at] as number;
      return (
        end - start > wanted.length &&
        formLengths(text, start, end).includes(wanted.length) &&
        startsAs(text, start, wanted, !caseSensitive)
      );
    },
  };
}

/** Splits text into words, as written and lower-cased. */
export function toWords(text: string): Words {
  const clean = text.includes("’") ? text.replace(/’/g, "'") : text;
  const raw = clean.match(WORD) ?? [];
  const lower = raw.map((word) => word.toLowerCase());
  return { raw, lower };
}

/** The forms a word may match: itself, without "'s" or a final "'", and without a plural "s" ("clubs'" → "club"). */
function variants(word: string): string[] {
  const length = word.length;
  const last = word.charCodeAt(length - 1);
  const isS = last === 115 || last === 83;
  let base = word;
  if (isS && length > 2 && word.charCodeAt(length - 2) === 39) base = word.slice(0, -2);
  else if (last === 39) base = word.slice(0, -1);
  else if (!isS || length <= 3) return [word];
  const forms = base === word ? [word] : [word, base];
  const end = base.charCodeAt(base.length - 1);
  const before = base.charCodeAt(base.length - 2);
  if (base.length > 3 && (end === 115 || end === 83) && before !== 115 && before !== 83) forms.push(base.slice(0, -1));
  return forms;
}

/** Compiles terms ("interest rates", "AI", "goal") into a matcher; a term with capitals matches only as written. */
export function compileTerms<T>(entries: Iterable<[term: string, value: T]>): TermMatcher<T> {
  const byFirst = new Map<string, Term<T>[]>();
  for (const [term, value] of entries) {
    const words = [...toWords(term).raw];
    const first = words[0];
    if (!first) continue;
    const caseSensitive = /[A-Z]/.test(term);
    const key = first.toLowerCase();
    const compiled: Term<T> = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, value };
    const list = byFirst.get(key);
    if (list) list.push(compiled);
    else byFirst.set(key, [compiled]);
  }
  const wordFlags = new HashFlags(flagEntries(byFirst));
  // The first words again, by hash, for words read in place; a hash may stand for more than one.
  const byHash = new Map<number, { first: string; terms: Term<T>[] }[]>();
  for (const [first, terms] of byFirst) {
    const hash = hashString(first);
    const list = byHash.get(hash);
    if (list) list.push({ first, terms });
    else byHash.set(hash, [{ first, terms }]);
  }
  const tryTerms = (words: WordList, at: number, terms: readonly Term<T>[], onMatch: OnMatch<T>) => {
    for (const term of terms) {
      if (matchesAt(words, at, term)) onMatch(term.value, at, term.words.length);
    }
  };
  const matchWord = (words: WordList, at: number, onMatch: OnMatch<T>) => {
    const word = words.lower(at) as string;
    const last = word.charCodeAt(word.length - 1);
    // Only words ending in "s" or "'" have other forms: the rest are looked up as they are, with no allocation.
    const forms = last === 115 || last === 39 ? variants(word) : [word];
    for (const form of forms) {
      const terms = byFirst.get(form);
      if (terms) tryTerms(words, at, terms, onMatch);
    }
  };
  // The same look-ups for a word all in ASCII, read in place: each form by its hash, then compared.
  const matchInPlace = (text: string, start: number, end: number, words: WordList, at: number, onMatch: OnMatch<T>) => {
    for (const length of formLengths(text, start, end)) {
      const entries = byHash.get(hashPrefix(text, start, length));
      if (!entries) continue;
      for (const { first, terms } of entries) {
        if (first.length === length && startsAs(text, start, first, true)) tryTerms(words, at, terms, onMatch);
      }
    }
  };
  return {
    match(words, onMatch) {
      const list = listOf(words);
      for (let i = 0; i < words.lower.length; i++) matchWord(list, i, onMatch);
    },
    matchText(text, onMatch, ranges = [{ start: 0, end: text.length }]) {
      const offsets = wordOffsets(text, ranges, wordFlags);
      const list = textList(text, offsets);
      const { starts, ends, flags } = offsets;
      for (let i = 0; i < flags.length; i++) {
        const word = flags[i] as number;
        // A word that starts only phrases is looked up when the next word may be a phrase's second word ("the" of "the sims").
        if ((word & ALONE) === 0 && ((word & STARTS_PHRASE) === 0 || ((flags[i + 1] ?? 0) & SECOND) === 0)) continue;
        if (word === ANY_FLAGS) matchWord(list, i, onMatch);
        else matchInPlace(text, starts[i] as number, ends[i] as number, list, i, onMatch);
      }
    },
  };
}

type OnMatch<T> = (value: T, position: number, length: number) => void;

// Flags of a word's hash: the first word of a one-word term, the first word of a phrase, a phrase's second word.
const ALONE = 1;
const STARTS_PHRASE = 2;
const SECOND = 4;

/** The hashes of the terms' first and second words, lower-cased, with their flags. */
function flagEntries<T>(byFirst: ReadonlyMap<string, readonly Term<T>[]>): [hash: number, flags: number][] {
  const entries: [number, number][] = [];
  for (const [first, terms] of byFirst) {
    for (const term of terms) {
      const second = term.words[1];
      if (second === undefined) entries.push([hashString(first), ALONE]);
      else entries.push([hashString(first), STARTS_PHRASE], [hashString(second.toLowerCase()), SECOND]);
    }
  }
  return entries;
}

function matchesAt<T>(words: WordList, at: number, term: Term<T>): boolean {
  const lastIndex = term.words.length - 1;
  for (let k = 0; k <= lastIndex; k++) {
    const wanted = term.words[k] as string;
    if (words.is(at + k, wanted, term.caseSensitive)) continue;
    // Only the last word of a phrase may be a plural or possessive form: "interest rates", not "interests rate".
    if (k < lastIndex || !words.hasForm(at + k, wanted, term.caseSensitive)) return false;
  }
  return true;
}
