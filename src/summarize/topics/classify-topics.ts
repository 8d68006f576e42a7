import type { Span, TextLayout } from "../spans.js";
import { CONTEXT_CUES, type ContextCue } from "./context-cues.js";
import { KEYWORD_TOPICS } from "./keyword-topics.js";
import { compileTerms } from "./term-matcher.js";
import { SECTIONS } from "./topic-lexicon.js";

/** A topic users can pick: a built-in section or a keyword topic. */
export interface TopicInfo {
  id: string;
  name: string;
  kind: "section" | "keyword";
}

/** Every topic newsbrief knows, sections first (for /topics and autocomplete). */
export const TOPICS: readonly TopicInfo[] = [
  ...SECTIONS.map((s) => ({ id: s.id, name: s.name, kind: "section" as const })),
  ...KEYWORD_TOPICS.map((k) => ({ id: k.id, name: k.name, kind: "keyword" as const })),
];

const WEIGHTS = [3, 2, 1] as const;
// About 500 words: enough to know a story's topics.
const MAX_CHARS = 3000;
// Title words count three times, the opening words twice: they say what the story is about.
const TITLE_BOOST = 3;
const OPENING_BOOST = 2;
const OPENING_WORDS = 60;
// Further sections are listed when they score at least this share of the first, up to MAX_SECTIONS.
const SECOND_SECTION_SHARE = 0.3;
const MAX_SECTIONS = 3;
// Below this a section rests on a stray ambiguous word or two ("director", "single"): no section beats a wrong one.
const MIN_SECTION_SCORE = 12;
// A keyword topic needs this many mentions to be listed (one in the title or opening words counts two).
const KEYWORD_MIN_MENTIONS = 3;
// A context holds when its cues are mentioned this often (counted like keyword mentions).
const CUE_MIN_MENTIONS = 4;
// A section's generic words that yield to a context count this much there, instead of 1.
const YIELDED_WEIGHT = 0.5;

type CueId = ContextCue["id"];
/** Whole sections that step back in a context: virtual football is a games story, a club's shares a business story. */
const SECTION_RULES: readonly { cue: CueId; section: string; factor: number }[] = [
  { cue: "gaming", section: "sport", factor: 0.4 },
  { cue: "gaming", section: "entertainment", factor: 0.6 },
  { cue: "club-finance", section: "sport", factor: 0.6 },
  { cue: "media-tech", section: "entertainment", factor: 0.7 },
];

// What a matched term counts for: a section (its own weight, or a yielding word), a keyword topic or a context cue.
const Kind = { Section: 0, Yielding: 1, Keyword: 2, Cue: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];
interface Entry {
  kind: Kind;
  index: number;
  weight: number;
  // Distinct id of the (section, term) pair, for counting each term's mentions.
  term: number;
}

const split = (terms: string): string[] => terms.split(/\s*[|\n]\s*/).filter((term) => term.length > 0);
const entries: [string, Entry][] = [];
const termSection: number[] = [];
const termWeight: number[] = [];
const termYield: (readonly number[] | undefined)[] = [];
const cueIndex = new Map<CueId, number>(CONTEXT_CUES.map((cue, index) => [cue.id, index]));
const addTerm = (text: string, kind: Kind, index: number, weight: number, cues?: readonly number[]): void => {
  const term = termSection.length;
  termSection.push(index);
  termWeight.push(weight);
  termYield.push(cues);
  entries.push([text, { kind, index, weight, term }]);
};
SECTIONS.forEach((section, index) => {
  for (const weight of WEIGHTS) for (const text of split(section.terms[weight])) addTerm(text, Kind.Section, index, weight);
  if (section.yields) {
    const cues = section.yields.cues.map((cue) => cueIndex.get(cue) ?? -1);
    for (const text of split(section.yields.terms)) addTerm(text, Kind.Yielding, index, 1, cues);
  }
});
KEYWORD_TOPICS.forEach((topic, index) => {
  for (const alias of split(topic.aliases)) entries.push([alias, { kind: Kind.Keyword, index, weight: 0, term: -1 }]);
});
CONTEXT_CUES.forEach((cue, index) => {
  for (const text of split(cue.terms)) entries.push([text, { kind: Kind.Cue, index, weight: 0, term: -1 }]);
});
const matcher = compileTerms<Entry>(entries);
const sectionRules = SECTION_RULES.map((rule) => ({
  cue: cueIndex.get(rule.cue) ?? -1,
  section: SECTIONS.findIndex((s) => s.id === rule.section),
  factor: rule.factor,
}));

/** Mentions found in one article: boosted mentions per term (and which terms were seen), keyword topic and cue. */
interface Tally {
  boosts: Float64Array;
  counts: Uint16Array;
  seen: number[];
  keywords: Float64Array;
  cues: Float64Array;
}
// Per-term tallies are reused from one article to the next (only the terms seen are reset): no large allocations.
const termBoosts = new Float64Array(termSection.length);
const termCounts = new Uint16Array(termSection.length);

/** Topic ids of the article, most relevant first: built-in sections, then keyword topics. */
export function classifyTopics(layout: TextLayout, title?: string): string[] {
  // The opening of a story says what it is about: reading a bounded prefix keeps long articles cheap.
  const body = openingRanges(layout.paragraphs);
  const tally: Tally = {
    boosts: termBoosts,
    counts: termCounts,
    seen: [],
    keywords: new Float64Array(KEYWORD_TOPICS.length),
    cues: new Float64Array(CONTEXT_CUES.length),
  };
  let sectionScores: number[];
  try {
    if (title) score(title, undefined, () => TITLE_BOOST, tally);
    score(layout.text, body, (position) => (position < OPENING_WORDS ? OPENING_BOOST : 1), tally);
    sectionScores = sectionScoresOf(tally);
  } finally {
    for (const term of tally.seen) {
      termBoosts[term] = 0;
      termCounts[term] = 0;
    }
  }
  const topics: string[] = [];
  const ranked = sectionScores.map((score, index) => ({ score, index })).filter((s) => s.score > 0);
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0]?.score ?? 0;
  for (const { score, index } of ranked) {
    if (score >= Math.max(best * SECOND_SECTION_SHARE, MIN_SECTION_SCORE) && topics.length < MAX_SECTIONS)
      topics.push((SECTIONS[index] as (typeof SECTIONS)[number]).id);
  }
  const keywords: { count: number; index: number }[] = [];
  tally.keywords.forEach((count, index) => {
    if (count >= KEYWORD_MIN_MENTIONS) keywords.push({ count, index });
  });
  keywords.sort((a, b) => b.count - a.count || a.index - b.index);
  for (const { index } of keywords) {
    const id = (KEYWORD_TOPICS[index] as (typeof KEYWORD_TOPICS)[number]).id;
    if (!topics.includes(id)) topics.push(id);
  }
  return topics;
}

/**
 * Each term adds its weight times its average boost times the square root of its mentions: a word repeated ten
 * times is strong evidence, but less than ten different words of the section. Then the context rules apply.
 */
function sectionScoresOf(tally: Tally): number[] {
  const scores = new Array<number>(SECTIONS.length).fill(0);
  // Plain loops over the typed arrays: Array.from with a callback walks them through the iterator protocol.
  const inContext: boolean[] = [];
  for (const mentions of tally.cues) inContext.push(mentions >= CUE_MIN_MENTIONS);
  for (const term of tally.seen) {
    const count = tally.counts[term] ?? 0;
    const yieldsTo = termYield[term];
    const weight = yieldsTo?.some((cue) => inContext[cue]) ? YIELDED_WEIGHT : (termWeight[term] ?? 0);
    const section = termSection[term] ?? 0;
    scores[section] = (scores[section] ?? 0) + (weight * (tally.boosts[term] ?? 0)) / Math.sqrt(count);
  }
  for (const rule of sectionRules) {
    if (inContext[rule.cue]) scores[rule.section] = (scores[rule.section] ?? 0) * rule.factor;
  }
  return scores;
}

/**
 * The paragraphs up to MAX_CHARS characters, a line break counted between two: the spans of the paragraphs' text
 * joined by line breaks and cut at MAX_CHARS, read in place.
 */
function openingRanges(paragraphs: readonly Span[]): Span[] {
  const ranges: Span[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    if (used >= MAX_CHARS) break;
    ranges.push({ start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + MAX_CHARS - used) });
    used += paragraph.end - paragraph.start + 1;
  }
  return ranges;
}

/**
 * Counts, at each word position of the text's ranges (the whole text when none are given), the strongest term of
 * each section, and the keyword and cue mentions.
 */
function score(text: string, ranges: readonly Span[] | undefined, boost: (position: number) => number, tally: Tally): void {
  const bestWeight = new Float64Array(SECTIONS.length);
  const bestTerm = new Int32Array(SECTIONS.length);
  const keywordAt = new Int32Array(KEYWORD_TOPICS.length).fill(-1);
  const cueAt = new Int32Array(CONTEXT_CUES.length).fill(-1);
  let lastPosition = -1;
  const flush = (): void => {
    const factor = boost(lastPosition);
    for (let section = 0; section < bestWeight.length; section++) {
      if (bestWeight[section] === 0) continue;
      const term = bestTerm[section] ?? 0;
      if (tally.counts[term] === 0) tally.seen.push(term);
      tally.boosts[term] = (tally.boosts[term] ?? 0) + factor;
      tally.counts[term] = (tally.counts[term] ?? 0) + 1;
      bestWeight[section] = 0;
    }
  };
  matcher.matchText(
    text,
    (entry, position) => {
      if (position !== lastPosition) {
        flush();
        lastPosition = position;
      }
      const { kind, index } = entry;
      if (kind === Kind.Keyword || kind === Kind.Cue) {
        const at = kind === Kind.Keyword ? keywordAt : cueAt;
        if (at[index] === position) return;
        at[index] = position;
        const counts = kind === Kind.Keyword ? tally.keywords : tally.cues;
        counts[index] = (counts[index] ?? 0) + Math.min(boost(position), 2);
      } else if ((bestWeight[index] ?? 0) < entry.weight) {
        bestWeight[index] = entry.weight;
        bestTerm[index] = entry.term;
      }
    },
    ranges,
  );
  flush();
}
