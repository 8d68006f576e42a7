import type { TextLayout } from "../spans.js";
import { KEYWORD_TOPICS } from "./keyword-topics.js";
import { compileTerms, toWords, type Word } from "./term-matcher.js";
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
// One matcher for both kinds: a section term carries its weight, a keyword alias has weight 0.
const matcher = compileTerms<{ index: number; weight: number }>([
  ...SECTIONS.flatMap((section, index) =>
    WEIGHTS.flatMap((weight) =>
      section.terms[weight].split("|").map((term): [string, { index: number; weight: number }] => [term, { index, weight }]),
    ),
  ),
  ...KEYWORD_TOPICS.flatMap((topic, index) =>
    topic.aliases.split("|").map((alias): [string, { index: number; weight: number }] => [alias, { index, weight: 0 }]),
  ),
]);

// Title words count three times, the opening words twice: they say what the story is about.
const TITLE_BOOST = 3;
const OPENING_BOOST = 2;
const OPENING_WORDS = 60;
// Further sections are listed when they score at least this share of the first, up to MAX_SECTIONS.
const SECOND_SECTION_SHARE = 0.3;
const MAX_SECTIONS = 3;
// A keyword topic needs this many mentions to be listed (one in the title or opening words counts two).
const KEYWORD_MIN_MENTIONS = 3;

/** Topic ids of the article, most relevant first: built-in sections, then keyword topics. */
export function classifyTopics(layout: TextLayout, title?: string): string[] {
  const body = layout.paragraphs.map((p) => layout.text.slice(p.start, p.end)).join("\n");
  const bodyWords = toWords(body);
  const titleWords = title ? toWords(title) : [];

  const sectionScores = new Array<number>(SECTIONS.length).fill(0);
  const mentions = new Array<number>(KEYWORD_TOPICS.length).fill(0);
  score(titleWords, () => TITLE_BOOST, sectionScores, mentions);
  score(bodyWords, (position) => (position < OPENING_WORDS ? OPENING_BOOST : 1), sectionScores, mentions);

  const topics: string[] = [];
  const ranked = sectionScores.map((score, index) => ({ score, index })).filter((s) => s.score > 0);
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0]?.score ?? 0;
  for (const { score, index } of ranked) {
    if (score >= best * SECOND_SECTION_SHARE && topics.length < MAX_SECTIONS)
      topics.push((SECTIONS[index] as (typeof SECTIONS)[number]).id);
  }
  const keywords = mentions.map((count, index) => ({ count, index })).filter((k) => k.count >= KEYWORD_MIN_MENTIONS);
  keywords.sort((a, b) => b.count - a.count || a.index - b.index);
  for (const { index } of keywords) {
    const id = (KEYWORD_TOPICS[index] as (typeof KEYWORD_TOPICS)[number]).id;
    if (!topics.includes(id)) topics.push(id);
  }
  return topics;
}

/** Adds to each section the weight of its strongest term at each word position, and counts keyword mentions. */
function score(words: readonly Word[], boost: (position: number) => number, sections: number[], mentions: number[]): void {
  const bestAt = new Map<number, number>();
  const seen = new Set<number>();
  let lastPosition = -1;
  const flush = (): void => {
    const factor = boost(lastPosition);
    for (const [index, weight] of bestAt) sections[index] = (sections[index] ?? 0) + weight * factor;
    for (const index of seen) mentions[index] = (mentions[index] ?? 0) + Math.min(factor, 2);
    bestAt.clear();
    seen.clear();
  };
  matcher.match(words, ({ index, weight }, position) => {
    if (position !== lastPosition) {
      flush();
      lastPosition = position;
    }
    if (weight === 0) seen.add(index);
    else if ((bestAt.get(index) ?? 0) < weight) bestAt.set(index, weight);
  });
  flush();
}
