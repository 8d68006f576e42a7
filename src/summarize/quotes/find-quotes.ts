import type { Quote } from "../../types.js";
import type { Span, TextLayout } from "../spans.js";
import { classifyQuote, type QuoteKind } from "./classify-quote.js";
import { sentenceEnd, sentenceStart, sentenceSubject, speakerAfter, speakerBefore } from "./find-speaker.js";
import { mergeSplitQuotes, type QuoteGroup } from "./merge-split-quotes.js";
import { ROLE_NOUNS } from "./name-words.js";
import { phraseStartingAt, type SpeakerPhrase } from "./noun-phrases.js";
import { pairQuoteMarks } from "./pair-quote-marks.js";
import { pickKeyQuotes } from "./pick-key-quotes.js";
import { buildNameIndex, type NameIndex } from "./resolve-names.js";
import { SPEECH_VERB, SPEECH_VERB_AT_END } from "./speech-verbs.js";
import { countWords } from "./whitespace.js";

// Words that hand over to quoted speech, however short: "chanting “Lock her up!”", "called it “absolute chaos.”".
const INTRODUCED =
  /(?:\b(?:chant|chanting|chanted|chants|read|reading|reads|saying|says|said|say|yelling|yelled|shouting|shouted|mouthing|mouthed|cry|cried|crying|tweeted|wrote|declared|declaring|answered|replied|responded|asked|added|exclaimed|screamed)|\b(?:called|calling|described|describing|labeled|labelled|termed)\s+(?:it|this|that|them|him|her)(?:\s+as)?)\s*[,:]?\s*$/;

// Words before a name of a show, book or film: "on “Face the Nation,”", "his memoir, “Gifted Hands,”", "the channel’s
// “Morning Hour”", "told “Good Morning Britain”", "a film titled “Red Dust”", "the nickname “Slippery Sam”".
const TITLE_CONTEXT =
  /(?:\b(?:on|in|of|show|program|programme|film|movie|documentary|book|memoir|novel|song|album|ad|series|podcast|column|op-ed|headline|told|titled|entitled|called|named|dubbed|nicknamed|nickname)|\p{L}[\p{L}.]*[’']s)\s*,?\s*$/u;
// What stands right before a scare quote inside a sentence: an article, a possessive or a preposition ("the
// “confidential” level", "my “campaign”", "for “R,”").
const SCARE_CONTEXT =
  /(?:^|\s)(?:a|an|the|my|his|her|their|its|our|your|this|that|for|of|to|into|through|with|than|as|so-called)\s+$/i;
// The kind of work or object a quoted name is followed by: "the “Night Shift” radio program", "“Fair Pay” signs".
const TITLE_AFTER =
  /^\s*(?:(?:radio|television|tv|talk|web|campaign|video)\s+)?(?:program|programme|show|series|film|movie|documentary|book|memoir|novel|song|album|sign|signs|placard|placards|banner|banners|hat|hats|cap|caps|t-shirt|t-shirts|shirt|shirts|slogan|ad|ads|podcast|segment|column|star|stars|host|tour|initiative)\b/i;
// A headline or title followed by its byline: "“Storm closes the pier,” by Ana Ruiz".
const BYLINE_AFTER = /^\s*,?\s*by\s+\p{Lu}/u;

interface Found {
  group: QuoteGroup;
  text: string;
  phrase: SpeakerPhrase | null;
  kind: QuoteKind;
}

/** Finds every direct quotation in the cleaned text, in text order, each with its speaker. */
export function findQuotes(layout: TextLayout): Quote[] {
  const { text, paragraphs } = layout;
  const runs = pairQuoteMarks(text, paragraphs);
  if (runs.length === 0) return [];
  const groups = mergeSplitQuotes(text, runs);
  const context: Context = { text, paragraphs, groups, leftLimits: substantialEnds(text, paragraphs, groups), local: [] };
  let found: Found[] = [];
  groups.forEach((group, i) => {
    const only = group.runs.length === 1 && group.runs[0]?.inner.length === 1 ? group.runs[0].inner[0] : undefined;
    const words = only
      ? text.slice(only.start, only.end).trim()
      : joinParts(group.runs.map((run) => run.inner.map((s) => text.slice(s.start, s.end).trim()).join(" ")));
    const local = localSpeaker(context, i);
    const phrase = local?.phrase ?? inheritedSpeaker(text, paragraphs, groups, found, i);
    // Whether a verb hands over to it, and whether it is announced as a title: worked out only when they matter.
    const immediate = () =>
      (local?.immediate ?? false) || INTRODUCED.test(text.slice(Math.max(0, group.start - 40), group.start));
    const announced = () =>
      /^\s*,?\s*by\s/.test(text.slice(group.end, group.end + 6)) ||
      TITLE_CONTEXT.test(text.slice(Math.max(0, group.start - 30), group.start));
    let kind = classifyQuote(words, immediate, phrase !== null, announced);
    if (kind !== "fragment" && kind !== "title") kind = lookOfTitle(text, group, words, kind);
    // “We are Orlando” and “Disarm hate.”: a quote listed right after a kept one is kept with it.
    const last = found[found.length - 1];
    if (kind === "fragment" && last && last.kind !== "fragment" && last.kind !== "title") {
      if (/^\s*,?\s*(?:and|or)?\s*$/.test(text.slice(last.group.end, group.start))) kind = "partial";
    }
    found.push({ group, text: words, phrase, kind });
  });

  const speakerKeys = new Set<string>();
  const quoted: Span[] = runs.map((r) => ({ start: r.start, end: r.end }));
  const index = buildNameIndex(text, paragraphs, quoted, speakerKeys);
  for (const f of found) if (f.phrase?.kind === "name") speakerKeys.add(index.keyOf(f.phrase.text));

  // Scare quotes, nicknames and titles are not anyone's statement: keep them out of the list.
  found = found.filter((f) => f.kind === "statement" || f.kind === "partial");
  // “The FBI lists “public corruption” as…”: words quoted inside a sentence with no speech verb are its subject's.
  for (const f of found) f.phrase ??= quotingSubject(text, paragraphs, f.group);
  const speakers = found.map((f) => (f.phrase ? speakerName(f.phrase, index) : null));
  // A bare description ("a party activist") is kept as the speaker but does not name anyone.
  const named = found.map((f, i) => speakers[i] != null && !(f.phrase?.kind === "role" && f.phrase.text === speakers[i]));
  const keys = pickKeyQuotes(found.map((f, i) => ({ text: f.text, kind: f.kind, named: named[i] === true })));
  return found.map((f, i) => ({
    text: f.text,
    start: f.group.start,
    end: f.group.end,
    speaker: speakers[i] ?? null,
    speakerStart: f.phrase?.start ?? null,
    speakerEnd: f.phrase?.end ?? null,
    key: keys.has(i),
  }));
}

interface LocalSpeaker {
  phrase: SpeakerPhrase;
  immediate: boolean;
}

/** What the speaker search of one text shares: its groups, where each one's sentence may start, answers so far. */
interface Context {
  text: string;
  paragraphs: readonly Span[];
  groups: readonly QuoteGroup[];
  /** Per group, where the last earlier statement of its paragraph ends (see {@link substantialEnds}). */
  leftLimits: readonly number[];
  /** Per group, its local speaker once worked out (`undefined` until then), so a chain of parts is read once. */
  local: (LocalSpeaker | null | undefined)[];
}

/**
 * The words of a statement split around its attribution, without the comma the split added: "Demand rose," +
 * "We are adding…" reads "Demand rose. We are adding…"; "The bridge," + "stays shut." reads "The bridge stays shut.".
 */
function joinParts(parts: readonly string[]): string {
  let joined = parts[0] ?? "";
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p] as string;
    if (joined.endsWith(",")) {
      // "I" opens a sentence or goes on with one: the comma stays ("We tried, I swear.").
      if (/^\p{Lu}/u.test(part) && !/^I\b/.test(part)) joined = `${joined.slice(0, -1)}.`;
      else if (/^\p{Ll}/u.test(part)) joined = joined.slice(0, -1);
    }
    joined = joined && part ? `${joined} ${part}` : joined + part;
  }
  return joined;
}

/** The attribution in the quote's own sentence, worked out once per group. */
function localSpeaker(context: Context, i: number): LocalSpeaker | null {
  let answer = context.local[i];
  if (answer === undefined) {
    answer = findLocalSpeaker(context, i);
    context.local[i] = answer;
  }
  return answer;
}

/** The attribution in the quote's own sentence: between split parts, right after it, or before it. */
function findLocalSpeaker(context: Context, i: number): LocalSpeaker | null {
  const { text, paragraphs, groups } = context;
  const group = groups[i] as QuoteGroup;
  const first = group.runs[0];
  const last = group.runs[group.runs.length - 1];
  if (!first || !last) return null;
  const paragraph = paragraphs[first.paragraph] as Span;
  const lastParagraph = paragraphs[last.lastParagraph] as Span;
  const previous = groups[i - 1];
  const next = groups[i + 1];
  const leftLimit = context.leftLimits[i] ?? paragraph.start;
  // A short quote inside the attribution ("Bill Eastland, wearing “Ted Cruz” pins, said") does not end the search.
  const nextStatement = next && next.start < lastParagraph.end ? nextSubstantial(text, groups, i + 1, lastParagraph.end) : null;
  const rightLimit = nextStatement ? nextStatement.start : lastParagraph.end;
  // "“…” ― Krystal Correa", also on the line after the quote.
  const dash = /^\s*[―—–-]+\s*/.exec(text.slice(group.end, group.end + 8));
  if (dash) {
    const byline = phraseStartingAt(text, group.end + dash[0].length, group.end + dash[0].length + 60);
    if (byline && byline.kind === "name") return { phrase: byline, immediate: true };
  }
  const lastInner = last.inner[last.inner.length - 1];
  const innerText = lastInner ? text.slice(lastInner.start, lastInner.end).trimEnd() : "";
  const endsSentence = /[.!?…]$/.test(innerText);
  const after = text.slice(group.end, group.end + 3);
  // "…,” she said": the quote's own punctuation hands over to an attribution.
  const handsOver = /[,!?…—–-]$/.test(innerText) || /^\s*[,—–-]/.test(after);
  const attributionFollows = handsOver || !endsSentence || /^\s*\p{Ll}/u.test(after);
  // "21 percent said “…” and 14 percent said “…”": a verb right before the quote hands it over from the left.
  const from = sentenceStart(text, group.start, leftLimit);
  const lead = text.slice(Math.max(from, group.start - 40), group.start);
  const introducedLeft = INTRODUCED.test(lead) || SPEECH_VERB_AT_END.test(lead);
  const left = introducedLeft ? speakerBefore(text, from, group.start) : null;
  if (left) return { phrase: left, immediate: true };
  if (group.gap) {
    const inGap = speakerAfter(text, group.gap.start, group.gap.end, 22);
    if (inGap) return { phrase: inGap, immediate: true };
  }
  if (attributionFollows) {
    const right = speakerAfter(text, group.end, rightLimit, handsOver ? 8 : 3);
    if (right) return { phrase: right, immediate: true };
  }
  const before = introducedLeft ? null : speakerBefore(text, from, group.start);
  if (before) {
    const words = text.slice(from, group.start);
    SPEECH_VERB.lastIndex = 0;
    return { phrase: before, immediate: /[,:]\s*$/.test(words) && SPEECH_VERB.test(words) };
  }
  // "Trump says “A” because “B”": a later part of the sentence shares the earlier part's speaker.
  if (previous && previous.end > paragraph.start && sentenceStart(text, group.start, previous.start) <= previous.start) {
    const shared = localSpeaker(context, i - 1);
    if (shared) return { phrase: shared.phrase, immediate: false };
  }
  if (!attributionFollows) {
    const right = speakerAfter(text, group.end, rightLimit, 4);
    if (right) return { phrase: right, immediate: true };
  }
  const later = speakerAfter(text, group.end, rightLimit, 40);
  // A quote ending on a full stop ends its sentence too ("…condemning “the attack.” He said…").
  const ownEnd = endsSentence ? group.end : sentenceEnd(text, group.end, rightLimit);
  if (!later) {
    // "Kasich boasted of “the best team” and stressed…": a second verb of the sentence's subject.
    SPEECH_VERB.lastIndex = 0;
    const own = SPEECH_VERB.test(text.slice(group.end, ownEnd)) ? quotingSubject(text, paragraphs, group) : null;
    return own ? { phrase: own, immediate: false } : null;
  }
  // "Obama released a statement condemning “…”. He said…": the quote's own sentence names its speaker first.
  if (later.start >= ownEnd) {
    const own = quotingSubject(text, paragraphs, group);
    if (own) return { phrase: own, immediate: false };
  }
  return { phrase: later, immediate: false };
}

/**
 * Per group, where the last earlier statement in its paragraph ends (short scare quotes do not cut the sentence),
 * or the paragraph's start: one pass over the groups, however many a paragraph holds.
 */
function substantialEnds(text: string, paragraphs: readonly Span[], groups: readonly QuoteGroup[]): number[] {
  const limits: number[] = [];
  let lastEnd = -1;
  for (const g of groups) {
    const paragraphStart = (paragraphs[g.runs[0]?.paragraph ?? 0] as Span).start;
    limits.push(Math.max(lastEnd, paragraphStart));
    if (countWords(text, g.start, g.end, 4) >= 4) lastEnd = g.end;
  }
  return limits;
}

/** The first group from index `from` on, before `limit`, that holds four words or more, or null. */
function nextSubstantial(text: string, groups: readonly QuoteGroup[], from: number, limit: number): QuoteGroup | null {
  for (let k = from; k < groups.length; k++) {
    const g = groups[k] as QuoteGroup;
    if (g.start >= limit) return null;
    if (countWords(text, g.start, g.end, 4) >= 4) return g;
  }
  return null;
}

// How many scare quotes and titles in a row a quote looks past for the statement before it.
const MAX_SKIPPED_FRAGMENTS = 4;

/** A quote without its own attribution continues the previous speaker, or the one introducing it just before. */
function inheritedSpeaker(
  text: string,
  paragraphs: readonly Span[],
  groups: readonly QuoteGroup[],
  found: readonly Found[],
  i: number,
): SpeakerPhrase | null {
  const group = groups[i] as QuoteGroup;
  const first = group.runs[0];
  if (!first) return null;
  const paragraph = paragraphs[first.paragraph] as Span;
  // The last statement before it: a title or scare quote in between ("he said on “Meet the Press.”") hands nothing on.
  let back = i - 1;
  const stop = Math.max(-1, i - 1 - MAX_SKIPPED_FRAGMENTS);
  while (back > stop && (found[back] as Found).kind !== "statement" && (found[back] as Found).kind !== "partial") back--;
  if (back === stop) back = i - 1;
  const previous = back >= 0 ? found[back] : undefined;
  const leftLimit = previous && previous.group.end > paragraph.start ? previous.group.end : paragraph.start;
  // "Smith said the plan would fail. “It will.”": an attribution earlier in the same paragraph.
  const before = speakerBefore(text, leftLimit, group.start);
  if (before) return before;
  // “…” after a paragraph that ends "Smith said:" or "She went on to say:".
  const prior = paragraphs[first.paragraph - 1];
  if (prior && text.slice(leftLimit, group.start).trim() === "") {
    const lead = text.slice(prior.start, prior.end).trimEnd();
    const start = () => sentenceStart(text, prior.end - 1, prior.start);
    if (/[:,]$/.test(lead) || /\b(?:said|says|added|wrote|told)\b[^.]*\.$/.test(lead)) {
      const introduced = speakerBefore(text, start(), prior.end);
      if (introduced) return introduced;
    } else if (
      /\b(?:issued|released|put out|sent)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|letter|memo)\b[^.]*\.$/u.test(lead)
    ) {
      // "The council issued a statement on Monday. ⏎ “…”": the statement's words are its author's.
      const author = sentenceSubject(text, start(), prior.end);
      if (author) return author;
    }
  }
  const previousRun = previous?.group.runs[previous.group.runs.length - 1];
  if (previous?.phrase && previousRun && first.paragraph - previousRun.lastParagraph <= 1) {
    // "“…,” Trump added. He then turned to the crowd. ⏎ “…”": the nearest mention of the speaker is the pronoun.
    return pronounBetween(text, previous.group.end, group.start) ?? previous.phrase;
  }
  return null;
}

/** The pronoun opening the last whole sentence of text[from, to) ("He then turned to the crowd."), or null. */
function pronounBetween(text: string, from: number, to: number): SpeakerPhrase | null {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  if (end - from < 4 || !/[.!?]$/.test(text.slice(end - 1, end))) return null;
  const start = sentenceStart(text, end - 1, from);
  if (start <= from) return null;
  const subject = phraseStartingAt(text, start, end);
  return subject?.kind === "pronoun" && /^(?:he|she|they|we|i)$/i.test(subject.text) ? subject : null;
}

/**
 * The subject of the sentence a quote sits in, when words of that sentence come before it ("Moore thanked him for
 * “stepping up”", "The report found “no evidence”"): reported words belong to the one the sentence is about.
 */
function quotingSubject(text: string, paragraphs: readonly Span[], group: QuoteGroup): SpeakerPhrase | null {
  const first = group.runs[0];
  if (!first) return null;
  const paragraph = paragraphs[first.paragraph] as Span;
  const from = sentenceStart(text, group.start, paragraph.start);
  if (countWords(text, from, group.start, 2) < 2) return null;
  const subject = sentenceSubject(text, from, group.start);
  return subject && subject.end <= group.start ? subject : null;
}

// Titles with a byline run as long as headlines do.
const MAX_HEADLINE_WORDS = 15;

/**
 * Corrects the kind of a short quote from what surrounds it: a headline followed by its byline is a title, and one
 * or two words after an article, possessive or preposition are a scare quote unless a speech verb hands them over.
 */
function lookOfTitle(text: string, group: QuoteGroup, words: string, kind: QuoteKind): QuoteKind {
  const count = countWords(words, 0, words.length, MAX_HEADLINE_WORDS);
  if (count < MAX_HEADLINE_WORDS && BYLINE_AFTER.test(text.slice(group.end, group.end + 12))) return "title";
  // "“Fair Pay For All” (2015)": a work cited with its year; ‘HARBOUR TO CLOSE FOR THE WINTER’: a headline in capitals.
  if (count < MAX_HEADLINE_WORDS && /^\s*\([^()]{0,40}\b\d{4}\)/.test(text.slice(group.end, group.end + 48))) return "title";
  if (count >= 4 && count < MAX_HEADLINE_WORDS && words === words.toUpperCase() && /\p{Lu}{2}/u.test(words)) return "title";
  if (count < MAX_HEADLINE_WORDS && group.runs.length === 1 && /^\p{Lu}/u.test(words)) {
    // "an article titled “Voters Flock To The Polls Early.”", "his book “Backfire: A Battle for the Soul of HP.”"
    const before = text.slice(Math.max(0, group.start - 30), group.start);
    if (
      /\b(?:titled|entitled|headlined|headline|book|memoir|novel|article|essay|op-ed|column|report)\s*,?\s*$/i.test(before) &&
      mostlyCapitalized(words)
    )
      return "title";
  }
  if (count <= 8 && group.runs.length === 1 && /^\p{Lu}/u.test(words)) {
    // "the “Night Shift” radio program", "on the channel’s “Harbour,”": a name of a work, one word or several.
    const closesSentence = /[.!?…]$/.test(words.trimEnd());
    if (!closesSentence && TITLE_AFTER.test(text.slice(group.end, group.end + 30))) return "title";
    if (count === 1 && TITLE_CONTEXT.test(text.slice(Math.max(0, group.start - 30), group.start))) return "title";
  }
  if (count <= 2 && group.runs.length === 1) {
    const lead = text.slice(Math.max(0, group.start - 40), group.start);
    if (SCARE_CONTEXT.test(lead) && !INTRODUCED.test(lead)) return "fragment";
  }
  return kind;
}

/** True when most words of a quote open with a capital, as titles are written ("Where Voting Machines Fail"). */
function mostlyCapitalized(words: string): boolean {
  const tokens = words.split(/\s+/).filter((t) => /\p{L}/u.test(t));
  const capitalized = tokens.filter((t) => /^[^\p{L}]*\p{Lu}/u.test(t)).length;
  return tokens.length > 0 && capitalized * 3 >= tokens.length * 2;
}

// Role nouns that name one office holder, so "the minister" can be resolved to the person introduced with it.
const TITLE_ROLES =
  /^(?:president|minister|senator|governor|mayor|spokesman|spokeswoman|spokesperson|secretary|chancellor|congressman|congresswoman|representative|ambassador|chairman|chairwoman|candidate|nominee|premier|pope|king|queen|director|commissioner|sheriff|judge|justice|speaker|leader|ceo|chief|executive|manager|coach|captain|chair|founder|treasurer|superintendent|councillor|councilor)$/;

/** The speaker's fullest name: a name expanded, a pronoun or title resolved, an unresolved description as written. */
function speakerName(phrase: SpeakerPhrase, names: NameIndex): string | null {
  if (phrase.kind === "name") return names.fullest(phrase.text);
  const word = phrase.text.toLowerCase();
  if (phrase.kind === "role") {
    const role = word.split(/\s+/).pop() ?? "";
    // "the minister" is someone named before; "the minister’s spokesman" is not that someone.
    const possessive = /[’']s\s+\S+$/.test(word);
    const titled = TITLE_ROLES.test(role) || ROLE_NOUNS.has(role);
    const antecedent = titled && !possessive ? names.antecedent(word, phrase.start) : null;
    // A description the article never ties to a name ("a party activist") is the best it gives.
    return antecedent ? names.fullest(antecedent.name) : phrase.text;
  }
  if (word !== "he" && word !== "she" && word !== "who") return null;
  const antecedent = names.antecedent(word, phrase.start);
  return antecedent ? names.fullest(antecedent.name) : null;
}
