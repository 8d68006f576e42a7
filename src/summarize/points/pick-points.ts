import type { TextLayout } from "../spans.js";
import { contentWords } from "./point-words.js";
import { countWords, isNotPoint, styleFactor } from "./point-style.js";

/** The lede (one sentence) and the key points (verbatim sentences, best first). */
export interface Points {
  lede: string;
  points: string[];
}

/** How many key points a brief carries at most. */
export const MAX_POINTS = 5;

// How many of the story's most repeated content words stand for its centre.
const CENTRAL_WORDS = 10;

interface Candidate {
  text: string;
  index: number;
  words: Set<string>;
  score: number;
}

/** Picks the sentences that carry the story: early, central, self-contained ones first, each adding something new. */
export function pickPoints(layout: TextLayout): Points {
  const candidates: Candidate[] = [];
  for (const sentence of layout.sentences) {
    const text = layout.text.slice(sentence.start, sentence.end).trim();
    const words = countWords(text);
    if (isNotPoint(text, words)) continue;
    const rank = candidates.length;
    const score = (styleFactor(text, words) * markers(text)) / (1 + 0.15 * rank);
    candidates.push({ text, index: rank, words: contentWords(text), score });
  }
  const first = candidates[0];
  if (!first) {
    const sentence = layout.sentences[0];
    const text = sentence ? layout.text.slice(sentence.start, sentence.end).trim() : "";
    return { lede: text, points: text ? [text] : [] };
  }
  const central = centralWords(candidates);
  for (const c of candidates) c.score *= 1 + Number(process.env.CW ?? 0.5) * overlap(c.words, central);
  return { lede: first.text, points: chooseDistinct(candidates) };
}

/** A mild lift for the marks of hard news: a figure, a full name. */
function markers(text: string): number {
  let factor = 1;
  if (/\d/.test(text)) factor *= 1.08;
  if (/\s[A-Z][a-z]+\s[A-Z][a-z]+/.test(text)) factor *= 1.05;
  return factor;
}

/** The content words found in the most sentences (earliest first on ties): what the story keeps coming back to. */
function centralWords(candidates: Candidate[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const w of c.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1);
  repeated.sort((a, b) => b[1] - a[1]);
  return new Set(repeated.slice(0, CENTRAL_WORDS).map(([w]) => w));
}

/** The share of `of` found in `words` (0 when `of` is empty). */
function overlap(words: Set<string>, of: Set<string>): number {
  if (of.size === 0) return 0;
  let hits = 0;
  for (const w of of) if (words.has(w)) hits++;
  return hits / of.size;
}

/** Greedy choice, best first, each sentence discounted by how much it repeats one already chosen. */
function chooseDistinct(candidates: Candidate[]): string[] {
  const chosen: Candidate[] = [];
  const left = [...candidates];
  while (chosen.length < MAX_POINTS && left.length > 0) {
    let best = 0;
    let bestValue = -1;
    left.forEach((c, i) => {
      let repeat = 0;
      for (const p of chosen) repeat = Math.max(repeat, redundancy(c.words, p.words));
      const value = c.score * (1 - Number(process.env.MM ?? 0.5) * repeat);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    chosen.push(...left.splice(best, 1));
  }
  return chosen.map((c) => c.text);
}

/** How much of the smaller word set the larger one already holds. */
function redundancy(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hits = 0;
  for (const w of small) if (large.has(w)) hits++;
  return hits / small.size;
}
