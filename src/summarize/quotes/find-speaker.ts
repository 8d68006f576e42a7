import { phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from "./noun-phrases.js";
import { INVERTIBLE, SPEECH_VERB } from "./speech-verbs.js";
import { countWords, isSpaceAt, isSpaceCode } from "./whitespace.js";

// Words ending with a period that do not end a sentence.
const ABBREVIATIONS =
  /^(?:mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|sgt|capt|st|jr|sr|rev|prof|vs|no|inc|co|corp|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|a\.m|p\.m|u\.s|d\.c|amb|pres|ft|mt|calif|fla|ill|mass|mich|pa|tex|va|wash)$/i;

/** True when the period at i ends a sentence (not "Mr.", "U.S." or an initial). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  const after = text[i + 1];
  if (after !== undefined && !isSpaceAt(text, i + 1) && after !== '"' && after !== "”" && after !== "’" && after !== "'")
    return false;
  if (ch !== ".") return true;
  let s = i;
  while (s > 0 && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  const word = text.slice(s, i).replace(/^[("“‘']+/, "");
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.test(word);
}

// No sentence of prose runs longer than this: past it (markup, lists without stops) the search gives up, so each
// quote costs the same however long its paragraph is.
const MAX_SENTENCE = 1500;
// Characters per word above which a stretch of text is taken for more words than asked (URLs, page data).
const MAX_WORD_CHARS = 16;
// How many commas a sentence's opening phrases may hold before its subject.
const MAX_OPENING_COMMAS = 8;

/** Where the sentence around `at` starts, looking back no further than `limit` (nor than {@link MAX_SENTENCE}). */
export function sentenceStart(text: string, at: number, limit: number): number {
  const stop = Math.max(limit, at - MAX_SENTENCE);
  for (let i = at - 1; i >= stop; i--) {
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < at && (isSpaceAt(text, j) || /["”’']/.test(text[j] as string))) j++;
      return j;
    }
  }
  return stop;
}

/** Where the sentence that runs through `from` ends, looking no further than `limit` (nor than {@link MAX_SENTENCE}). */
export function sentenceEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + MAX_SENTENCE);
  for (let i = from; i < stop; i++) if (endsSentence(text, i)) return i + 1;
  return stop;
}

/**
 * Words in text[from, to), counted up to `max + 1`: enough to tell whether there are more than `max`. A stretch
 * longer than {@link MAX_WORD_CHARS} characters a word counts as too many (no real words are that long).
 */
function wordsIn(text: string, from: number, to: number, max: number): number {
  if (to - from > max * MAX_WORD_CHARS + MAX_WORD_CHARS) return max + 1;
  return countWords(text, from, to, max + 1);
}

/** The speaker named after a quote ("…,” Macron said", "…,” said the minister"), within `maxWords` of it. */
export function speakerAfter(text: string, from: number, limit: number, maxWords: number): SpeakerPhrase | null {
  const end = sentenceEnd(text, from, limit);
  SPEECH_VERB.lastIndex = 0;
  const slice = text.slice(from, end);
  for (let m = SPEECH_VERB.exec(slice); m; m = SPEECH_VERB.exec(slice)) {
    const verbStart = from + m.index;
    const verbEnd = verbStart + m[0].length;
    if (wordsIn(text, from, verbStart, maxWords) > maxWords) return null;
    if (/^according to$/i.test(m[0])) return phraseStartingAt(text, verbEnd, end);
    if (usedAsNoun(text, verbStart, m[0], from)) continue;
    const agent = passiveAgent(text, verbStart, verbEnd, end);
    if (agent) return agent;
    const subject = subjectOf(text, verbStart, from);
    if (subject) return subject;
    // "…,” said Smith" inverts; "…” and stressed the point" is a second verb of the sentence's subject.
    if (INVERTIBLE.test(m[0]) && !/\b(?:and|but|or|then|before|after|while)\b/i.test(text.slice(from, verbStart))) {
      const object = phraseStartingAt(text, verbEnd, end);
      if (object) return object;
    }
    if (maxWords < 15) return null;
  }
  return null;
}

/** The speaker named before a quote ("Macron said: “…", "according to Macron, “…", "Macron: “…"). */
export function speakerBefore(text: string, from: number, to: number): SpeakerPhrase | null {
  let end = to;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  if (text[end - 1] === ":") {
    const phrase = phraseEndingAt(text, end - 1, from);
    if (phrase && phrase.kind === "name" && wordsIn(text, from, phrase.start, 1) <= 1) return phrase;
    // "Pollsters agree - Ana Ruiz: “…”": a name after a dash introduces the quote, as digests cite their sources.
    if (phrase?.kind === "name" && /\s[-–—]\s*$/.test(text.slice(Math.max(from, phrase.start - 4), phrase.start))) return phrase;
  }
  // Only a verb within 30 words of the quote can introduce it: verbs are looked for in a window holding all of those,
  // and an earlier one (whose distance ends the search) only needs to be known to exist.
  const windowStart = verbWindowStart(text, from, end);
  let earlier: boolean | undefined;
  const verbsBefore = (): boolean => {
    earlier ??= windowStart > from && firstVerbAt(text, from, windowStart + LONGEST_VERB) < windowStart;
    return earlier;
  };
  SPEECH_VERB.lastIndex = 0;
  const slice = text.slice(windowStart, end);
  const verbs: RegExpExecArray[] = [];
  for (let m = SPEECH_VERB.exec(slice); m; m = SPEECH_VERB.exec(slice)) {
    if (!usedAsNoun(text, windowStart + m.index, m[0], from)) verbs.push(m);
  }
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v] as RegExpExecArray;
    const verbStart = windowStart + verb.index;
    const verbEnd = verbStart + verb[0].length;
    if (wordsIn(text, verbEnd, end, 30) > 30) return null;
    if (/^according to$/i.test(verb[0])) return phraseStartingAt(text, verbEnd, end);
    const agent = passiveAgent(text, verbStart, verbEnd, end);
    if (agent) return agent;
    const first = v === 0 && !verbsBefore();
    // "Spicer said, adding, “…”", "Carson told the AP after hinting that “…”": a participle shares the earlier verb's subject.
    if (!first && /ing$/.test(verb[0])) continue;
    const subject = subjectOf(text, verbStart, from);
    if (subject) return subject;
    if (INVERTIBLE.test(verb[0])) {
      const object = phraseStartingAt(text, verbEnd, end);
      // "Said Ada Obi, who grew up there, “…”": a verb opening its sentence puts its subject after it.
      if (object && (/^[\s,:]*$/.test(text.slice(object.end, to)) || /^[\s"“‘]*$/.test(text.slice(from, verbStart))))
        return object;
    }
    // "Trump called on her to resign and said, “…”": the sentence's subject speaks.
    const conjoined = /\b(?:and|but|then)\s+(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+)?$|,\s*$/u.test(
      text.slice(Math.max(from, verbStart - 20), verbStart),
    );
    if (conjoined || first) {
      // "When Mook was asked about Clinton, he laughed and said": the subject of the clause the verb joins.
      const clause = conjoined ? clauseSubject(text, from, verbStart) : null;
      if (clause) return clause;
      const subjectOfSentence =
        sentenceSubject(text, from, verbStart) ?? (conjoined ? null : clauseSubject(text, from, verbStart));
      if (subjectOfSentence) return subjectOfSentence;
    }
  }
  // The next verb back is more than 30 words away.
  if (verbs.length > 0 && verbsBefore()) return null;
  if (text[end - 1] === ":") {
    // "… doesn’t surprise pollster Daron Shaw: “…”".
    const named = phraseEndingAt(text, end - 1, from);
    if (named?.kind === "name") return named;
    // "Cruz called them on it: “…”", "A footnote in the report makes that clear: “…”"; "From the report: “…”".
    return sentenceSubject(text, from, end) ?? (named?.kind === "role" ? named : null);
  }
  // "Trump issued a statement, “…”": the quote closes a sentence whose subject speaks.
  if (text[end - 1] === "," && verbs.length === 0 && wordsIn(text, from, end, 12) <= 12) return sentenceSubject(text, from, end);
  return null;
}

// Longest speech verb ("according to"), and how far before a quote a verb 30 words away may start.
const LONGEST_VERB = 12;
const VERB_REACH = 30 * MAX_WORD_CHARS + MAX_WORD_CHARS + LONGEST_VERB + 8;

/** Where to look for verbs before `end`: far enough back for any verb within 30 words, at a word's edge. */
function verbWindowStart(text: string, from: number, end: number): number {
  let start = Math.max(from, end - VERB_REACH);
  while (start > from && /\w/.test(text[start - 1] as string)) start--;
  return start;
}

/** Where the first speech verb in text[from, to) starts, or `to` when there is none. */
function firstVerbAt(text: string, from: number, to: number): number {
  SPEECH_VERB.lastIndex = 0;
  const m = SPEECH_VERB.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

const ARTICLE = /^(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|every|each|no)$/i;

/**
 * True when a speech verb's word is a noun here: right after an article ("the remark", "his answer"), or in its
 * bare form after a singular article and one word ("a rare note"), where no verb can stand.
 */
function usedAsNoun(text: string, verbStart: number, verb: string, limit: number): boolean {
  // Runs once per speech verb in a window: the two words before it are read in place, not split out of a slice.
  if (verbStart === 0 || !isSpaceCode(text.charCodeAt(verbStart - 1))) return false;
  const lo = Math.max(limit, verbStart - 40);
  const previous = spacedWordBefore(text, verbStart, lo);
  if (previous === null) return false;
  const word = text.slice(previous.start, previous.end);
  if (ARTICLE.test(word)) return true;
  const bare = !/(?:s|ed|ing)$/.test(verb) && !/^(?:said|told|wrote|read|went on|put it)$/i.test(verb);
  if (!bare || verb.includes(" ")) return false;
  const two = spacedWordBefore(text, previous.start, lo);
  // Only after a singular article: "the voters say" and "her husband cut in" are verbs.
  return (
    two !== null &&
    /^(?:a|an|every|each|this)$/i.test(text.slice(two.start, two.end)) &&
    /^\p{Ll}+$/u.test(word) &&
    !/ly$/.test(word)
  );
}

/** The last whitespace-separated token of text[lo, end) (punctuation included, unlike figures' wordBefore), as offsets, or null. */
function spacedWordBefore(text: string, end: number, lo: number): { start: number; end: number } | null {
  let stop = end;
  while (stop > lo && isSpaceCode(text.charCodeAt(stop - 1))) stop--;
  if (stop === lo) return null;
  let start = stop;
  while (start > lo && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return { start, end: stop };
}

// Where a clause may open inside a sentence: after a comma or a subordinating word.
const CLAUSE_OPENING = /(?:,|\b(?:when|while|after|before|because|since|although|though|as|once|until|where)\b)\s*/gi;

/**
 * The subject of the clause a conjoined verb belongs to: the last pronoun or name, before `to`, that opens a
 * clause and is followed by a verb ("…, he laughed and said", "… when he spoke and later said"), or null.
 */
function clauseSubject(text: string, from: number, to: number): SpeakerPhrase | null {
  const slice = text.slice(from, to);
  let found: SpeakerPhrase | null = null;
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(slice); m; m = CLAUSE_OPENING.exec(slice)) {
    const at = from + m.index + m[0].length;
    const phrase = phraseStartingAt(text, at, to);
    if (!phrase || phrase.kind === "role" || phrase.start !== at) continue;
    if (phrase.kind === "pronoun" && !/^(?:he|she|they|we|i)$/i.test(phrase.text)) continue;
    // A verb must follow: "…, he laughed", not a listed name "…, Ohio, …".
    if (
      /^\s+\p{Ll}+/u.test(text.slice(phrase.end, phrase.end + 20)) &&
      !/^\s+(?:and|or|of|in)\b/.test(text.slice(phrase.end, phrase.end + 5))
    )
      found = phrase;
  }
  return found;
}

/** The speaker of a passive speech verb: "Sanders was asked by host Bill Maher" → "host Bill Maher"'s name. */
function passiveAgent(text: string, verbStart: number, verbEnd: number, limit: number): SpeakerPhrase | null {
  const by = /^\s+by\s+/.exec(text.slice(verbEnd, verbEnd + 6));
  if (
    !by ||
    !/\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, verbStart - 20), verbStart))
  )
    return null;
  return phraseStartingAt(text, verbEnd + by[0].length, limit);
}

// How long an apposition between a subject and its verb may run ("Trump, the front-runner in every poll since…, said").
const MAX_APPOSITION = 200;

/** The subject right before a speech verb, looking past an apposition ("Smith, a Democrat from Ohio, said"). */
function subjectOf(text: string, verbStart: number, limit: number): SpeakerPhrase | null {
  let at = verbStart;
  while (at > limit && isSpaceAt(text, at - 1)) at--;
  let end = verbStart;
  // "Rep. Gwen Moore (D-Wis.) said": look past the parenthesis.
  if (text[at - 1] === ")") {
    const open = text.lastIndexOf("(", at - 1);
    if (open > limit && at - open < 40) end = open;
  }
  const direct = phraseEndingAt(text, end, limit);
  if (direct) return direct;
  // "…, saying “…”": a participle after a comma belongs to the main clause, not to an apposition.
  if (text[at - 1] !== "," || /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 12))) return null;
  // "Clinton's campaign chairman, John Podesta, said" or "Smith, 45, a Democrat from Ohio, said".
  let comma = at - 1;
  let described: SpeakerPhrase | null = null;
  // "Gov. John Kasich (R-Ohio), said": the parenthesis before the comma belongs to the name.
  const closing = text[comma - 1] === ")" ? text.lastIndexOf("(", comma - 1) : -1;
  if (closing > limit && comma - closing < 40) {
    const named = phraseEndingAt(text, closing, limit);
    if (named?.kind === "name") return named;
  }
  const inside = phraseEndingAt(text, comma, limit);
  if (inside?.kind === "name" && /,\s*$/.test(text.slice(Math.max(limit, inside.start - 3), inside.start))) return inside;
  for (let tries = 0; tries < 3; tries++) {
    const previous = text.lastIndexOf(",", comma - 1);
    if (previous < limit || comma - previous > MAX_APPOSITION) break;
    const phrase = phraseEndingAt(text, previous, limit);
    if (phrase && phrase.kind !== "role") return phrase;
    // "an intelligence source, who was not authorized to speak, told": a description in apposition.
    if (phrase && /^,\s*(?:who|which|a|an|the|\d)\b/.test(text.slice(phrase.end, phrase.end + 8))) described ??= phrase;
    comma = previous;
  }
  return described;
}

/** The subject of the sentence opening at `from`, looking past opening phrases ("In response, Senator Lee …"). */
export function sentenceSubject(text: string, from: number, to: number): SpeakerPhrase | null {
  let first = phraseStartingAt(text, from, to);
  if (first && /^\p{Lu}\p{Ll}+(?:ing|ly|ed)$/u.test(first.text)) first = null;
  if (first && first.kind !== "role") return first;
  // "In response to the attack, Senator Lee issued a statement": the subject follows the opening phrase.
  let comma = text.indexOf(",", from);
  let listed: SpeakerPhrase | null = null;
  // "Outside the arena, about 200 protesters gathered": a description after the opening phrase, if no name is.
  let described: SpeakerPhrase | null = null;
  // Opening phrases are a few clauses long: a sentence of endless commas (a list, markup) is not read to its end.
  for (let tries = 0; comma >= 0 && comma < to && tries < MAX_OPENING_COMMAS; tries++) {
    const next = phraseStartingAt(text, comma + 1, to);
    if (next && next.kind !== "role") {
      // "in Concord, N.H., Aubrey Pelletier hoisted": a name followed by a comma is part of a list or place.
      if (!/^\s*,/.test(text.slice(next.end, next.end + 2))) return next;
      listed ??= next;
    } else if (next) described ??= next;
    comma = text.indexOf(",", comma + 1);
  }
  return first ?? listed ?? described;
}
