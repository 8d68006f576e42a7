import { sentenceEnd, speakerAfter } from "./find-speaker.js";
import type { QuotedRun } from "./pair-quote-marks.js";
import { SPEECH_VERB } from "./speech-verbs.js";
import { countWords } from "./whitespace.js";

/** One statement: a quoted run, or several runs split around their attribution ("X," he said, "Y."). */
export interface QuoteGroup {
  runs: QuotedRun[];
  start: number;
  end: number;
  /** The attribution between the first two runs, when the statement was split around one. */
  gap: { start: number; end: number } | null;
}

const MAX_GAP_WORDS = 22;

/** Groups runs split around an attribution into one statement each, in text order. */
export function mergeSplitQuotes(text: string, runs: readonly QuotedRun[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    const previous = last?.runs[last.runs.length - 1];
    if (last && previous && joins(text, previous, run)) {
      last.runs.push(run);
      last.end = run.end;
      last.gap ??= { start: previous.end, end: run.start };
      continue;
    }
    groups.push({ runs: [run], start: run.start, end: run.end, gap: null });
  }
  return groups;
}

/** True when the attribution in text[from, to) holds more words than its speaker phrase and speech verb. */
function saysMore(text: string, from: number, to: number): boolean {
  const speaker = speakerAfter(text, from, to, MAX_GAP_WORDS);
  if (!speaker) return true;
  SPEECH_VERB.lastIndex = 0;
  const verb = SPEECH_VERB.exec(text.slice(from, to));
  if (!verb) return true;
  const verbStart = from + verb.index;
  // The attribution runs from the first of speaker and verb to the last ("said chief executive Ada Obi").
  const first = Math.min(verbStart, speaker.start);
  const last = Math.max(verbStart + verb[0].length, speaker.end);
  const rest = `${text.slice(from, first)} ${text.slice(last, to)}`.split(/[\s,.;:]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "Havel said afterwards": an adverb says how or when, not more than who spoke.
  return rest.some((w) => !ADVERB.test(w));
}

const ADVERB = /^(?:\p{Ll}+ly|afterwards?|later|again|also|then|today|yesterday|tonight|too|once|first|simply)$/u;

/** True when `next` continues the statement of `previous` after an attribution like ", he said, ". */
function joins(text: string, previous: QuotedRun, next: QuotedRun): boolean {
  if (!previous.closed || previous.single || next.single || previous.lastParagraph !== next.paragraph) return false;
  const gap = text.slice(previous.end, next.start);
  if (gap.length > 300 || /["“”«»„]/.test(gap)) return false;
  // As many as `gap.trim().split(/\s+/)` has pieces.
  const words = Math.max(1, countWords(gap, 0, gap.length));
  if (words > MAX_GAP_WORDS) return false;
  SPEECH_VERB.lastIndex = 0;
  if (!SPEECH_VERB.test(gap)) return false;
  // "…,” Cruz said as the heckler yelled, “…”: a second speaker's verb after a conjunction starts a new statement.
  const second = SPEECH_VERB.exec(gap);
  if (second && /\b(?:as|while|when|and|but|though|although|after|before|because|until)\b/.test(gap.slice(0, second.index)))
    return false;
  // The attribution is one clause: no sentence ends inside it, and the next part opens a new clause.
  const trimmed = gap.trimEnd();
  if (!/[,.:;—–-]$/.test(trimmed)) return false;
  const end = sentenceEnd(text, previous.end, previous.end + trimmed.length);
  if (end < previous.end + trimmed.length) return false;
  const inner = previous.inner[previous.inner.length - 1];
  const innerText = inner ? text.slice(inner.start, inner.end).trimEnd() : "";
  // A part followed by its own attribution ("…,” he said) is a new statement.
  const nextInner = next.inner[next.inner.length - 1];
  if (nextInner && /,$/.test(text.slice(nextInner.start, nextInner.end).trimEnd())) return false;
  // After a finished sentence only a bare attribution may sit between the parts ("“A.” he said. “B.”").
  if (/[.…]$/.test(innerText) || (/[!?]$/.test(innerText) && !/^\s*\p{Ll}/u.test(gap))) {
    // "“A.” He added, “B.”": a new sentence that introduces the next part is the next statement's attribution.
    if (/^\s*\p{Lu}/u.test(gap) && /[,:]$/.test(trimmed)) return false;
    return words <= 6;
  }
  // "“A,” Smith told the radio station on Monday. “B.”": a sentence between the parts that says more than who spoke
  // (a listener, a place, a time) closes the statement; "“A,” said chief executive Ada Obi. “B.”" does not.
  if (/\.$/.test(trimmed) && saysMore(text, previous.end, previous.end + trimmed.length)) return false;
  return /[,!?—–-]$/.test(innerText) || /^\s*[,—–-]/.test(gap);
}
