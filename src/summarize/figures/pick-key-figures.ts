import type { Figure } from "../../types.js";
import type { UnitKind } from "./units.js";

/** A figure with what key selection needs to know about it. */
export interface FigureCandidate {
  figure: Figure;
  kind: UnitKind | null;
  /** Index of its sentence in the text (0 = the lede). */
  sentence: number;
  /** Index of its paragraph. */
  paragraph: number;
  /** Written as a single small word ("one", "two"). */
  trivial: boolean;
}

const MAX_KEY = 3;
const MIN_SCORE = 2;
const CASUALTY_RE =
  /\b(?:killed|dead|died|deaths?|injured|wounded|hurt|casualties|victims|missing|fatalities|bodies|hostages|displaced|evacuated|stranded|trapped|rescued|homeless|arrested|refugees|infected|cases)\b/i;
const PEOPLE_RE =
  /\b(?:people|persons|civilians|children|soldiers|workers|employees|jobs|residents|homes|houses|troops|patients|migrants|voters|users|customers)\b/i;

const KIND_SCORE: Readonly<Record<UnitKind, number>> = {
  money: 3,
  percent: 2.5,
  measure: 1.5,
  time: 0,
  age: -1,
  times: 1,
};

function score(c: FigureCandidate): number {
  let s = c.kind ? KIND_SCORE[c.kind] : 1;
  const label = c.figure.label;
  if (CASUALTY_RE.test(label)) s += 5;
  else if (c.kind === null && PEOPLE_RE.test(label)) s += 1.5;
  if (c.trivial) s -= 2.5;
  const magnitude = Math.abs(Array.isArray(c.figure.value) ? c.figure.value[1] : c.figure.value);
  if (c.kind === null && magnitude < 3) s -= 1;
  if (c.sentence === 0) s += 1.5;
  else if (c.paragraph === 0) s += 1;
  s -= Math.min(2, c.sentence * 0.15);
  return s;
}

/** Marks as key the (at most 3) figures a reader must not miss: casualties, then money and percentages, lede first. */
export function pickKeyFigures(candidates: readonly FigureCandidate[]): void {
  const ranked = candidates
    .map((c, i) => ({ c, i, s: score(c) }))
    // a key figure is shown as "40,000 — daily commuters": one without a label says nothing
    .filter((x) => x.s >= MIN_SCORE && x.c.figure.label !== "")
    .sort((a, b) => b.s - a.s || a.i - b.i);
  for (const { c } of ranked.slice(0, MAX_KEY)) c.figure.key = true;
}
