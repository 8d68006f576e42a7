import { readWordNumber } from "./number-words.js";

/** The number itself, in digits or words, before any currency, scale or unit: "1.2" of "$1.2bn", "10 1/2", "forty-five". */

const DIGITS_RE = /\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?/y;
const SPACED_THOUSANDS_RE = /(?:, \d{3}(?![\d,.]))+/y;
const SLASH_FRACTION_RE = /[/⁄](\d{1,3})(?![\d/⁄])/y;
const MIXED_FRACTION_RE = /[ \t](\d{1,2})[/⁄](\d{1,3})(?![\d/⁄])/y;
const UNICODE_FRACTIONS: Readonly<Record<string, number>> = {
  "½": 0.5,
  "¼": 0.25,
  "¾": 0.75,
  "⅓": 1 / 3,
  "⅔": 2 / 3,
  "⅛": 0.125,
};

/** A number as written: its span, its value, and how it was written. */
export interface Core {
  start: number;
  end: number;
  value: number | [number, number];
  words: number;
  plural: boolean;
  fraction: boolean;
  formatted: boolean;
}

function readDigits(text: string, at: number, limit: number): Core | null {
  const uni = UNICODE_FRACTIONS[text[at] ?? ""];
  if (uni !== undefined) return { start: at, end: at + 1, value: uni, words: 0, plural: false, fraction: true, formatted: false };
  DIGITS_RE.lastIndex = at;
  const m = DIGITS_RE.exec(text);
  if (!m) return null;
  let raw = m[0];
  let end = at + raw.length;
  // a trailing comma belongs to the sentence ("5,")
  while (raw.endsWith(",")) {
    raw = raw.slice(0, -1);
    end--;
  }
  // "10, 000 monkeys" in tokenized copy
  if (/^\d{1,3}$/.test(raw)) {
    SPACED_THOUSANDS_RE.lastIndex = end;
    const spaced = SPACED_THOUSANDS_RE.exec(text);
    if (spaced && end + spaced[0].length <= limit) {
      raw += spaced[0].replace(/[ ,]/g, "");
      end += spaced[0].length;
    }
  }
  let value = Number(raw.includes(",") ? raw.replace(/,/g, "") : raw);
  if (!Number.isFinite(value)) return null;
  let fraction = false;
  SLASH_FRACTION_RE.lastIndex = end;
  const slash = SLASH_FRACTION_RE.exec(text);
  if (slash?.[1]) {
    const denominator = Number(slash[1]);
    // "24/7", "2019/20", "9/11" are not fractions
    if (value >= denominator || denominator === 0 || raw.includes(".") || (value === 9 && denominator === 11)) return null;
    if (text[at - 1] === "/" || text[at - 1] === "⁄") return null;
    value /= denominator;
    end += slash[0].length;
    fraction = true;
  } else if (/^\d+$/.test(raw)) {
    MIXED_FRACTION_RE.lastIndex = end;
    const mixed = MIXED_FRACTION_RE.exec(text);
    if (mixed?.[1] && mixed[2] && Number(mixed[1]) < Number(mixed[2]) && end + mixed[0].length <= limit) {
      value += Number(mixed[1]) / Number(mixed[2]);
      end += mixed[0].length;
    } else if (UNICODE_FRACTIONS[text[end] ?? ""] !== undefined) {
      value += UNICODE_FRACTIONS[text[end] ?? ""] ?? 0;
      end++;
    }
  }
  // ".001 per cent"
  let start = at;
  if (text[at - 1] === "." && !/\d/.test(text[at - 2] ?? "") && /^\d+$/.test(raw) && !fraction) {
    value = Number(`0.${raw}`);
    start = at - 1;
  }
  return { start, end, value, words: 0, plural: false, fraction, formatted: /[,.]/.test(raw) || start < at };
}

/** Reads the number in digits or words that starts at `at` and ends by `limit`, or null. */
export function readCore(text: string, at: number, limit: number): Core | null {
  const ch = text[at] ?? "";
  if (/[\d½¼¾⅓⅔⅛]/.test(ch)) return readDigits(text, at, limit);
  const word = readWordNumber(text, at);
  if (!word || word.end > limit) return null;
  return {
    start: at,
    end: word.end,
    value: word.value,
    words: word.words,
    plural: word.plural,
    fraction: word.fraction,
    formatted: false,
  };
}
