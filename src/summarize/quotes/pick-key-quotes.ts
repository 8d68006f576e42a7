import type { QuoteKind } from "./classify-quote.js";
import { splitCount } from "./whitespace.js";

/** What key selection needs to know about a quote. */
export interface KeyCandidate {
  text: string;
  kind: QuoteKind;
  /** True when the speaker is a named person (directly or through "he", "the minister"). */
  named: boolean;
}

const MAX_KEYS = 4;

/** Indices of the 1–4 quotes a digest should show: whole statements by named people first, in text order. */
export function pickKeyQuotes(candidates: readonly KeyCandidate[]): Set<number> {
  const scored: { index: number; score: number }[] = [];
  candidates.forEach((c, index) => {
    if (c.kind !== "statement") return;
    const words = splitCount(c.text);
    let score = c.named ? 4 : 0;
    if (/^[\p{Lu}"“‘']/u.test(c.text)) score += 1;
    // A short lower-case fragment of a sentence only makes the cut when nothing better exists.
    else if (words < 8) score -= 2;
    if (/[.!?…]["”’']?$/.test(c.text)) score += 1;
    if (words >= 8 && words <= 45) score += 1;
    else if (words > 80) score -= 1;
    scored.push({ index, score });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const best = scored[0]?.score ?? 0;
  // Unnamed statements only make the cut when no named one exists.
  const floor = Math.min(best, 4);
  return new Set(
    scored
      .filter((s) => s.score >= floor)
      .slice(0, MAX_KEYS)
      .map((s) => s.index),
  );
}
