import { DateTime, FixedOffsetZone } from "luxon";

// RFC 822 §5.1 zones, with the tz-database abbreviations feeds commonly write instead of an offset (minutes east of
// UTC). Ambiguous ones (IST, CST outside the US, …) are not guessed: a date in an unknown zone is undated.
const ZONE_MINUTES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i;
// W3C-DTF (a profile of ISO 8601): YYYY, YYYY-MM, YYYY-MM-DD, with an optional time and zone; a space for the "T"
// and a zone without its colon are common wrong forms.
const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
// RFC 822 / 2822 / 1123 and RFC 850: "5 Jan 2026 10:00:00 +0100", "05-Jan-26 10:00 GMT", full month names too.
const RFC822 =
  /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:\s*([a-z]{1,5}|[+-]\d{2}:?\d{2}))?(?:\s*\([^)]*\))?$/i;
// asctime and the US prose form: "Jan 5 10:00:00 2026", "January 5, 2026 10:00 GMT".
const MONTH_FIRST =
  /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(\d{4})|(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?)(?:\s*([a-z]{1,5}|[+-]\d{2}:?\d{2}))?$/i;

/**
 * A feed's date as ISO 8601 in UTC, or null when it cannot be read ("undated", never "now"). Reads RFC 822 and its
 * successors (every RFC 822 zone, tz abbreviations, missing seconds, two-digit years, a wrong weekday), W3C-DTF /
 * ISO 8601 with or without time and zone (no zone means UTC), RFC 850 and asctime.
 */
export function parseFeedDate(raw: string | undefined | null): string | null {
  const text = raw?.replace(/\s+/g, " ").trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    return build(y, mo ?? "1", d ?? "1", h, mi, s, zone, fraction);
  }
  const rest = text.replace(WEEKDAY, "");
  const rfc = RFC822.exec(rest);
  if (rfc) {
    const [, d, month, y, h, mi, s, zone] = rfc;
    return build(fullYear(y), monthNumber(month), d, h, mi, s, zone ?? "UTC");
  }
  const first = MONTH_FIRST.exec(rest);
  if (first) {
    const [, month, d, ah, ami, as, ay, py, ph, pmi, ps, zone] = first;
    return build(ay ?? py, monthNumber(month), d, ah ?? ph, ami ?? pmi, as ?? ps, zone ?? "UTC");
  }
  return null;
}

function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
  fraction?: string,
): string | null {
  if (!year || !month || !day) return null;
  const offset = zoneMinutes(zone);
  if (offset === null) return null;
  const date = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
      millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
    },
    { zone: FixedOffsetZone.instance(offset) },
  );
  return date.isValid ? (date.toUTC().toISO() ?? null) : null;
}

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return minutes > 14 * 60 ? null : numeric[1] === "-" ? -minutes : minutes;
  }
  const name = zone.toUpperCase();
  if (name in ZONE_MINUTES) return ZONE_MINUTES[name] ?? 0;
  // RFC 2822 §4.3: the military single letters were specified with the wrong sign, so they mean "-0000" (unknown).
  if (/^[A-IK-Y]$/.test(name)) return 0;
  return null;
}

function monthNumber(name: string | undefined): string | undefined {
  const index = MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase());
  if (index === -1) return undefined;
  // "Sept" and full names are fine; other words that merely start like a month are not.
  const lower = (name ?? "").toLowerCase();
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }).toLowerCase();
  return full.startsWith(lower) || lower === "sept" ? String(index + 1) : undefined;
}

// RFC 2822 §4.3: a two-digit year below 50 is 20xx, otherwise 19xx.
function fullYear(year: string | undefined): string | undefined {
  if (year?.length !== 2) return year;
  const value = Number(year);
  return String(value < 50 ? 2000 + value : 1900 + value);
}
