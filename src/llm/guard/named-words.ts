/** Names in a sentence: runs of capitalised words (people, organisations, places) and acronyms. */

/** A run of capitalised words as written ("Emmanuel Macron", "Harbour Authority"), or one acronym ("UN"). */
export interface NameRun {
  words: string[];
  /** True when the run starts the sentence (or a clause after ":"), where any word is capitalised. */
  initial: boolean;
}

// A word: letters, marks and inner apostrophes or dots ("O'Neill", "St."), without a possessive "'s".
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{M}]+)*/gu;
// Lower-case words that may sit inside a name ("Bank of England", "Ursula von der Leyen").
const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "di",
  "da",
  "del",
  "al",
  "bin",
  "and",
  "&",
]);

/** The capitalised runs of `text`, each with the words it is made of (a hyphenated word's parts count apart). */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: string[] = [];
  let pendingConnectors: string[] = [];
  let currentInitial = false;
  let previousEnd = 0;
  let atStart = true;
  const flush = () => {
    if (current.length > 0) runs.push({ words: current, initial: currentInitial });
    current = [];
    pendingConnectors = [];
  };
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    const word = match[0].replace(/['’]s$/u, "");
    // A sentence end, a colon, a bracket or a quotation mark between two words ends a run.
    const breaks = /[.!?:;,()"“”«»„\u2014\u2013]|\s-\s/u.test(gap);
    if (breaks) {
      flush();
      if (/[.!?:]/.test(gap)) atStart = true;
    }
    const capitalised = /^\p{Lu}/u.test(word);
    if (capitalised) {
      if (current.length === 0) currentInitial = atStart;
      else current.push(...pendingConnectors);
      pendingConnectors = [];
      current.push(word);
      // "Macron's France": a possessive ends the name it belongs to.
      if (word !== match[0]) flush();
    } else if (current.length > 0 && CONNECTORS.has(word.toLowerCase()) && !breaks) {
      pendingConnectors.push(word);
    } else {
      flush();
    }
    atStart = false;
  }
  flush();
  return runs;
}

/** The initials of a run's capitalised words ("European Central Bank" → "ECB"). */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}
