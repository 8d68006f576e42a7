import { findIdSpans } from "./find-id-spans.js";
import { NUMBER_WORD_SOURCE } from "./number-words.js";
import { percentRate, rateUnit } from "./rate-units.js";
import { type Core, readCore } from "./read-core.js";
import {
  matchCurrencyBefore,
  matchMillionCodeAfter,
  matchScaleAfter,
  matchUnitAfter,
  type UnitKind,
  type UnitMatch,
} from "./units.js";

/** A number found in a sentence with what is written around it: currency, scale, unit. Ranges are built later. */
export interface NumberMention {
  /** Span of the whole mention, currency sign and unit included. */
  start: number;
  end: number;
  /** Span of the number itself ("1.2" in "$1.2bn"). */
  coreStart: number;
  coreEnd: number;
  /** The number as written, before its scale ("1.2" → 1.2). */
  base: number;
  /** The multiplier of "million", "bn", "k", ... (1 when none). */
  scale: number;
  value: number | [number, number];
  unit: string | null;
  kind: UnitKind | null;
  /** Offset where the unit starts, when it is written after the number. */
  unitStart: number | null;
  /** True for a currency written before the number ("$5"). */
  currencyBefore: boolean;
  /** Written in words ("forty-five"), with how many words. */
  words: number;
  plural: boolean;
  fraction: boolean;
  /** The digits had thousands separators or decimals. */
  formatted: boolean;
  /** Set when the mention turns out not to be a figure (a date, a year, part of a name). */
  dropped: boolean;
}

const CANDIDATE_RE = new RegExp(`[\\d½¼¾⅓⅔⅛]|\\b${NUMBER_WORD_SOURCE}\\b`, "gi");
const IN_FRACTION_RE =
  /[ \t]+(?:in|out of)[ \t]+(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)(?![\p{L}\p{N}])/iuy;
const PLURAL_NOUN_RE =
  /[ \t]+(?:(?!(?:tall|long|wide|high|deep|away|above|below|from|in|on|of|to|and|or|at|by|is|was)\b)[a-z][a-z-]*s|people|children|men|women|staff|police|personnel|cattle|sheep)\b/y;
const AGED_BEFORE_RE = /\b(?:aged(?:[ \t]+(?:over|under|between|about|around))?|age(?: of)?|ages of)[ \t]+$/i;
const MONEY_CONTEXT_RE =
  /\b(?:cost|costs|costing|paid|pay|pays|paying|worth|fine|fined|price|priced|prices|sold|buy|bought|raise|raised|budget|salary|wage|prize|fee|fees|deal|bill|spend|spent|spending|earn|earns|earned|profit|loss|revenue|sterling|£)\b/i;
const WEIGHT_CONTEXT_RE =
  /\b(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|lose|lost|losing|drop|dropped|dropping|gain|gained|baby|fish|tuna)\b/i;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

function scaleOf(value: number | [number, number], factor: number): number | [number, number] {
  return Array.isArray(value) ? [value[0] * factor, value[1] * factor] : value * factor;
}

/** Reads one number mention whose digits or words start at `at`; null when what is there is not a number. */
export function readNumberAt(text: string, at: number, from: number, to: number, minStart = from): NumberMention | null {
  const core = readCore(text, at, to);
  if (!core) return null;
  let start = core.start;
  let end = core.end;
  let value = core.value;
  let scale = 1;
  let unit: UnitMatch | null = null;
  let currencyBefore = false;
  const isWord = core.words > 0;

  if (!isWord) {
    // a minus sign, unless it is a dash after another number ("75 -300mm") or glued to a name ("COVID -19")
    // only a "-", "−" or a space right before the number can end a sign
    const signEnd = start > from ? text[start - 1] : "";
    const sign =
      signEnd === "-" || signEnd === "−" || signEnd === " "
        ? /(?:^|[\s([=$~])([-−])$|(?:minus|\bneg)[ -]$/i.exec(text.slice(Math.max(from, start - 6), start))
        : null;
    if (sign && typeof value === "number" && start - sign[0].length >= minStart) {
      const head = text.slice(Math.max(from, start - 12), start - (sign[1] ? 1 : 0));
      if (sign[1] && (/\d[ \t]$/.test(head) || /\p{Lu}[\p{L}]*[ \t]$/u.test(head))) {
        if (/\p{Lu}[\p{L}]*[ \t]$/u.test(head) && !/\$[ \t]?$/.test(head)) return null;
      } else {
        value = -value;
        if (sign[1]) start -= 1;
      }
    }
    const currency = matchCurrencyBefore(text, start);
    if (currency && currency.at >= minStart) {
      unit = currency;
      start = currency.at;
      currencyBefore = true;
      scale = currency.scale;
    }
  }

  // "one in three", "1 out of 10"
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 10 && !unit) {
    IN_FRACTION_RE.lastIndex = end;
    const m = IN_FRACTION_RE.exec(text);
    if (m?.[1]) {
      const den = readCore(text, end + m[0].length - m[1].length, to);
      if (den && typeof den.value === "number" && den.value > value && den.value <= 1000 && den.end <= to) {
        return mention(start, den.end, core, value / den.value, 1, null, false, true);
      }
    }
  }

  // scales: "5 million", "$5bn", "4 hundred million", "1.2m people"
  for (let i = 0; i < 3; i++) {
    const s = matchScaleAfter(text, end);
    if (!s || s.at > to) break;
    const letter = s.word.length === 1;
    if (isWord && (letter || s.word.toLowerCase().startsWith("k"))) break;
    if (letter) {
      const lower = s.word.toLowerCase();
      const attached = s.at - end === 1;
      if (!attached) {
        // "2 m" is two metres; only "M"/"m" right after a number can be millions
        if (!currencyBefore) break;
      }
      PLURAL_NOUN_RE.lastIndex = s.at;
      const noun = PLURAL_NOUN_RE.test(text);
      if (lower === "m" && !currencyBefore && s.word === "m" && !noun) break;
      if (lower === "b" && !currencyBefore) break;
      if (lower === "k" && !currencyBefore && !noun) break;
      if (isLetterOrDigit(text[s.at])) break;
    }
    scale *= s.factor;
    end = s.at;
  }
  const code = matchMillionCodeAfter(text, end);
  if (code && code.at <= to) {
    unit = code;
    scale *= code.scale;
    end = code.at;
  }

  let unitStart: number | null = null;
  let after = matchUnitAfter(text, end);
  if (!after && (core.plural || core.fraction || (scale > 1 && /^[ \t]+of[ \t]/.test(text.slice(end, end + 5))))) {
    // "hundreds of miles", "millions of dollars", "a quarter of a percentage point"
    const of = /^[ \t]+of[ \t]+(?:an?[ \t]+)?/.exec(text.slice(end, end + 9));
    const unitAfterOf = of ? matchUnitAfter(text, end + of[0].length) : null;
    if (
      unitAfterOf &&
      unitAfterOf.kind !== "times" &&
      unitAfterOf.kind !== "age" &&
      (!core.fraction || unitAfterOf.kind === "percent")
    )
      after = unitAfterOf;
  }
  if (after && after.at <= to && !(isWord && after.unit !== after.unit.toLowerCase())) {
    const symbolOnly = !/\p{L}{2}/u.test(text.slice(end, after.at));
    const skip = isWord && symbolOnly && after.kind !== "percent";
    if (!skip) {
      if (!unit) {
        unit = after;
        unitStart = end + (/^[ \t-]*/.exec(text.slice(end, after.at))?.[0].length ?? 0);
        end = after.at;
      } else if (
        after.kind === "money" &&
        // "$ 20.00 $ 37.97": a sign before the next number is that number's
        !/^[ \t]?\d/.test(text.slice(after.at, after.at + 2)) &&
        (after.unit === unit.unit ||
          (unit.unit === "dollar" && after.unit.endsWith("dollar")) ||
          (after.unit === "dollar" && unit.unit.endsWith("dollar")))
      ) {
        // "$10 dollars", "US $84 billion dollars"
        if (after.unit !== "dollar") unit = after;
        end = after.at;
      }
    }
  }
  if (unit?.kind === "money" && scale === 1) {
    const s = matchScaleAfter(text, end);
    if (s && s.word.length > 2 && s.at <= to) {
      scale = s.factor;
      end = s.at;
    }
  }
  if (unit?.unit === "pound" && !currencyBefore) {
    const sentence = text.slice(from, to);
    const money = scale > 1 || (MONEY_CONTEXT_RE.test(sentence) && !WEIGHT_CONTEXT_RE.test(sentence));
    if (!money) unit = { ...unit, unit: "pound-mass", kind: "measure" };
  }
  // "aged 45"
  if (!unit && !isWord && AGED_BEFORE_RE.test(text.slice(Math.max(from, start - 12), start))) {
    unit = { unit: "year of age", kind: "age", at: end, scale: 1 };
  }
  // glued to letters or digits: "5G", "21st", "3s", "24703L202"
  if (isLetterOrDigit(text[end]) && end < to) return null;
  let unitName = unit?.unit ?? null;
  if (unit && (unit.kind === "money" || unit.kind === "measure" || unit.kind === "percent")) {
    const rate = unit.kind === "percent" ? percentRate(text, end) : rateUnit(text, end, unit.unit);
    if (rate && rate.end <= to) {
      unitName = rate.unit;
      end = rate.end;
    }
  }
  return mention(
    start,
    end,
    core,
    scaleOf(value, scale),
    scale,
    unit ? { ...unit, unit: unitName ?? unit.unit } : null,
    currencyBefore,
    false,
    unitStart,
  );
}

function mention(
  start: number,
  end: number,
  core: Core,
  value: number | [number, number],
  scale: number,
  unit: UnitMatch | null,
  currencyBefore: boolean,
  fraction: boolean,
  unitStart: number | null = null,
): NumberMention {
  const base = Array.isArray(core.value) ? core.value[0] : core.value;
  return {
    start,
    end,
    coreStart: core.start,
    coreEnd: core.end,
    base,
    scale,
    value,
    unit: unit?.unit ?? null,
    kind: unit?.kind ?? null,
    unitStart,
    currencyBefore,
    words: core.words,
    plural: core.plural,
    fraction: fraction || core.fraction,
    formatted: core.formatted,
    dropped: false,
  };
}

/** Every number mention in text[from, to), in order; mentions never overlap. */
export function findNumbers(text: string, from: number, to: number): NumberMention[] {
  const found: NumberMention[] = [];
  // phone numbers and dates are looked for once a number turns up
  let ids: { start: number; end: number }[] | null = null;
  // search the sentence alone: a search over `text` would run on to its end whenever the sentence has no number
  const sentence = text.slice(from, to);
  CANDIDATE_RE.lastIndex = 0;
  for (;;) {
    const m = CANDIDATE_RE.exec(sentence);
    if (!m) break;
    const at = from + m.index;
    const prev = text[at - 1];
    // inside a longer number or a word ("G7", "XC40"); currency codes are checked by readNumberAt
    if (/\d/.test(m[0][0] ?? "") && (isLetterOrDigit(prev) || (prev === "." && /\d/.test(text[at - 2] ?? "")))) {
      if (!(prev && /\p{L}/u.test(prev) && matchCurrencyBefore(text, at))) {
        CANDIDATE_RE.lastIndex = skipDigits(text, at) - from;
        continue;
      }
    }
    // "TA-35", "Covid-19", "last-32" are names; "minus-130" and "sub-7" are numbers
    if (prev === "-" && /\p{L}/u.test(text[at - 2] ?? "") && !/(?:minus|sub|to)-$/i.test(text.slice(Math.max(0, at - 6), at))) {
      CANDIDATE_RE.lastIndex = skipDigits(text, at) - from;
      continue;
    }
    ids ??= findIdSpans(text, from, to);
    const id = ids.find((span) => at >= span.start && at < span.end);
    if (id) {
      CANDIDATE_RE.lastIndex = id.end - from;
      continue;
    }
    const mention = readNumberAt(text, at, from, to, found[found.length - 1]?.end ?? from);
    if (!mention) {
      CANDIDATE_RE.lastIndex = (/\d/.test(m[0][0] ?? "") ? skipDigits(text, at) : at + m[0].length) - from;
      continue;
    }
    found.push(mention);
    CANDIDATE_RE.lastIndex = Math.max(mention.end, at + 1) - from;
  }
  return found;
}

function skipDigits(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[\d.,/⁄]/.test(text[i] ?? "")) i++;
  return Math.max(i, at + 1);
}
