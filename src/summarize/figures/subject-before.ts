/** Labels read backwards from a figure: the subject a change is about, the event a duration measures. */

import type { Span } from "../spans.js";
import { LY_ADJECTIVES, STOP_WORDS } from "./label-words.js";
import { type Token, tokenBefore } from "./scan-words.js";

// A lone word after these is a verb, not the subject: "to close at", "can reach up to".
const VERB_MARKERS = new Set("to will would can could may might must shall should cannot won't".split(" "));
// Skipped between a figure and its subject: "finished 34% higher at", "came back at", "revised upward by".
const NOT_SUBJECT = new Set(
  "higher lower back upward upwards downward downwards well further ahead behind somewhere anywhere everywhere yesterday today tomorrow tonight".split(
    " ",
  ),
);
// A noun phrase after one of these is its object, not the subject: "Revenue in the quarter rose".
const PREPOSITIONS = new Set(
  "in on at for from with by into onto over under after before since during until through across within without between among against near".split(
    " ",
  ),
);
const DETERMINERS = new Set("the a an its their his her our your my this that these those".split(" "));
const CLAUSE_END = new Set([".", ";", ":", "!", "?"]);

function inFigure(token: Token, skip: readonly Span[]): boolean {
  return skip.some((s) => token.start >= s.start && token.start < s.end);
}

/** A word in -ed that is a verb form: "rose", not "speed" or "red". */
function isPastForm(lower: string): boolean {
  return lower.endsWith("ed") && lower.length > 3 && !lower.endsWith("eed");
}

function isLowercase(word: string): boolean {
  return word === word.toLowerCase();
}

/** True for a token that cannot be part of the subject: a function word, a verb form, an adverb, a figure. */
function notSubjectWord(token: Token, skip: readonly Span[]): boolean {
  if (inFigure(token, skip) || token.kind !== "word") return true;
  const lower = token.text.toLowerCase();
  return (
    STOP_WORDS.has(lower) ||
    NOT_SUBJECT.has(lower) ||
    isPastForm(lower) ||
    lower.endsWith("ing") ||
    (lower.endsWith("ly") && isLowercase(token.text) && !LY_ADJECTIVES.has(lower)) ||
    lower.length === 1
  );
}

/**
 * The subject a figure is about, read backwards from `at` ("Nvidia" in "Nvidia advanced 8%"), skipping other figures,
 * verbs ("to close at") and the objects of prepositions ("Revenue in the quarter rose to").
 */
export function subjectBefore(text: string, from: number, at: number, skip: readonly Span[]): string {
  let words: string[] = [];
  let fallback = "";
  // a name read in a phrase after "in", that may qualify the head found before it
  let owner = "";
  // the token right after the phrase being read, and whether a relative pronoun stands between it and the figure
  let next: Token | null = null;
  let relative = false;
  let step = tokenBefore(text, from, at);
  for (let n = 0; step && n < 20; n++, step = tokenBefore(text, from, step.next)) {
    const { token } = step;
    const skippable = notSubjectWord(token, skip);
    const lower = token.text.toLowerCase();
    if (words.length === 0) {
      if (CLAUSE_END.has(token.text)) break;
      if (skippable) {
        next = token;
        relative ||= RELATIVES.has(lower);
        continue;
      }
    } else if (skippable) {
      // "to close at 1,478 points", "diamonds typically score": the word read was a verb
      const nextWord = next?.text.toLowerCase() ?? "";
      const adverb = lower.endsWith("ly") && isLowercase(token.text) && !AUXILIARIES.has(nextWord) && !ATTACHING.has(nextWord);
      const only = words.length === 1 ? (words[0] ?? "") : "";
      // "to close", "to spend", but "applies to estates": a plural after "to" is a noun
      const verb = VERB_MARKERS.has(lower) && !(lower === "to" && /[^su]s$/.test(only));
      if (only !== "" && isLowercase(only) && (verb || adverb)) {
        words = [];
        next = token;
        continue;
      }
      // "Revenue in the quarter rose": look past the preposition for the head noun
      let intro: ReturnType<typeof tokenBefore> = step;
      for (let d = 0; intro && d < 2 && DETERMINERS.has(intro.token.text.toLowerCase()); d++)
        intro = tokenBefore(text, from, intro.next);
      if (intro && PREPOSITIONS.has(intro.token.text.toLowerCase()) && objectOfPreposition(next, relative)) {
        fallback ||= words.join(" ");
        // "Shares in chipmaker Solvane": the name can qualify the head ("Solvane shares")
        const last = words[words.length - 1] ?? "";
        owner = intro.token.text.toLowerCase() === "in" && !isLowercase(last.charAt(0)) ? last : "";
        words = [];
        next = intro.token;
        step = intro;
        continue;
      }
      break;
    }
    words.unshift(token.text);
    if (words.length >= 4) break;
  }
  if (words.length === 0) return fallback;
  const head = words[0] ?? "";
  // only a plural common noun takes a name before it: "Sales in Spain" → "Spain sales", not "Apple in China"
  if (owner && words.length === 1 && /[^s]s$/.test(head) && (isLowercase(head) || step === null))
    return `${owner} ${head.toLowerCase()}`;
  return words.join(" ");
}

// "a disorderly exit would cost": a word before these is a subject, not a verb
const AUXILIARIES = new Set(
  "would will can could may might must should shall is are was were has have had does did do".split(" "),
);
const RELATIVES = new Set(["which", "who", "that", "whose", "where"]);
// After a phrase, these show it is what the figure is about: "customers with more than", "turnover of".
const ATTACHING = new Set([...PREPOSITIONS, "than", "more", "less", "of", "per", ...RELATIVES]);

/** True when a phrase followed by `next` (a verb, a comma) is the object of a preposition, not what a figure is about. */
function objectOfPreposition(next: Token | null, relative: boolean): boolean {
  if (next === null || relative) return false;
  if (next.kind === "other") return next.text === ",";
  return next.kind === "word" && !ATTACHING.has(next.text.toLowerCase());
}

// Words between a duration and the event it measures: "closed for at least six weeks", "took charge only eight months ago".
const BEFORE_DURATION = new Set(
  "for at least most only about around nearly almost some over under within after before in with every the a an up to just more than another last past next first since during until by its their his her of again ever never once still yet".split(
    " ",
  ),
);
// Verbs whose object names the event: "took charge", "held office", "won the title".
const LIGHT_VERBS = new Set(
  "took take takes taking held hold holds won win wins had has have spent spend served serve".split(" "),
);
// Past forms not ending in -ed that a duration can measure.
const IRREGULAR_PAST = new Set("ran spent kept held went came left sat stood slept fought lay grew".split(" "));

/**
 * The event a duration measures, read backwards: the verb before it ("closed" in "stay closed for six weeks"), else
 * the noun phrase with its light verb ("took charge"); null when another figure, a name or the clause start comes first.
 */
export function eventBefore(text: string, from: number, at: number, skip: readonly Span[]): string | null {
  let step = tokenBefore(text, from, at);
  for (let n = 0; step && n < 8; n++, step = tokenBefore(text, from, step.next)) {
    const { token } = step;
    if (inFigure(token, skip) || token.kind !== "word") return null;
    const lower = token.text.toLowerCase();
    if (BEFORE_DURATION.has(lower)) continue;
    // "for the first time in 22 years": the event is what happened for the first time
    if (lower === "time" && /^(?:first|last)$/i.test(tokenBefore(text, from, step.next)?.token.text ?? "")) continue;
    if (isLowercase(token.text) && (isPastForm(lower) || IRREGULAR_PAST.has(lower))) {
      const prev = tokenBefore(text, from, step.next)?.token;
      const pl = prev?.text.toLowerCase() ?? "";
      // "stay closed", "strike lasted"
      if (prev?.kind === "word" && isLowercase(prev.text) && !notSubjectWord(prev, skip) && !VERB_MARKERS.has(pl))
        return `${prev.text} ${token.text}`;
      return token.text;
    }
    return nounEvent(text, from, step, skip);
  }
  return null;
}

function nounEvent(
  text: string,
  from: number,
  first: NonNullable<ReturnType<typeof tokenBefore>>,
  skip: readonly Span[],
): string | null {
  const words: string[] = [];
  let step: ReturnType<typeof tokenBefore> = first;
  for (let n = 0; step && n < 10; n++, step = tokenBefore(text, from, step.next)) {
    const { token } = step;
    const lower = token.text.toLowerCase();
    if (notSubjectWord(token, skip) || BEFORE_DURATION.has(lower)) {
      if (words.length === 0 && BEFORE_DURATION.has(lower)) continue;
      if (words.length > 0 && LIGHT_VERBS.has(lower)) words.unshift(lower);
      break;
    }
    if (words.length >= 3) break;
    words.unshift(token.text);
  }
  // a duration is not about a person: "Kofi Mensah equalised with ten minutes left"
  if (words.length === 0 || words.every((w) => !isLowercase(w.charAt(0)))) return null;
  return words.join(" ");
}
