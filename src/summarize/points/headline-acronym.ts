// A name followed by its abbreviation in brackets: "London Stock Exchange (LSE)", "Community Support Officers (CSOs)".
const BRACKETED = /\(([A-Z][A-Z&]{1,6}s?)\)/g;
// Small words that may sit inside a name: "Bank of England", "Department for Education".
const JOINER = /^(?:of|for|and|the|&|de|du|la|le|on)$/;
// The most words a spelled-out name may have.
const MAX_NAME_WORDS = 7;

/**
 * Writes a name as the abbreviation the story gives it, as headlines do:
 * "The European Commission (EC) has called" → "The EC has called". Brackets it cannot match stay as they are.
 */
export function useAcronyms(text: string): string {
  if (!text.includes("(")) return text;
  let out = "";
  let from = 0;
  for (const match of text.matchAll(BRACKETED)) {
    const acronym = match[1] as string;
    const start = spelledOutStart(text.slice(from, match.index), acronym);
    if (start < 0) continue;
    out += text.slice(from, from + start) + acronym;
    from = match.index + match[0].length;
  }
  return out + text.slice(from);
}

/** Where the name spelled out just before an abbreviation starts in `before`, or -1 when its initial never matches. */
function spelledOutStart(before: string, acronym: string): number {
  const words = [...before.matchAll(/\S+/g)];
  let start = -1;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_NAME_WORDS; i--) {
    const word = (words[i] as RegExpMatchArray)[0];
    if (/^[A-Z]/.test(word)) {
      if (word.charAt(0) === acronym.charAt(0)) start = (words[i] as RegExpMatchArray).index ?? -1;
      continue;
    }
    if (!JOINER.test(word)) break;
  }
  return start;
}
