/** Fast word scanning around an offset, without regexes: figures look at their neighbours for every number found. */

import { isSpaceCode } from "../quotes/whitespace.js";

const LETTER_RE = /\p{L}|\p{M}/u;

/** True for a letter or a mark of a word. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c > 127 && LETTER_RE.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || ch === "'" || ch === "’" || ch === "-" || ch === "&" || ch === ".";
}

/** The word that ends right before `at` (only spaces and tabs between), or null; stops at `from`. */
export function wordBefore(text: string, from: number, at: number): { word: string; start: number } | null {
  let i = at - 1;
  while (i >= from && (text[i] === " " || text[i] === "\t")) i--;
  if (i < from || i === at - 1 || !isWordChar(text[i])) return null;
  const end = i + 1;
  while (i >= from && isWordChar(text[i])) i--;
  let start = i + 1;
  while (start < end && !isLetter(text[start])) start++;
  return start < end ? { word: text.slice(start, end), start } : null;
}

/** A token of text read backwards: a word, a number, or one other character. */
export interface Token {
  text: string;
  start: number;
  kind: "word" | "number" | "other";
}

/** Up to `max` tokens before `at` (nearest first), not looking before `from`. */
export function tokensBefore(text: string, from: number, at: number, max: number): Token[] {
  const tokens: Token[] = [];
  for (let step = tokenBefore(text, from, at); step && tokens.length < max; step = tokenBefore(text, from, step.next)) {
    tokens.push(step.token);
  }
  return tokens;
}

/**
 * The token that ends before `at` (spaces skipped), not looking before `from`, or null; `next` is where to read
 * the token before it from (past the apostrophes and hyphens leading a word).
 */
export function tokenBefore(text: string, from: number, at: number): { token: Token; next: number } | null {
  let i = at - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < from) return null;
  const end = i + 1;
  const ch = text[i];
  let kind: Token["kind"] = "other";
  if (isLetter(ch)) {
    while (i >= from && (isLetter(text[i]) || text[i] === "'" || text[i] === "’" || text[i] === "-" || text[i] === "&")) i--;
    kind = "word";
  } else if (ch !== undefined && ch >= "0" && ch <= "9") {
    while (i >= from && isNumberChar(text.charCodeAt(i))) i--;
    kind = "number";
  } else i--;
  let start = i + 1;
  if (kind === "word") while (start < end && !isLetter(text[start])) start++;
  return { token: { text: text.slice(start, end), start, kind }, next: i + 1 };
}

/** A digit, "." or ",". */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 44;
}
