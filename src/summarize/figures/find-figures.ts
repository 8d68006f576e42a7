import type { Figure } from "../../types.js";
import type { TextLayout } from "../spans.js";
import { findNumbers } from "./find-numbers.js";
import { countedNoun, labelFigure } from "./label-figure.js";
import { mergeRanges } from "./merge-ranges.js";
import { notFigureReason } from "./not-figure-reason.js";
import { type FigureCandidate, pickKeyFigures } from "./pick-key-figures.js";
import type { UnitKind } from "./units.js";

/** Finds every quantity in the cleaned text, in text order, with its value, unit and label. */
export function findFigures(layout: TextLayout): Figure[] {
  const { text } = layout;
  const candidates: FigureCandidate[] = [];
  layout.sentences.forEach((sentence, index) => {
    const mentions = findNumbers(text, sentence.start, sentence.end);
    for (const m of mentions) m.dropped = notFigureReason(text, m, sentence.start, sentence.end) !== null;
    const merged = mergeRanges(text, mentions, sentence.start);
    let previous: Figure | null = null;
    const inSentence: FigureCandidate[] = [];
    for (const m of merged) {
      if (m.dropped) continue;
      // "87 mph (140 km/h)", "10.5 million Australian dollars ($7.5 million)": the same quantity, the same label
      const restated = previous !== null && /^[ \t]*[([/][ \t]*$/.test(text.slice(previous.end, m.start));
      const figure: Figure = {
        value: m.value,
        // a bare count's unit is the noun it counts ("three homes" → "home"); the label keeps the fuller phrase
        unit: m.unit ?? (m.kind === null ? countedNoun(text, m, sentence.end) : null),
        label: restated && previous ? previous.label : labelFigure(text, m, m.kind, sentence.start, sentence.end, merged),
        text: text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        key: false,
      };
      // "Revenue climbed to $8.4 billion …, up from $6.1 billion": what the figure before of the same kind counts
      if (figure.label === "") figure.label = inheritedLabel(text, inSentence, m.kind, m.start);
      previous = figure;
      const candidate: FigureCandidate = {
        figure,
        kind: m.kind,
        sentence: index,
        paragraph: sentence.paragraph,
        trivial: m.words === 1 && typeof m.value === "number" && m.value <= 2,
      };
      candidates.push(candidate);
      inSentence.push(candidate);
    }
    shareUnitsOfAlternatives(text, inSentence);
  });
  pickKeyFigures(candidates);
  return candidates.map((c) => c.figure);
}

// "three or four cars", "5, 6 or 7 km": numbers joined by "or" / "and" / a comma share the unit written after the last.
const ALTERNATIVE_GAP_RE = /^[ \t]*(?:,[ \t]*)?(?:or|and|nor|,)[ \t]+$/;

/** Gives a bare number the unit (and label) of the number it is an alternative to, written right after it. */
function shareUnitsOfAlternatives(text: string, figures: readonly FigureCandidate[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const bare = figures[i] as FigureCandidate;
    const next = figures[i + 1] as FigureCandidate;
    if (bare.kind !== null || next.figure.unit === null || Array.isArray(bare.figure.value)) continue;
    if (!ALTERNATIVE_GAP_RE.test(text.slice(bare.figure.end, next.figure.start))) continue;
    bare.figure.unit = next.figure.unit;
    bare.kind = next.kind;
    if (next.figure.label !== "") bare.figure.label = next.figure.label;
  }
}

/** The label of the last figure of the same kind earlier in the sentence and clause (no ";" between), or "". */
function inheritedLabel(text: string, before: readonly FigureCandidate[], kind: UnitKind | null, at: number): string {
  if (kind === null) return "";
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (!c || c.kind !== kind || c.figure.label === "") continue;
    return text.slice(c.figure.end, at).includes(";") ? "" : c.figure.label;
  }
  return "";
}
