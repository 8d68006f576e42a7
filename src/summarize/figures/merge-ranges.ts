import type { NumberMention } from "./find-numbers.js";

const RANGE_GAP_RE = /^[ \t]*(?:(-|–|—|to|and|or|through)[ \t]*|(-|–))$/i;
const FROM_BEFORE_RE = /\b(?:from|between|range|ranging|ranges)\b(?:[ \t]+[a-z]+){0,2}[ \t]*$/i;
const BETWEEN_BEFORE_RE = /\bbetween(?:[ \t]+[a-z]+)?[ \t]*$/i;
const CHANGE_BEFORE_RE =
  /\b(?:by|up|down|rose|rise|rises|fell|fall|falls|gained|gains|lost|loses|climbed|dropped|jumped|slid|increased|decreased|plunged|added|cut|grew|sank|soared|surged|tumbled|declined|advanced)(?:[ \t]+(?:about|nearly|almost|some|just|around|roughly|only))?[ \t]*$/i;

function first(value: number | [number, number]): number {
  return Array.isArray(value) ? value[0] : value;
}
function last(value: number | [number, number]): number {
  return Array.isArray(value) ? value[1] : value;
}

const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The scale a number written in words ends on ("three million" → 1,000,000), else 1. */
function wordScale(written: string): number {
  const word = /(thousand|million|billion|trillion)\W*$/i.exec(written)?.[1]?.toLowerCase();
  return word ? (SCALE_WORDS[word] ?? 1) : 1;
}

/**
 * Joins "20 to 30 years", "10-15%", "between $5m and $8m" into one range and "3 dollars 50 cents" into one amount;
 * drops scores ("2-0") and what is glued to a dropped number ("2019-20").
 */
export function mergeRanges(text: string, mentions: NumberMention[], from: number): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as NumberMention;
    const b = mentions[i + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const connector = RANGE_GAP_RE.exec(gap);
    // "2019-20": what is glued to a dropped number goes with it
    if (a.dropped !== b.dropped && /^[-–/]$/.test(gap)) {
      a.dropped = true;
      b.dropped = true;
    }
    if (a.dropped || b.dropped || Array.isArray(a.value) || Array.isArray(b.value)) {
      out.push(a);
      continue;
    }
    // "3 dollars 50 cents", "15 dollars and 50", "thirteen dollars and forty-five cents"
    if (
      a.kind === "money" &&
      a.unit !== "cent" &&
      a.unit !== "penny" &&
      /^[ \t]+(?:and[ \t]+)?$/.test(gap) &&
      typeof a.value === "number" &&
      typeof b.value === "number" &&
      Number.isInteger(b.value) &&
      b.value > 0 &&
      b.value < 100 &&
      (b.unit === "cent" ||
        b.unit === "penny" ||
        (b.unit === null && !/^[ \t]*[\p{L}\d]/u.test(text.slice(b.end, b.end + 6).replace(/^[ \t]*(?:more|less)\b/, "."))))
    ) {
      out.push({ ...a, end: b.end, value: a.value + b.value / 100, dropped: false });
      i++;
      continue;
    }
    if (!connector) {
      out.push(a);
      continue;
    }
    const word = (connector[1] ?? connector[2] ?? "").toLowerCase();
    const before = text.slice(Math.max(from, a.start - 40), a.start);
    const dash = word === "-" || word === "–" || word === "—";
    const plain = (m: NumberMention) =>
      m.unit === null && m.scale === 1 && !m.formatted && !m.fraction && Number.isInteger(m.base);
    if (dash && plain(a) && plain(b) && a.base >= b.base && b.base <= 200) {
      // a score ("2-0", "89-89") is not a figure
      a.dropped = true;
      b.dropped = true;
      out.push(a, b);
      i++;
      continue;
    }
    const fromBefore = FROM_BEFORE_RE.test(before);
    let ok: boolean;
    if (word === "and") ok = BETWEEN_BEFORE_RE.test(before);
    else if (word === "or") ok = a.unit === null && a.base < b.base && Number.isInteger(a.base) && b.unit !== null;
    else if (a.unit && b.unit) ok = a.unit === b.unit && (dash || fromBefore || !CHANGE_BEFORE_RE.test(before));
    else if (!a.unit && b.unit) ok = !a.currencyBefore;
    // "from 208 pounds to 193", "aged 40 to 44", "$5 to 10"
    else if (a.unit && !b.unit)
      ok = fromBefore || dash || a.kind === "age" || (a.currencyBefore && !CHANGE_BEFORE_RE.test(before));
    else ok = fromBefore || dash || (a.base < b.base && a.words > 0 === b.words > 0);
    if (!ok) {
      out.push(a);
      continue;
    }
    let low = a.value;
    // "$89 to $93 billion", "1 to 2 thousand people", "two to three million": the second number's scale applies to the first
    const scale = b.scale > 1 ? b.scale : wordScale(text.slice(b.start, b.end));
    const base = b.scale > 1 ? b.base : last(b.value) / scale;
    if (a.scale === 1 && scale > 1 && a.base <= base && typeof low === "number") low = low * scale;
    const merged: NumberMention = {
      ...b,
      start: a.start,
      coreStart: a.coreStart,
      value: [first(low as number), last(b.value)],
      unit: b.unit ?? a.unit,
      kind: b.kind ?? a.kind,
      currencyBefore: a.currencyBefore || b.currencyBefore,
      dropped: false,
    };
    out.push(merged);
    i++;
  }
  return out;
}
