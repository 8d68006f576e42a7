import type { Span } from "../spans.js";
import { isSpaceCode } from "./whitespace.js";

/** A run of quoted text between paired marks, possibly over several paragraphs. */
export interface QuotedRun extends Span {
  /** The quoted words without the marks, one span per paragraph. */
  inner: Span[];
  /** Index of the paragraph the run opens in. */
  paragraph: number;
  /** Index of the paragraph the run closes in. */
  lastParagraph: number;
  /** False when the paragraph ended before any closing mark (the run then stops at the paragraph's end). */
  closed: boolean;
  /** True for ‘single’ marks, used at the top level by some publishers. */
  single: boolean;
}

type Family = "double" | "guillemet" | "low" | "single";

interface Open {
  at: number;
  family: Family;
  paragraph: number;
  lastParagraph: number;
  inner: Span[];
  /** The mark that opened it, and the mark of a quote nested inside, if one is open. */
  glyph: string;
  nested: string | null;
}

const MARKS = /["“”«»„‘’]/g;
// Punctuation after which a mark opens a quote (besides whitespace).
const BOUNDARY_MARKS = "([{—–-/:;,…";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Pairs the quotation marks of the kept paragraphs into quoted runs, in text order; apostrophes are left alone. */
export function pairQuoteMarks(text: string, paragraphs: readonly Span[]): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let carried: Open | null = null;
  paragraphs.forEach((paragraph, index) => {
    let open: Open | null = null;
    let from = paragraph.start;
    if (carried) {
      // A quote running over paragraphs reopens each paragraph with a mark; without one, it ended unclosed.
      const family = openerFamily(text, paragraph.start, paragraph);
      if (family && sameFamily(family, carried.family)) {
        open = carried;
        from = paragraph.start + 1;
        open.inner.push({ start: from, end: from });
      } else {
        finishUnclosed(text, carried, runs);
      }
      carried = null;
    }
    MARKS.lastIndex = from;
    for (let mark = MARKS.exec(text); mark && mark.index < paragraph.end; mark = MARKS.exec(text)) {
      const i = mark.index;
      const ch = mark[0];
      if (open?.nested) {
        if (closesNested(text, i, open.nested, paragraph)) open.nested = null;
        continue;
      }
      if (open) {
        if (closes(text, i, open.family, paragraph)) {
          const last = open.inner[open.inner.length - 1] as Span;
          last.end = i;
          runs.push({
            start: open.at,
            end: i + 1,
            inner: open.inner,
            paragraph: open.paragraph,
            lastParagraph: index,
            closed: true,
            single: open.family === "single",
          });
          open = null;
          continue;
        }
        const family = openerFamily(text, i, paragraph);
        if (open.family === "single" || !family || nestedSingle(ch)) continue;
        // "… “inner” …" nests; a fresh opener of the same kind means the earlier one was never closed.
        if (ch !== open.glyph && (ch === "“" || ch === '"') && (open.glyph === "“" || open.glyph === '"')) open.nested = ch;
        // “A “B” C”: a second “ with two ” still to come in the paragraph nests, though it should have been ‘.
        else if (ch === "“" && open.glyph === "“" && closersAhead(text, i + 1, paragraph.end) >= 2) open.nested = ch;
        else open = opening(i, family, index, ch);
        continue;
      }
      const family = openerFamily(text, i, paragraph);
      if (family === "single" && !singleCloses(text, i, paragraph)) continue;
      if (family) open = opening(i, family, index, ch);
    }
    if (open) {
      const last = open.inner[open.inner.length - 1] as Span;
      last.end = paragraph.end;
      open.lastParagraph = index;
      if (open.family === "single") open = null;
      carried = open;
    }
  });
  if (carried) finishUnclosed(text, carried, runs);
  runs.sort((a, b) => a.start - b.start);
  return runs;
}

/** How many ” marks text[from, to) holds, counted up to two. */
function closersAhead(text: string, from: number, to: number): number {
  let found = 0;
  for (let j = from; j < to && found < 2; j++) if (text.charCodeAt(j) === 0x201d) found++;
  return found;
}

function opening(at: number, family: Family, paragraph: number, glyph: string): Open {
  return { at, family, paragraph, lastParagraph: paragraph, inner: [{ start: at + 1, end: at + 1 }], glyph, nested: null };
}

/** True when a ‘single’ quote opened at i closes before the paragraph ends or a double mark intervenes. */
function singleCloses(text: string, i: number, paragraph: Span): boolean {
  for (let j = i + 1; j < paragraph.end; j++) {
    const ch = text[j] as string;
    if (ch === '"' || ch === "“" || ch === "”" || ch === "«" || ch === "»" || ch === "„") return false;
    if (ch === "’" && closes(text, j, "single", paragraph)) return /\s/.test(text.slice(i + 1, j));
  }
  return false;
}

/** True when the mark at i closes a quote nested inside another. */
function closesNested(text: string, i: number, glyph: string, paragraph: Span): boolean {
  const ch = text[i];
  if (glyph === "“") return ch === "”";
  return ch === "”" || (ch === '"' && !openerFamily(text, i, paragraph));
}

function finishUnclosed(text: string, open: Open, runs: QuotedRun[]): void {
  const last = open.inner[open.inner.length - 1] as Span;
  let end = last.end;
  while (end > last.start && /\s/.test(text[end - 1] as string)) end--;
  last.end = end;
  runs.push({
    start: open.at,
    end,
    inner: open.inner,
    paragraph: open.paragraph,
    lastParagraph: open.lastParagraph,
    closed: false,
    single: false,
  });
}

function nestedSingle(ch: string): boolean {
  return ch === "‘" || ch === "’";
}

function sameFamily(a: Family, b: Family): boolean {
  return (
    a === b ||
    (a !== "single" && b !== "single" && a !== "guillemet" && b !== "guillemet") ||
    (a === "guillemet" && b === "guillemet")
  );
}

/** The family of the opening mark at i, or null when the mark there does not open a quote. */
function openerFamily(text: string, i: number, paragraph: Span): Family | null {
  const ch = text[i];
  const before = i > paragraph.start ? (text[i - 1] as string) : " ";
  const after = i + 1 < paragraph.end ? (text[i + 1] as string) : " ";
  const afterIsWord = !isSpaceCode(after.charCodeAt(0));
  const beforeIsBoundary = isSpaceCode(before.charCodeAt(0)) || BOUNDARY_MARKS.includes(before);
  switch (ch) {
    case "“":
      // “ … if the vote were held today”: an elision may open a quote after a space.
      return afterIsWord || /^\s(?:…|\.\.\.)/.test(text.slice(i + 1, i + 5)) ? "double" : null;
    case "«":
      return "guillemet";
    case "„":
      return "low";
    case '"':
    case "”":
      // `">` and `"<` close an attribute of markup left in the text (`date="May 1">`), they open nothing.
      return beforeIsBoundary && afterIsWord && after !== ">" && after !== "<" ? "double" : null;
    case "‘":
      // ‘90s is an elided year, not a quote.
      return beforeIsBoundary && /\p{L}/u.test(after) ? "single" : null;
    default:
      return null;
  }
}

/** True when the mark at i closes a quote of the given family. */
function closes(text: string, i: number, family: Family, paragraph: Span): boolean {
  const ch = text[i];
  const before = i > paragraph.start ? (text[i - 1] as string) : " ";
  const after = i + 1 < paragraph.end ? (text[i + 1] as string) : " ";
  switch (family) {
    case "guillemet":
      return ch === "»";
    case "low":
      return ch === "“" || ch === "”" || ch === '"';
    case "single":
      // An apostrophe (don’t, Jones’ house) is followed by a letter or is a possessive before a noun.
      return (
        ch === "’" &&
        !LETTER_OR_DIGIT.test(after) &&
        !(before === "s" && /\s/.test(after) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)))
      );
    default:
      if (ch === "”") return true;
      if (ch === '"') return !/\s/.test(before) || !LETTER_OR_DIGIT.test(after);
      // A “ typed in place of ” after a word.
      return ch === "“" && !/\s/.test(before) && !LETTER_OR_DIGIT.test(after);
  }
}
