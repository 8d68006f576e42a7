/**
 * A word read in place in its text, as term matching reads it (a curly apostrophe as a straight one), without making
 * a string. Only for words whose letters and numbers are all ASCII: lower-casing them changes no length.
 */

import { hashString } from "./word-offsets.js";

const FNV_OFFSET = hashString("");
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const LOWER_S = 115;

/** The code of text[i]: a curly apostrophe as a straight one, and an ASCII capital lower-cased when `lower`. */
function codeAt(text: string, i: number, lower: boolean): number {
  const code = text.charCodeAt(i);
  if (code === CURLY_APOSTROPHE) return APOSTROPHE;
  return lower && code >= 65 && code <= 90 ? code + 32 : code;
}

/** True when the code is "s" or "S". */
function isS(code: number): boolean {
  return (code | 32) === LOWER_S;
}

/**
 * The lengths of the forms of the word text[start, end), longest first: itself, without "'s" or a final "'", and
 * without a plural "s" ("clubs'" → "club"), the same forms as the term matcher's `variants` of the word as a string.
 */
export function formLengths(text: string, start: number, end: number): number[] {
  const length = end - start;
  const last = codeAt(text, end - 1, true);
  let base = length;
  if (isS(last) && length > 2 && codeAt(text, end - 2, true) === APOSTROPHE) base = length - 2;
  else if (last === APOSTROPHE) base = length - 1;
  else if (!isS(last) || length <= 3) return [length];
  const forms = base === length ? [length] : [length, base];
  const baseEnd = codeAt(text, start + base - 1, true);
  const before = codeAt(text, start + base - 2, true);
  if (base > 3 && isS(baseEnd) && !isS(before)) forms.push(base - 1);
  return forms;
}

/** True when text[start, start + wanted.length), read as above (lower-cased when `lower`), is `wanted`. */
export function startsAs(text: string, start: number, wanted: string, lower: boolean): boolean {
  for (let k = 0; k < wanted.length; k++) if (codeAt(text, start + k, lower) !== wanted.charCodeAt(k)) return false;
  return true;
}

/** The hash (as `hashString` makes it) of text[start, start + length) read as above, lower-cased. */
export function hashPrefix(text: string, start: number, length: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ codeAt(text, start + k, true), FNV_PRIME);
  return h;
}
