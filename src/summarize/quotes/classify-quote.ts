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
 */
export function classifyQuote(words: string, immediate: boolean, attributed: boolean, titled = false): QuoteKind {
  const tokens = words
    .trim()
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length === 0) return "fragment";
  const sentence = /[.!?…]["”’']?$/.test(words.trim()) || /^[\p{Lu}]/u.test(words.trim());
  const titleCase = tokens.length >= 2 && tokens.every((t) => /^[\p{Lu}\p{N}"“‘']/u.test(t) || SMALL_WORDS.test(t));
  if (titleCase && tokens.length <= 8 && (!immediate || titled)) return "title";
  if (tokens.length >= 6) return "statement";
  if (tokens.length >= 3 && sentence && attributed) return "statement";
  return immediate ? "partial" : "fragment";
}
