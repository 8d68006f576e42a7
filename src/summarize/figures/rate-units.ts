/** Rates written after an amount: "$72 a barrel", "12 cents per share", "15% per annum". */

const RATE_RE =
  /[ \t]*(?:-[ \t]*)?(?:per|a|an|\/)[ \t]*(?:-[ \t]*)?(share|barrel|day|week|month|year|annum|hour|gallon|lit(?:re|er)|ounce|gram|kilogram|kg|tonne|ton|square (?:foot|feet|met(?:re|er))|sq\.? ?(?:ft|m)|person|head|night|dozen|century|mmBTU|kWh|mile)(?![\p{L}])/iuy;
// After "per", any singular noun is what the amount is counted against: "22 points per game", "3 goals per match".
const PER_NOUN_RE =
  /[ \t]*per[ \t]+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|cent|se|cents)(?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}])/uy;
const RATE_STOP_RE = /[ \t]+(?:ago|earlier|later|before|after|on|from|since)\b/y;

/** The rate unit after an amount in `unit` ("dollar per barrel"), with where it ends; null when there is none. */
export function rateUnit(text: string, at: number, unit: string): { unit: string; end: number } | null {
  RATE_RE.lastIndex = at;
  const m = RATE_RE.exec(text) ?? perNoun(text, at);
  if (!m?.[1]) return null;
  const end = at + m[0].length;
  let per = m[1].toLowerCase().replace(/\s+/g, " ");
  if (["day", "week", "month", "year", "annum", "hour", "night", "century"].includes(per)) {
    RATE_STOP_RE.lastIndex = end;
    if (RATE_STOP_RE.test(text) && /\b(?:a|an)\b/i.test(m[0])) return null;
  }
  if (per === "annum") per = "year";
  if (per.startsWith("lit")) per = "litre";
  if (per === "kg") per = "kilogram";
  if (per === "tonne") per = "metric ton";
  if (per.startsWith("square f") || per.startsWith("sq ft") || per === "sq. ft") per = "square foot";
  else if (per.startsWith("square m") || per.startsWith("sq")) per = "square metre";
  if (per === "mmbtu") per = "mega british thermal unit";
  if (per === "kwh") per = "kilowatt hour";
  return { unit: `${unit} per ${per}`, end };
}

/** "per game": a singular noun after "per" (a plural one is a different construction: "per cent", "per capita" aside). */
function perNoun(text: string, at: number): RegExpExecArray | null {
  PER_NOUN_RE.lastIndex = at;
  const m = PER_NOUN_RE.exec(text);
  return m?.[1] && !/[^s]s$/.test(m[1]) ? m : null;
}

/** The rate after a percentage ("per annum" → "percentage per year"), or null. */
export function percentRate(text: string, at: number): { unit: string; end: number } | null {
  const m = /[ \t]+per[ \t]+(annum|year|month|day|week)\b/iy;
  m.lastIndex = at;
  const found = m.exec(text);
  if (!found?.[1]) return null;
  const per = found[1].toLowerCase() === "annum" ? "year" : found[1].toLowerCase();
  return { unit: `percentage per ${per}`, end: at + found[0].length };
}
