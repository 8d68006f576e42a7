import type { Sentence, Span } from "./spans.js";

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt insp det " +
    "inc corp co ltd llc plc bros dept univ assn est approx vs etc al fig no nos vol pp ft mt " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo"
  ).split(" "),
);
// Words that start a sentence after an abbreviation like "U.S." that may also end one.
const SENTENCE_STARTERS = new Set(
  "the a an he she it they we i but and in on at this that these those his her their its there then yet so however meanwhile after before when while if".split(
    " ",
  ),
);
// The marks that may end a sentence: a regex finds the next one far faster than a loop reading every character.
const TERMINATOR = /[.!?\u2026]/g;
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "“"]);

/** Splits each paragraph into sentences; survives "U.S.", "Mr.", "Jan. 5", "3.5", initials and quotes. */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start;
    TERMINATOR.lastIndex = paragraph.start;
    while (TERMINATOR.test(text)) {
      const i = TERMINATOR.lastIndex - 1;
      if (i >= paragraph.end) break;
      const ch = text[i];
      let end = i + 1;
      while (end < paragraph.end && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
      while (end < paragraph.end && CLOSERS.has(text[end] as string) && text[end] !== "“") end++;
      if (end >= paragraph.end) break;
      if (!isSpaceAt(text, end)) continue;
      let next = end;
      while (next < paragraph.end && isSpaceAt(text, next)) next++;
      if (next >= paragraph.end) break;
      if (!startsSentence(text, next)) continue;
      if (ch === "." && !endsSentenceAt(text, i, next)) continue;
      sentences.push({ start, end, paragraph: index });
      start = next;
      TERMINATOR.lastIndex = next;
    }
    if (paragraph.end > start) sentences.push({ start, end: paragraph.end, paragraph: index });
  });
  return sentences;
}

function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function startsSentence(text: string, i: number): boolean {
  const ch = text[i] as string;
  if (ch === "“" || ch === '"' || ch === "‘" || ch === "'" || ch === "(" || ch === "[" || ch === "«") return true;
  if (ch >= "0" && ch <= "9") return true;
  return ch !== ch.toLowerCase() || ch === "¿";
}

/** Decides whether the period at `dot` ends the sentence whose next one would start at `next`. */
function endsSentenceAt(text: string, dot: number, next: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && isAbbreviationChar(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return true;
  const bare = word.replace(/^['’-]+/, "");
  // A single capital letter is an initial: "J. K. Rowling", "George W. Bush".
  if (/^[A-Z]$/.test(bare)) return false;
  if (ABBREVIATIONS.has(bare.toLowerCase())) {
    // "Jan. 5", "No. 10", "Mr. Smith": never a break; "Co." or "Inc." before a sentence starter may end one.
    if (/^(?:inc|corp|co|ltd|llc|plc|etc|al)$/i.test(bare)) return isStarterWord(text, next);
    return false;
  }
  // Dotted abbreviations: "U.S.", "U.K.", "a.m.", "p.m."
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return isStarterWord(text, next);
  return true;
}

/** True for the characters an abbreviation is written with: ASCII letters, ".", "'", "’" and "-". */
function isAbbreviationChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 39 || code === 0x2019 || code === 45
  );
}

function isStarterWord(text: string, i: number): boolean {
  const match = /^[A-Za-z]+/.exec(text.slice(i, i + 20));
  return match !== null && SENTENCE_STARTERS.has(match[0].toLowerCase());
}
