/** Whole-word matching of many terms and phrases in one pass over a text's words. */

// Words: letters and digits, joined by inner hyphens, apostrophes, dots, commas or ampersands ("hi-tech", "10,000m", "U.S").
const WORD = /[\p{L}\p{N}]+(?:[-'’.,&][\p{L}\p{N}]+)*/gu;

/** One word of a text: as written, lower-cased, and the forms a term may match (without "'s", without plural "s"). */
export interface Word {
  raw: string;
  forms: string[];
  rawForms: string[];
}

interface Term<T> {
  words: string[];
  caseSensitive: boolean;
  value: T;
}

/** A compiled set of terms: `match` calls back for every term found, at every position, on whole words only. */
export interface TermMatcher<T> {
  match(words: readonly Word[], onMatch: (value: T, position: number, length: number) => void): void;
}

/** Splits text into words with their match forms. */
export function toWords(text: string): Word[] {
  const words: Word[] = [];
  // Lower-casing once is much cheaper than per word; it keeps offsets unless a rare letter changes length.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let raw = match[0];
    let lower = sameLength ? lowerText.slice(match.index, match.index + raw.length) : raw.toLowerCase();
    if (raw.includes("’")) {
      raw = raw.replace(/’/g, "'");
      lower = lower.replace(/’/g, "'");
    }
    const rawForms = variants(raw);
    // Most words are lower-case already: share the array instead of building a second one.
    words.push({ raw, rawForms, forms: lower === raw ? rawForms : variants(lower) });
  }
  return words;
}

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
    const words = toWords(term).map((word) => word.raw);
    const first = words[0];
    if (!first) continue;
    const caseSensitive = /[A-Z]/.test(term);
    const key = first.toLowerCase();
    const compiled: Term<T> = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, value };
    const list = byFirst.get(key);
    if (list) list.push(compiled);
    else byFirst.set(key, [compiled]);
  }
  return {
    match(words, onMatch) {
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as Word;
        for (let f = 0; f < word.forms.length; f++) {
          const form = word.forms[f] as string;
          if (f > 0 && word.forms.indexOf(form) < f) continue;
          const candidates = byFirst.get(form);
          if (!candidates) continue;
          for (const term of candidates) {
            if (matchesAt(words, i, term)) onMatch(term.value, i, term.words.length);
          }
        }
      }
    },
  };
}

function matchesAt<T>(words: readonly Word[], at: number, term: Term<T>): boolean {
  for (let k = 0; k < term.words.length; k++) {
    const word = words[at + k];
    if (!word) return false;
    const forms = term.caseSensitive ? word.rawForms : word.forms;
    // Only the last word of a phrase may be a plural or possessive form: "interest rates", not "interests rate".
    const wanted = term.words[k] as string;
    if (k < term.words.length - 1 ? forms[0] !== wanted : !forms.includes(wanted)) return false;
  }
  return true;
}
