/** The guard: a sentence the model wrote is kept only if its numbers, quotations and names are all in the article. */
import { FUNCTION_WORDS } from "./function-words.js";
import { initialsOf, type NameRun, nameRuns } from "./named-words.js";
import { quotedSpans, verbatimForm } from "./quoted-spans.js";
import { sameNumber, statedNumbers } from "./stated-numbers.js";

/** What the guard knows of one article, read once and checked against many sentences. */
export interface ArticleFacts {
  numbers: readonly number[];
  verbatim: string;
  /** Every word of the article, lower-cased. */
  words: ReadonlySet<string>;
  /** The words the article writes in lower case somewhere (common words, not names). */
  lowerWords: ReadonlySet<string>;
  /** The article's capitalised runs, lower-cased. */
  runs: readonly (readonly string[])[];
  /** Initials of the article's multi-word names ("ECB" for "European Central Bank"). */
  acronyms: ReadonlySet<string>;
}

/** The guard's verdict on one sentence: kept, or the first reason it fails. */
export type Verdict = { ok: true } | { ok: false; reason: string };

/** Reads the facts of an article (its title counts as part of it). */
export function articleFacts(article: { text: string; title?: string }): ArticleFacts {
  const whole = article.title ? `${article.title}\n\n${article.text}` : article.text;
  const all = whole.match(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{M}]+)*/gu) ?? [];
  const lowerWords = new Set(all.filter((word) => /^\p{Ll}/u.test(word)));
  const runs = nameRuns(whole).map((run) => nameWords(run, lowerWords));
  return {
    numbers: statedNumbers(whole).flatMap((number) => number.values),
    verbatim: verbatimForm(whole),
    words: new Set(all.map(lower)),
    lowerWords,
    runs: runs.map((words) => words.map(lower)),
    acronyms: new Set(runs.filter((words) => words.length > 1).map(initialsOf)),
  };
}

/** Checks one headline, lede or point against the article: numbers, quoted spans, then names. */
export function checkSentence(sentence: string, facts: ArticleFacts): Verdict {
  const { spans, unbalanced } = quotedSpans(sentence);
  if (unbalanced) return { ok: false, reason: "a quotation mark is never closed" };
  for (const span of spans) {
    // Trailing punctuation inside the marks ("…disaster.”) may differ from the article's.
    const quoted = verbatimForm(span.inner).replace(/[.,;:!?…]+$/u, "");
    // A quotation may start mid-sentence in the article, so its first letter's case may differ.
    const recased = flipFirst(quoted);
    if (quoted && !facts.verbatim.includes(quoted) && !facts.verbatim.includes(recased))
      return { ok: false, reason: `quote “${quoted}” is not in the article` };
  }
  // Quoted words are checked verbatim above; numbers and names only outside them.
  let outside = sentence;
  for (const span of [...spans].reverse()) outside = `${outside.slice(0, span.start)} "" ${outside.slice(span.end)}`;
  for (const number of statedNumbers(outside)) {
    const known = number.values.some((value) => facts.numbers.some((stated) => sameNumber(value, stated)));
    if (!known) return { ok: false, reason: `number “${number.text}” is not in the article` };
  }
  for (const run of nameRuns(outside)) {
    const missing = missingName(nameWords(run, facts.lowerWords), facts);
    if (missing) return { ok: false, reason: `name “${missing}” is not in the article` };
  }
  return { ok: true };
}

/** The name when a run is not in the article; undefined when it is. */
function missingName(words: readonly string[], facts: ArticleFacts): string | undefined {
  const names = words.filter((word) => /^\p{Lu}/u.test(word));
  if (names.length === 0) return undefined;
  for (const word of names) {
    const acronym = word.length > 1 && word === word.toUpperCase() && facts.acronyms.has(word);
    if (!facts.words.has(lower(word)) && !acronym) return words.join(" ");
  }
  if (names.length === 1) return undefined;
  // Several words must name one thing of the article: all inside one of its names ("President Macron" in
  // "President Emmanuel Macron"), not pieces of two ("John" of "John Doe" and "Smith" of "Adam Smith").
  const wanted = names.map(lower);
  const together = facts.runs.some((run) => wanted.every((word) => run.includes(word)));
  return together ? undefined : words.join(" ");
}

/** A run's words, without a first word that is only capitalised for opening the sentence ("Some", "Police"). */
function nameWords(run: NameRun, lowerWords: ReadonlySet<string>): string[] {
  const first = run.words[0];
  if (!run.initial || first === undefined) return run.words;
  const common = FUNCTION_WORDS.has(lower(first)) || lowerWords.has(lower(first)) || statedNumbers(lower(first)).length > 0;
  return common ? run.words.slice(1) : run.words;
}

function flipFirst(text: string): string {
  const first = text[0] ?? "";
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped + text.slice(1);
}

function lower(word: string): string {
  return word.toLocaleLowerCase();
}
