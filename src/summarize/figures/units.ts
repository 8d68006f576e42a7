/** Units of measure and currencies as written after (or before) a number, with the names figures report. */

import { firstCharSubsets } from "./first-char-regex.js";

/** What sort of quantity a unit measures: decides range merging, labels and key figures. */
export type UnitKind = "percent" | "money" | "measure" | "time" | "age" | "times";

/** A unit found next to a number: its reported name, its kind, and where its text ends (or starts). */
export interface UnitMatch {
  unit: string;
  kind: UnitKind;
  /** Offset just past the unit (after the number) or of its first character (before the number). */
  at: number;
  /** A multiplier the unit carries ("MUSD" is millions of dollars). */
  scale: number;
}

type Entry = readonly [forms: string, unit: string, kind: UnitKind];

// Long forms, matched without regard to case. Each form is a regex source; longer forms come first where they overlap.
const WORD_UNITS: readonly Entry[] = [
  ["years?(?: ?- ?| )olds?|years? of age|yo", "year of age", "age"],
  ["months?(?: ?- ?| )olds?|months? of age", "month of age", "age"],
  ["weeks?(?: ?- ?| )olds?|weeks? of age", "week of age", "age"],
  ["days?(?: ?- ?| )olds?|days? of age", "day of age", "age"],
  ["percentage points?", "percentage point", "percent"],
  ["per ?cent|percent|pct|pc", "%", "percent"],
  ["basis points?|bps", "basis point", "percent"],
  ["points?|pts", "point", "measure"],
  ["australian dollars?|aud", "australian dollar", "money"],
  ["canadian dollars?|cad", "canadian dollar", "money"],
  ["hong kong dollars?|hkd", "hong kong dollar", "money"],
  ["new zealand dollars?|nzd", "new zealand dollar", "money"],
  ["singapore dollars?|sgd", "singapore dollar", "money"],
  ["(?:us |u\\.s\\. |american )?dollars?|usd", "dollar", "money"],
  ["euros?|eur", "euro", "money"],
  ["pounds? sterling|sterling", "pound sterling", "money"],
  ["gbp", "pound", "money"],
  ["japanese yen|yen|jpy", "yen", "money"],
  ["(?:chinese )?yuan|renminbi|rmb|cny|kuai", "chinese yuan", "money"],
  ["(?:swiss |french )?francs?|chf", "swiss franc", "money"],
  ["(?:new )?(?:israeli )?shekels?|nis", "shekel", "money"],
  ["(?:indian )?rupees?|inr", "rupee", "money"],
  ["(?:mexican )?pesos?|mxn", "mexican peso", "money"],
  ["(?:turkish )?liras?", "turkish lira", "money"],
  ["ringgit", "malaysian ringgit", "money"],
  ["swedish (?:crowns|kronor|krona)|kronor|krona|sek", "swedish krona", "money"],
  ["norwegian (?:crowns|kroner|krone)|nok", "norwegian krone", "money"],
  ["(?:danish )?(?:crowns|kroner|krone)|dkk", "danish krone", "money"],
  ["(?:brazilian )?reais|brazilian real|brl", "brazilian real", "money"],
  ["(?:indonesian )?rupiah|idr", "indonesian rupiah", "money"],
  ["(?:thai )?baht|thb", "thai baht", "money"],
  ["(?:uae |emirati )?dirhams?|aed", "united arab emirates dirham", "money"],
  ["(?:saudi )?riyals?|sar", "saudi riyal", "money"],
  ["(?:polish )?(?:zloty|złoty)s?|pln", "polish zloty", "money"],
  ["(?:hungarian )?forints?|huf", "hungarian forint", "money"],
  ["(?:czech )?korun[ay]|czk", "czech koruna", "money"],
  ["(?:nigerian )?naira|ngn", "nigerian naira", "money"],
  ["(?:kenyan )?shillings?|kes", "kenyan shilling", "money"],
  ["(?:ukrainian )?hryvnias?|uah", "ukrainian hryvnia", "money"],
  ["(?:vietnamese )?dong|vnd", "vietnamese dong", "money"],
  ["philippine pesos?|php", "philippine peso", "money"],
  ["argentine pesos?|ars", "argentine peso", "money"],
  ["(?:russian )?r[ou]bles?", "russian ruble", "money"],
  ["(?:south korean )?won", "south korean won", "money"],
  ["rand", "south african rand", "money"],
  ["pesetas?", "peseta", "money"],
  ["(?:finnish )?markkas?", "finnish markka", "money"],
  ["bitcoins?|btc", "bitcoin", "money"],
  ["cents?", "cent", "money"],
  ["sen", "sen", "money"],
  ["kuna|kn", "croatian kuna", "money"],
  ["(?:dutch )?guilders?", "guilder", "money"],
  ["pence|penny|pennies", "penny", "money"],
  ["square (?:kilomet(?:re|er)s?)|sq\\.? ?km|km2|km²", "square kilometre", "measure"],
  ["square (?:met(?:re|er)s?)|sq\\.? ?m|m2|m²", "square metre", "measure"],
  ["square miles?|sq\\.? ?mi", "square mile", "measure"],
  ["square (?:feet|foot)|sq\\.? ?ft", "square foot", "measure"],
  ["cubic (?:feet|foot)|cu\\.? ?ft", "cubic foot", "measure"],
  ["cubic met(?:re|er)s?|m3|m³", "cubic metre", "measure"],
  ["cubic centimet(?:re|er)s?|cm3|cm³|cc", "cubic centimetre", "measure"],
  ["pounds? per square inch|psi", "pound per square inch", "measure"],
  ["megapascals?|mpa", "megapascal", "measure"],
  ["kilopascals?|kpa", "kilopascal", "measure"],
  ["kilovolts?|kv", "kilovolt", "measure"],
  ["kilojoules?|kj", "kilojoule", "measure"],
  ["joules?", "joule", "measure"],
  ["gigatonnes?|gigatons?", "gigatonne", "measure"],
  ["megatonnes?|megatons?", "megatonne", "measure"],
  ["miles (?:per|an|a) hour|mph", "mile per hour", "measure"],
  ["kilomet(?:re|er)s? (?:per|an|a) hour|km ?/ ?hr?|kph|kmph", "kilometre per hour", "measure"],
  ["miles (?:per|a) gallon|mpg", "mile per gallon", "measure"],
  ["nautical miles?", "nautical mile", "measure"],
  ["light[ -]years?", "light year", "measure"],
  ["kilomet(?:re|er)s?|km", "kilometre", "measure"],
  ["centimet(?:re|er)s?|cm", "centimetre", "measure"],
  ["millimet(?:re|er)s?|mm", "millimetre", "measure"],
  ["micromet(?:re|er)s?|microns?|μm", "micrometre", "measure"],
  ["nanomet(?:re|er)s?", "nanometre", "measure"],
  ["picomet(?:re|er)s?", "picometre", "measure"],
  ["decimet(?:re|er)s?", "decimetre", "measure"],
  ["met(?:re|er)s?", "metre", "measure"],
  ["miles?", "mile", "measure"],
  ["feet|foot|ft", "foot", "measure"],
  ["inch(?:es)?", "inch", "measure"],
  ["yards?|yds?", "yard", "measure"],
  ["acres?", "acre", "measure"],
  ["hectares?", "hectare", "measure"],
  ["millilit(?:re|er)s?|ml", "millilitre", "measure"],
  ["lit(?:re|er)s?", "litre", "measure"],
  ["gallons?", "gallon", "measure"],
  ["barrels?", "barrel", "measure"],
  ["pints?", "pint", "measure"],
  ["quarts?", "quart", "measure"],
  ["cups?", "cup", "measure"],
  ["tablespoons?|tbsp", "tablespoon", "measure"],
  ["teaspoons?|tsp", "teaspoon", "measure"],
  ["kilograms?|kilos?|kgs?", "kilogram", "measure"],
  ["milligrams?|mg", "milligram", "measure"],
  ["micrograms?|microgrammes?|mcg|μg", "microgram", "measure"],
  ["grams?|grammes?", "gram", "measure"],
  ["pound-feet|pound-foot", "pound-foot", "measure"],
  ["lb-ft", "foot pound-force", "measure"],
  ["lbs?", "pound-mass", "measure"],
  ["pounds?", "pound", "money"],
  ["metric tons?|tonnes?", "metric ton", "measure"],
  ["tons?", "ton", "measure"],
  ["ounces?|oz", "ounce", "measure"],
  ["degrees? (?:celsius|celcius|centigrade|c)|deg\\.? ?c|celsius|celcius|centigrade", "celsius", "measure"],
  ["degrees? (?:fahrenheit|farenheit|f)|deg\\.? ?f|fahrenheit|farenheit", "fahrenheit", "measure"],
  ["degrees?|deg\\.?", "degree", "measure"],
  ["kilowatt[ -]hours?|kwh", "kilowatt hour", "measure"],
  ["megawatt[ -]hours?|mwh", "megawatt hour", "measure"],
  ["gigawatt[ -]hours?|gwh", "gigawatt hour", "measure"],
  ["terawatt[ -]hours?|twh", "terawatt hour", "measure"],
  ["kilowatts?|kw", "kilowatt", "measure"],
  ["megawatts?", "megawatt", "measure"],
  ["gigawatts?|gw", "gigawatt", "measure"],
  ["watts?", "watt", "measure"],
  ["brake horsepower|bhp", "brake horsepower", "measure"],
  ["horsepower|hp", "horsepower", "measure"],
  ["volts?", "volt", "measure"],
  ["milliamp(?:ere)?[ -]hours?|mah", "milliampere-hour", "measure"],
  ["newton[ -]met(?:re|er)s?", "newton metre", "measure"],
  ["gigabytes?", "gigabyte", "measure"],
  ["bits?", "bit", "measure"],
  ["megabytes?", "megabyte", "measure"],
  ["terabytes?", "terabyte", "measure"],
  ["gigahertz|ghz", "gigahertz", "measure"],
  ["megahertz|mhz", "megahertz", "measure"],
  ["kilohertz|khz", "kilohertz", "measure"],
  ["hertz|hz", "hertz", "measure"],
  ["rpm", "revolutions per minute", "measure"],
  ["gigapascals?|gpa", "gigapascal", "measure"],
  ["decibels?|db", "decibel", "measure"],
  ["ppb|parts[ -]per[ -]billion", "parts-per-billion", "measure"],
  ["ppm|parts[ -]per[ -]million", "parts-per-million", "measure"],
  ["cylinders?", "cylinder", "measure"],
  ["calories|kcal", "calorie", "measure"],
  ["knots", "knot", "measure"],
  ["radians?|rad", "radian", "measure"],
  ["turns", "turn", "measure"],
  ["milliseconds?", "millisecond", "time"],
  ["seconds?|secs?", "second", "time"],
  ["minutes?|mins?", "minute", "time"],
  ["hours?|hrs?", "hour", "time"],
  ["days?", "day", "time"],
  ["weeks?", "week", "time"],
  ["months?", "month", "time"],
  ["years?|yrs?", "year", "time"],
  ["decades?", "decade", "time"],
  ["centuries|century", "century", "time"],
  ["times", "count", "times"],
];

// Symbols and abbreviations whose case matters ("MB" is not "mb", "m" is not "M").
const SYMBOL_UNITS: readonly Entry[] = [
  ["%|％|‰", "%", "percent"],
  ["€", "euro", "money"],
  ["\\$", "dollar", "money"],
  ["元", "chinese yuan", "money"],
  ["£", "pound", "money"],
  ["¥", "yen", "money"],
  ["₹", "rupee", "money"],
  ["₪", "shekel", "money"],
  ["₩", "south korean won", "money"],
  ["₽", "russian ruble", "money"],
  ["₺", "turkish lira", "money"],
  ["₦", "nigerian naira", "money"],
  ["₱", "philippine peso", "money"],
  ["฿", "thai baht", "money"],
  ["₫", "vietnamese dong", "money"],
  ["₡", "costa rican colón", "money"],
  ["₾", "georgian lari", "money"],
  ["₭", "lao kip", "money"],
  ["°C|℃|° C", "celsius", "measure"],
  ["°F|℉|° F", "fahrenheit", "measure"],
  ["°", "degree", "measure"],
  ["C(?= [a-z]|[.,;)]|$)", "celsius", "measure"],
  ["F(?= [a-z]|[.,;)]|$)", "fahrenheit", "measure"],
  // Malaysian usage also writes the ringgit after the amount: "40 RM"
  ["RM", "malaysian ringgit", "money"],
  ["MB", "megabyte", "measure"],
  ["mb", "megabit", "measure"],
  ["GB", "gigabyte", "measure"],
  ["TB", "terabyte", "measure"],
  ["KB", "kilobyte", "measure"],
  ["Mbps", "megabit per second", "measure"],
  ["Gbps", "gigabit per second", "measure"],
  ["MW", "megawatt", "measure"],
  ["W", "watt", "measure"],
  ["V", "volt", "measure"],
  ["Nm", "newton metre", "measure"],
  ["nm", "nanometre", "measure"],
  ["dm", "decimetre", "measure"],
  ["PS", "horsepower", "measure"],
  ["WAR", "win above replacement", "measure"],
  ["L|l", "litre", "measure"],
  ["mL", "millilitre", "measure"],
  ["g", "gram", "measure"],
  ["t", "metric ton", "measure"],
  ["ms", "millisecond", "time"],
  ["min", "minute", "time"],
  ["h", "hour", "time"],
  ["″", "inch", "measure"],
  ["′", "foot", "measure"],
  ["x|×", "count", "times"],
  ["p", "penny", "money"],
  ["m", "metre", "measure"],
];

// Scale words and abbreviations after a number ("5 million", "$5bn", "1.2m").
const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["k", 1e3],
  ["lakh", 1e5],
  ["lakhs", 1e5],
  ["million", 1e6],
  ["millions", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  // Malaysian and Singaporean English: "RM2.1mil", "S$4mil"
  ["mil", 1e6],
  ["m", 1e6],
  ["crore", 1e7],
  ["billion", 1e9],
  ["billions", 1e9],
  ["bn", 1e9],
  ["b", 1e9],
  ["trillion", 1e12],
  ["tn", 1e12],
  ["trn", 1e12],
]);

/** Currency signs and codes written before a number ("$", "US$", "£", "EUR", "Y=" for yen in wire copy). */
const CURRENCY_BEFORE: readonly (readonly [RegExp, string])[] = [
  [/(?:\bA\$|\bAU\$|\b(?:AUD|aud)\s?\$?|\$\s?A|\bMAUD)\s?$/, "australian dollar"],
  [/(?:\bC\$|\bc \$|\bCA\$|\b(?:CAD|cad)\s?\$?)\s?$/, "canadian dollar"],
  [/(?:\b(?:HK|hk)\s?\$|\bHKD\s?\$?)\s?$/, "hong kong dollar"],
  [/(?:\b(?:NZ|nz)\s?\$|\b(?:NZD|nzd)\s?\$?)\s?$/, "new zealand dollar"],
  [/(?:\bS\$|\bSGD)\s?$/, "singapore dollar"],
  [/(?:\b(?:Mex|mex|mxn|MXN)\s?\$|\bMXN)\s?$/, "mexican peso"],
  [/(?:\b(?:US|us|u\.s\.?|U\.S\.?|usd|USD)\s?\$|\$\s?US|\b(?:USD|usd|MUSD)|\bdollars?)\s?$/, "dollar"],
  [/(?:\$|＄)\s?$/, "dollar"],
  [/(?:€|\b(?:EUR|MEUR)|\beuros?)\s?$/, "euro"],
  [/(?:£\s?|\b(?:GBP|MGBP)\s?|\bPS)$/, "pound"],
  [/(?:¥|\bY=|\bJPY)\s?$/, "yen"],
  [/\b(?:RMB|rmb|CNY)\s?$/, "chinese yuan"],
  [/(?:₹|\bRs\.?|\bINR)\s?$/, "rupee"],
  [/\bRM$/, "malaysian ringgit"],
  [/\bCHF\s?$/, "swiss franc"],
  [/₿\s?$/, "bitcoin"],
  [/(?:₪|\bNIS)\s?$/, "shekel"],
  [/₩\s?$/, "south korean won"],
  [/₽\s?$/, "russian ruble"],
  [/₺\s?$/, "turkish lira"],
  [/₦\s?$/, "nigerian naira"],
  [/₱\s?$/, "philippine peso"],
];

// Every currency written before a number ends in one of these: a cheap test before the full list.
const CURRENCY_HINT_RE = /(?:[$£€¥₹₿₪₩₽₺₦₱＄=]|[A-Z]|usd|aud|cad|nzd|mxn|mex|rmb|hk|us|u\.s\.?|dollars?|euros?|Rs\.?|\bc|nz)\s?$/;

const KIND_OF_UNIT = new Map<string, UnitKind>();

function compile(entries: readonly Entry[], flags: string): RegExp {
  for (const entry of entries) KIND_OF_UNIT.set(entry[1], entry[2]);
  return new RegExp(`(?:${entries.map((entry) => `(${entry[0]})`).join("|")})(?![\\p{L}\\p{N}])`, `${flags}uy`);
}

/** A unit regex with its entries, and the smaller regexes to try at an ASCII character (by code). */
interface UnitTable {
  re: RegExp;
  entries: readonly Entry[];
  byChar: ({ re: RegExp; entries: Entry[] } | null)[];
}

function unitTable(entries: readonly Entry[], ignoreCase: boolean): UnitTable {
  const flags = ignoreCase ? "i" : "";
  const subsets = firstCharSubsets(
    entries.map((entry) => entry[0]),
    ignoreCase,
    (indices) =>
      compile(
        indices.map((i) => entries[i] as Entry),
        flags,
      ),
  );
  const byChar = subsets.map((s) => s && { re: s.re, entries: s.indices.map((i) => entries[i] as Entry) });
  return { re: compile(entries, flags), entries, byChar };
}

const WORD_UNIT_TABLE = unitTable(WORD_UNITS, true);
const SYMBOL_UNIT_TABLE = unitTable(SYMBOL_UNITS, false);

/** The unit of the table written at `at`: only the entries that can start with the character there are tried. */
function matchUnitAt(table: UnitTable, text: string, at: number): UnitMatch | null {
  const code = text.charCodeAt(at);
  if (code < 128) {
    const subset = table.byChar[code];
    return subset ? matchEntries(subset.re, subset.entries, text, at) : null;
  }
  return matchEntries(table.re, table.entries, text, at);
}
const SCALE_RE =
  /[ \t]?-?(hundred|thousand|lakhs?|millions?|mn|mln|mil|crore|billions?|bn|trillion|tn|trn|[kKmMbB])(?![\p{L}\p{N}])/uy;
const GAP_RE = /[ \t]*(?:-[ \t]*)?/y;
const BRACKETED_RE = /[ \t]*[([{<]([\p{L}°%$€£]{1,5})[)\]}>]/uy;

/** The kind of a reported unit name. */
export function kindOfUnit(unit: string): UnitKind {
  return KIND_OF_UNIT.get(unit) ?? "measure";
}

function matchEntries(re: RegExp, entries: readonly Entry[], text: string, at: number): UnitMatch | null {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  for (let g = 1; g < m.length; g++) {
    if (m[g] === undefined) continue;
    const entry = entries[g - 1];
    if (!entry) return null;
    return { unit: entry[1], kind: entry[2], at: at + m[0].length, scale: 1 };
  }
  return null;
}

/** The unit written right after a number ending at `at` ("%", " per cent", "-mile", "km"), or null. */
export function matchUnitAfter(text: string, at: number): UnitMatch | null {
  GAP_RE.lastIndex = at;
  const gap = GAP_RE.exec(text)?.[0] ?? "";
  const from = at + gap.length;
  const found = matchUnitAt(WORD_UNIT_TABLE, text, from) ?? matchUnitAt(SYMBOL_UNIT_TABLE, text, from);
  if (found || gap.includes("-")) return found;
  // "20 (kg)", "20 [kg]"
  BRACKETED_RE.lastIndex = at;
  const bracket = BRACKETED_RE.exec(text);
  if (!bracket?.[1]) return null;
  const inside = matchUnitAt(WORD_UNIT_TABLE, bracket[1], 0) ?? matchUnitAt(SYMBOL_UNIT_TABLE, bracket[1], 0);
  return inside && inside.at === bracket[1].length ? { ...inside, at: at + bracket[0].length } : null;
}

/** The scale word right after a number ("million", "bn", "k"), with its factor and end offset. */
export function matchScaleAfter(text: string, at: number): { factor: number; at: number; word: string } | null {
  SCALE_RE.lastIndex = at;
  const m = SCALE_RE.exec(text);
  if (!m?.[1]) return null;
  const word = m[1];
  const factor = SCALES.get(word.toLowerCase());
  if (factor === undefined) return null;
  return { factor, at: at + m[0].length, word };
}

// The character every currency hint ends with (before one optional space): a sign, a capital, or the last letter
// or dot of "usd", "mxn", "mex", "rmb", "hk", "us", "u.s.", "dollar(s)", "euro(s)", "Rs.", "c", "nz".
const HINT_ENDS = new Set([..."$£€¥₹₿₪₩₽₺₦₱＄=dnxbks.rocz", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]);
const SPACE_RE = /\s/;

/** False when no currency hint can end right before `at`: a test of one or two characters, with no slice made. */
function mayFollowCurrency(text: string, at: number): boolean {
  const last = text[at - 1];
  if (last === undefined) return false;
  return HINT_ENDS.has(SPACE_RE.test(last) ? (text[at - 2] ?? "") : last);
}

/** The currency sign or code written right before offset `at`, or null. */
export function matchCurrencyBefore(text: string, at: number): UnitMatch | null {
  if (!mayFollowCurrency(text, at)) return null;
  const before = text.slice(Math.max(0, at - 8), at);
  if (!CURRENCY_HINT_RE.test(before)) return null;
  for (const [re, unit] of CURRENCY_BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    const scale = /^M(?:USD|EUR|GBP|AUD)/.test(m[0]) ? 1e6 : 1;
    return { unit, kind: "money", at: at - m[0].length, scale };
  }
  return null;
}

const MILLION_CODE_RE = /[ \t]?M(USD|EUR|GBP|AUD)(?![\p{L}\p{N}])/uy;

/** Currency codes written after a number with a scale ("30 MUSD"): the unit and its factor. */
export function matchMillionCodeAfter(text: string, at: number): UnitMatch | null {
  const ch = text[at];
  if (ch !== "M" && !((ch === " " || ch === "\t") && text[at + 1] === "M")) return null;
  const m = MILLION_CODE_RE;
  m.lastIndex = at;
  const found = m.exec(text);
  if (!found?.[1]) return null;
  const unit = { USD: "dollar", EUR: "euro", GBP: "pound", AUD: "australian dollar" }[found[1]] ?? "dollar";
  return { unit, kind: "money", at: at + found[0].length, scale: 1e6 };
}
