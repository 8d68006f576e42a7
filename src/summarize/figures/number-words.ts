/** Numbers written in words: "forty-five", "three thousand two hundred", "a third", "two-thirds", "tens of thousands". */

const SMALL: ReadonlyMap<string, number> = new Map(
  [
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
    "seventeen eighteen nineteen",
  ]
    .join(" ")
    .split(" ")
    .map((word, i) => [word, i] as const),
);
const TENS: ReadonlyMap<string, number> = new Map(
  "twenty thirty forty fifty sixty seventy eighty ninety".split(" ").map((word, i) => [word, (i + 2) * 10] as const),
);
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["lakh", 1e5],
  ["million", 1e6],
  ["crore", 1e7],
  ["billion", 1e9],
  ["trillion", 1e12],
]);
const PLURAL_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["tens", 10],
  ["dozens", 12],
  ["hundreds", 1e2],
  ["thousands", 1e3],
  ["millions", 1e6],
  ["billions", 1e9],
]);
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ["half", 2],
  ["halves", 2],
  ["third", 3],
  ["thirds", 3],
  ["quarter", 4],
  ["quarters", 4],
  ["fourth", 4],
  ["fourths", 4],
  ["fifth", 5],
  ["fifths", 5],
  ["sixth", 6],
  ["sixths", 6],
  ["eighth", 8],
  ["eighths", 8],
  ["tenth", 10],
  ["tenths", 10],
]);

const ALL_WORDS = [...SMALL.keys(), ...TENS.keys(), ...MULTIPLIERS.keys(), ...PLURAL_MULTIPLIERS.keys(), "dozen"];

/** A regex source matching the first word of a number written in words (for finding candidates). */
export const NUMBER_WORD_SOURCE = `(?:an? (?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter)|${ALL_WORDS.join("|")}|half|quarter)`;

const WORD_RE = /([a-z]+)(?![\p{L}\p{N}])/iuy;
const SEP_RE = /(?:[ \t]+(?:and[ \t]+)?|[ \t]?-[ \t]?)/y;
const OF_RE = /[ \t]+of[ \t]/y;
const CASUALTY_AFTER_RE =
  /[ \t]+(?:more[ \t]+)?(?:(?:were|have been|had been)[ \t]+)?(?:injured|killed|dead|wounded|hurt|missing|arrested|died|detained|displaced)\b/iy;

/** A number read from words. `plural`: an approximate amount ("hundreds of"); `fraction`: "a third", "two-thirds". */
export interface WordNumber {
  value: number | [number, number];
  end: number;
  /** How many number words were read ("one" → 1). */
  words: number;
  plural: boolean;
  fraction: boolean;
}

function wordAt(text: string, at: number): { word: string; end: number } | null {
  WORD_RE.lastIndex = at;
  const m = WORD_RE.exec(text);
  return m?.[1] ? { word: m[1].toLowerCase(), end: at + m[0].length } : null;
}

function sepAt(text: string, at: number): { end: number; and: boolean; hyphen: boolean } | null {
  SEP_RE.lastIndex = at;
  const m = SEP_RE.exec(text);
  return m ? { end: at + m[0].length, and: m[0].includes("and"), hyphen: m[0].includes("-") } : null;
}

function followedByOf(text: string, at: number): boolean {
  OF_RE.lastIndex = at;
  return OF_RE.test(text);
}

function followedByScale(text: string, at: number): boolean {
  const next = /[ \t]+(million|billion|trillion|thousand|hundred)\b/iy;
  next.lastIndex = at;
  return next.test(text);
}

/** "hundreds of", "tens of thousands of", "dozens of": a range of one order of magnitude. */
function readPlural(text: string, at: number, first: string): WordNumber | null {
  const base = PLURAL_MULTIPLIERS.get(first);
  if (base === undefined) return null;
  let end = wordAt(text, at)?.end ?? at;
  let low = base;
  // "tens of thousands", "hundreds of millions"
  const sep = sepAt(text, end);
  const ofNext = sep && !sep.and ? wordAt(text, sep.end) : null;
  if (ofNext?.word === "of" && (first === "tens" || first === "hundreds")) {
    const sep2 = sepAt(text, ofNext.end);
    const next = sep2 ? wordAt(text, sep2.end) : null;
    const scale = next ? PLURAL_MULTIPLIERS.get(next.word) : undefined;
    if (next && scale !== undefined && scale >= 1e3) {
      low = base * scale;
      end = next.end;
    }
  }
  // "hundreds of flights", "tens of thousands marched", "dozens injured"
  if (low === base && !followedByOf(text, end)) {
    CASUALTY_AFTER_RE.lastIndex = end;
    if (!CASUALTY_AFTER_RE.test(text)) return null;
  }
  if (first === "dozens") return { value: 12, end, words: 1, plural: true, fraction: false };
  return { value: [low, low * 10], end, words: 1, plural: true, fraction: false };
}

/** Reads a number written in words starting at `at`, or null when there is none. */
export function readWordNumber(text: string, at: number): WordNumber | null {
  const first = wordAt(text, at);
  if (!first) return null;
  if (PLURAL_MULTIPLIERS.has(first.word)) return readPlural(text, at, first.word);
  if (first.word === "half") {
    // "half a million", "half a dozen"
    const scaled = /[ \t]+an?[ \t]+(dozen|hundred|thousand|million|billion|trillion)\b/iy;
    scaled.lastIndex = first.end;
    const m = scaled.exec(text);
    const factor = m?.[1] ? (MULTIPLIERS.get(m[1].toLowerCase()) ?? 12) : 1;
    return { value: 0.5 * factor, end: m ? scaled.lastIndex : first.end, words: m ? 2 : 1, plural: false, fraction: !m };
  }
  if (first.word === "quarter" && followedByScale(text, first.end))
    return { value: 0.25, end: first.end, words: 1, plural: false, fraction: true };

  let total = 0;
  let current = 0;
  let words = 0;
  let end = at;
  let pos = at;
  let last: "article" | "small" | "tens" | "multiplier" | null = null;
  let lastMult = 0;

  if (first.word === "a" || first.word === "an") {
    current = 1;
    last = "article";
    const sep = sepAt(text, first.end);
    if (!sep) return null;
    pos = sep.end;
  }

  for (;;) {
    const w = wordAt(text, pos);
    if (!w) break;
    const small = SMALL.get(w.word);
    const tens = TENS.get(w.word);
    const mult = MULTIPLIERS.get(w.word) ?? (w.word === "dozen" ? 12 : undefined);
    if (small !== undefined && (last === null || last === "tens" || last === "multiplier")) {
      if (last === "tens" && small >= 10) break;
      current += small;
      last = "small";
    } else if (tens !== undefined && (last === null || last === "multiplier")) {
      current += tens;
      last = "tens";
    } else if (mult !== undefined && last !== null && (last !== "multiplier" || (lastMult === 100 && mult > 100))) {
      lastMult = mult;
      if (mult === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * mult;
        current = 0;
      }
      last = "multiplier";
    } else break;
    words++;
    end = w.end;
    const sep = sepAt(text, end);
    if (!sep) break;
    if (sep.and && last !== "multiplier") break;
    pos = sep.end;
  }

  const whole = total + current;
  if (words === 0) {
    // "a half", "a third of", "a quarter of"
    if (last !== "article") return null;
    return readFraction(text, pos, 1, true, false);
  }
  // "one and a half", "two and a half million"
  const half = /[ \t-]+and[ \t-]a[ \t-]half(?![\p{L}])/iuy;
  half.lastIndex = end;
  if (half.test(text)) return { value: whole + 0.5, end: half.lastIndex, words: words + 1, plural: false, fraction: false };
  // "two-thirds", "one third of", "three quarters of"
  if (whole >= 1 && whole <= 10 && total === 0) {
    const sep = sepAt(text, end);
    if (sep && !sep.and) {
      const fraction = readFraction(text, sep.end, whole, whole === 1, sep.hyphen);
      if (fraction) return { ...fraction, words: words + 1 };
    }
  }
  return { value: whole, end, words, plural: false, fraction: false };
}

function readFraction(text: string, at: number, numerator: number, singular: boolean, hyphen: boolean): WordNumber | null {
  const w = wordAt(text, at);
  if (!w) return null;
  const denominator = DENOMINATORS.get(w.word);
  if (denominator === undefined) return null;
  const plural = w.word.endsWith("s");
  if (plural === singular) return null;
  const clear = followedByOf(text, w.end) || followedByScale(text, w.end);
  // "a third term" and "two quarters" (of a year) are not fractions; "a third of", "one-third interest" and "two-thirds" are.
  if (denominator === 4 && !clear) return null;
  if (singular && denominator !== 2 && !clear && !hyphen) return null;
  return { value: numerator / denominator, end: w.end, words: 1, plural: false, fraction: true };
}
