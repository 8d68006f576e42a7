import { isSpaceCode } from "./whitespace.js";

/**
 * What a quoted run is: someone's statement, a partial quote handed over by a verb ("called it “a farce”"),
 * a fragment (scare quote, nickname) or a title.
 */
export type QuoteKind = "statement" | "partial" | "fragment" | "title";

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|are|be|vs\.?|&|de|la|le)$/;

/**
 * Sorts quoted words into statements, partial quotes, fragments and titles. `immediate`: an attribution or a
 * speech verb touches the quote ("…,” she said", "said: “…", "chanting “…”"); `attributed`: a speaker was found
 * for it, in its sentence or carried over from the previous quote; `titled`: the words before it announce a name ("on “Face the Nation”").
 * `immediate` and `titled` may be functions: they are then called only when the answer depends on them.
 */
export function classifyQuote(
  words: string,
  immediate: boolean | (() => boolean),
  attributed: boolean,
  titled: boolean | (() => boolean) = false,
): QuoteKind {
  const tokens = wordTokens(words, 9);
  if (tokens.length === 0) return "fragment";
  // Nine words or more: too long for a title, so a statement whatever surrounds it.
  if (tokens.length >= 9) return "statement";
  const trimmed = words.trim();
  const sentence = /[.!?…]["”’']?$/.test(trimmed) || /^[\p{Lu}]/u.test(trimmed);
  const titleCase = tokens.length >= 2 && tokens.every((t) => /^[\p{Lu}\p{N}"“‘']/u.test(t) || SMALL_WORDS.test(t));
  let touching: boolean | undefined;
  const isImmediate = (): boolean => {
    touching ??= typeof immediate === "function" ? immediate() : immediate;
    return touching;
  };
  if (titleCase && tokens.length <= 8 && (!isImmediate() || (typeof titled === "function" ? titled() : titled))) return "title";
  if (tokens.length >= 6) return "statement";
  if (tokens.length >= 3 && sentence && attributed) return "statement";
  return isImmediate() ? "partial" : "fragment";
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The first `max` whitespace-separated tokens of `words` that hold a letter or a digit. */
function wordTokens(words: string, max: number): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < words.length) {
    while (i < words.length && isSpaceCode(words.charCodeAt(i))) i++;
    const start = i;
    let found = false;
    let other = false;
    for (; i < words.length; i++) {
      const c = words.charCodeAt(i);
      if (isSpaceCode(c)) break;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) found = true;
      else if (c >= 128) other = true;
    }
    if (i === start) continue;
    const token = words.slice(start, i);
    if ((found || (other && LETTER_OR_DIGIT.test(token))) && tokens.push(token) >= max) break;
  }
  return tokens;
}
