/** The numbers a text states, in digits or English words, normalised to the values they may mean. */

/** One number as written, with every value it may stand for ("1.200" is 1.2 or 1200; "5m" is 5 million or 5 metres). */
export interface StatedNumber {
  text: string;
  values: number[];
}

// Scale words and suffixes after a number. "m" also reads as metres, so it keeps the bare value too.
const SCALES: Record<string, number[]> = {
  thousand: [1e3],
  k: [1e3],
  million: [1e6],
  millions: [1e6],
  mn: [1e6],
  mio: [1e6],
  m: [1e6, 1],
  billion: [1e9],
  billions: [1e9],
  bn: [1e9],
  milliard: [1e9],
  milliards: [1e9],
  mrd: [1e9],
  trillion: [1e12],
  tn: [1e12],
};

// "one" is left out: far more often a pronoun ("one of the", "the one who") than a count.
const UNITS: Record<string, number> = {
  zero: 0,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// Inside a spelled-out number, "one" is a number ("twenty-one", "one hundred").
const WORD_PARTS: Record<string, number> = { ...UNITS, one: 1, a: 1 };

// Digits with thousands separators (",", ".", no-break and thin spaces) or a decimal part, then an optional scale.
const DIGITS = /(?<![\p{L}\p{N}])(\d+(?:[.,\u00a0\u202f]\d+)*)(?:\s?([a-z]+)\b)?/giu;
const NUMBER_WORD =
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion";
// A run of number words ("a" only before a multiplier: "a dozen", "a million"); not the scale of "1.2 million".
const WORD_RUN = new RegExp(
  `(?<!\\d[.,]?\\s?)\\b(?:(?:${NUMBER_WORD}|a(?=[\\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\\b))(?:[\\s-]+(?:and[\\s-]+(?=(?:${NUMBER_WORD})\\b))?|\\b))+`,
  "giu",
);

/** Every number in `text`: digits ("1,200,000", "1.2m", "5bn", "21st") and spelled-out English ("twenty-five", "two million"). */
export function statedNumbers(text: string): StatedNumber[] {
  const found: StatedNumber[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const bases = readDigits(match[1] as string);
    const scale = match[2] ? SCALES[match[2].toLowerCase()] : undefined;
    const values = scale ? bases.flatMap((base) => scale.map((factor) => base * factor)) : bases;
    found.push({ text: scale ? match[0].trim() : (match[1] as string), values });
  }
  for (const match of text.matchAll(WORD_RUN)) {
    const value = readWords(match[0]);
    if (value !== undefined) found.push({ text: match[0].trim(), values: [value] });
  }
  return found;
}

/** The values a digit group may mean: one separator before exactly three digits is thousands or a decimal point. */
function readDigits(raw: string): number[] {
  const groups = raw.replace(/[\u00a0\u202f]/g, " ");
  const marks: string[] = groups.match(/[.,]/g) ?? [];
  const plain = (s: string) => Number(s.replace(/[ ,.]/g, ""));
  if (marks.length === 0) return [plain(groups)];
  const hasBoth = marks.includes(".") && marks.includes(",");
  if (hasBoth) {
    // The last mark is the decimal point ("1,234.5", "1.234,5").
    const at = Math.max(groups.lastIndexOf("."), groups.lastIndexOf(","));
    return [Number(`${plain(groups.slice(0, at))}.${groups.slice(at + 1).replace(/ /g, "")}`)];
  }
  if (marks.length > 1) return [plain(groups)];
  const [whole, fraction] = groups.split(/[.,]/) as [string, string];
  const decimal = Number(`${whole.replace(/ /g, "")}.${fraction}`);
  return fraction.length === 3 ? [plain(groups), decimal] : [decimal];
}

/** "twenty-five" → 25, "two hundred" → 200, "three million" → 3e6; undefined for a lone "a" or "one". */
function readWords(run: string): number | undefined {
  const words = run
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && word !== "and");
  if (words.every((word) => word === "a" || word === "one")) return undefined;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === "hundred") current = (current || 1) * 100;
    else if (word === "dozen") current = (current || 1) * 12;
    else if (word in SCALES && word !== "m") {
      total += (current || 1) * (SCALES[word]?.[0] ?? 1);
      current = 0;
    } else current += WORD_PARTS[word] ?? 0;
  }
  return total + current;
}

/** True when two values are the same number (floating-point error aside). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
