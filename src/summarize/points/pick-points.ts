import type { TextLayout } from "../spans.js";
import { isNotPoint, styleFactor } from "./point-style.js";
import { WordIndex } from "./point-words.js";
import { POINT_WORDS, trimPoint } from "./trim-point.js";

/** The lede (one sentence) and the key points (verbatim sentences, best first; after the first, long ones cut at a clause). */
export interface Points {
  lede: string;
  points: string[];
}

/** How many key points a brief carries at most. */
export const MAX_POINTS = 3;

// Reused across calls (pickPoints is synchronous): saves allocating its tables for every article.
const index = new WordIndex();

interface Candidate {
  text: string;
  ids: number[];
  words: number;
  score: number;
}

/** Picks the sentences that carry the story: early, central, self-contained ones first, each adding something new. */
export function pickPoints(layout: TextLayout): Points {
  index.reset();
  const candidates: Candidate[] = [];
  for (const sentence of layout.sentences) {
    const { ids, words, digit, name } = index.sentence(layout.text, sentence.start, sentence.end);
    const text = layout.text.slice(sentence.start, sentence.end).trim();
    if (isNotPoint(text, words)) continue;
    // News is lead-heavy: the position prior stays the strongest signal; a figure and a full name lift a little.
    const score = (styleFactor(text, words) * (digit ? 1.08 : 1) * (name ? 1.05 : 1)) / (1 + 0.15 * candidates.length);
    candidates.push({ text, ids, words, score });
  }
  const first = candidates[0];
  if (!first) {
    const sentence = layout.sentences[0];
    const text = sentence ? layout.text.slice(sentence.start, sentence.end).trim() : "";
    return { lede: text, points: text ? [text] : [] };
  }
  const centrality = centralities(candidates, index.size);
  candidates.forEach((c, i) => {
    c.score *= 1 + 0.5 * (centrality[i] ?? 0);
  });
  // The first point stays whole (it is usually the lede); the others are kept to their main clause.
  // (WordIndex counts at least as many words as trimPoint does: a short sentence is not even looked at.)
  const points = chooseDistinct(candidates, index.size).map((c, i) =>
    i === 0 || c.words <= POINT_WORDS ? c.text : trimPoint(c.text),
  );
  return { lede: first.text, points };
}

/**
 * How much each sentence shares with the rest of the story, scaled to [0, 1]: each of its content words counts the
 * logarithm of the number of sentences using it (0 when only this one does; a word in every sentence counts less than
 * its spread), summed and damped by the logarithm of the sentence's size, so that a long sentence is not central just
 * by being long, nor a short one by being short (computed from word counts in linear time). `vocabulary` bounds the
 * word ids.
 */
export function centralities(sentences: readonly { ids: readonly number[] }[], vocabulary: number): number[] {
  if (scratch.counts.length < vocabulary) {
    const size = Math.max(vocabulary, scratch.counts.length * 2);
    scratch = { counts: new Int32Array(size), weights: new Float64Array(size) };
  }
  const { counts, weights } = scratch;
  counts.fill(0, 0, vocabulary);
  for (const s of sentences) for (const id of s.ids) counts[id] = (counts[id] ?? 0) + 1;
  // A word of one sentence (or none) weighs log(1) = 0: only shared words need a logarithm.
  for (let id = 0; id < vocabulary; id++) {
    const count = counts[id] as number;
    weights[id] = count > 1 ? Math.log(count) : 0;
  }
  let max = 0;
  const raw = sentences.map((s) => {
    let shared = 0;
    for (const id of s.ids) shared += weights[id] ?? 0;
    const value = shared / Math.log(s.ids.length + 2);
    if (value > max) max = value;
    return value;
  });
  return max > 0 ? raw.map((value) => value / max) : raw;
}

// Per-word tallies of `centralities`, reused from one call to the next (grown when a text has more words).
let scratch = { counts: new Int32Array(1024), weights: new Float64Array(1024) };

/** Greedy choice, best first, each sentence discounted by how much it repeats the closest one already chosen. */
function chooseDistinct(candidates: readonly Candidate[], vocabulary: number): Candidate[] {
  const chosen: Candidate[] = [];
  const count = candidates.length;
  const value = new Float64Array(count);
  for (let i = 0; i < count; i++) value[i] = (candidates[i] as Candidate).score;
  const marks = new Uint8Array(vocabulary);
  while (chosen.length < MAX_POINTS && chosen.length < count) {
    let best = 0;
    for (let i = 1; i < count; i++) if ((value[i] as number) > (value[best] as number)) best = i;
    const pick = candidates[best] as Candidate;
    value[best] = -1;
    chosen.push(pick);
    if (chosen.length === MAX_POINTS) break;
    for (const id of pick.ids) marks[id] = 1;
    for (let i = 0; i < count; i++) {
      const c = candidates[i] as Candidate;
      const v = value[i] as number;
      if (v <= 0) continue;
      // The discount follows the worst overlap so far: a sentence's value only ever falls.
      value[i] = Math.min(v, c.score * (1 - 0.8 * shareMarked(c.ids, pick.ids.length, marks)));
    }
    for (const id of pick.ids) marks[id] = 0;
  }
  return chosen;
}

/** Redundancy of a sentence with the marked one: the share of the smaller word set found in the other, in [0, 1]. */
function shareMarked(ids: readonly number[], markedSize: number, marks: Uint8Array): number {
  const smaller = Math.min(ids.length, markedSize);
  if (smaller === 0) return 0;
  let hits = 0;
  for (const id of ids) hits += marks[id] ?? 0;
  return hits / smaller;
}
