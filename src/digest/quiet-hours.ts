/** Quiet hours: a daily window (in the subscription's timezone) in which digests wait. */
import { userError } from "../i18n/translate.js";

/** A quiet window, "HH:MM" to "HH:MM" (it may cross midnight). */
export interface QuietHours {
  from: string;
  to: string;
}

/** "22" or "22:30" or "7h" → "22:00", "22:30", "07:00"; throws UserError otherwise. */
export function parseClock(text: string): string {
  const match = /^(\d{1,2})(?:[:h.](\d{2}))?h?$/i.exec(text.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2] ?? 0);
  if (!match || hours > 23 || minutes > 59) {
    throw userError("quiet.badTime", { text });
  }
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** Minutes since local midnight of `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value("hour") * 60 + value("minute");
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when `at` falls inside the quiet window (from inclusive, to exclusive). */
export function isQuiet(at: Date, quiet: QuietHours | undefined, timeZone: string): boolean {
  if (!quiet) return false;
  const now = localMinutes(at, timeZone);
  const from = toMinutes(quiet.from);
  const to = toMinutes(quiet.to);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** The first instant at or after `at` when the quiet window is over (`at` itself when it is not quiet). */
export function quietEnd(at: Date, quiet: QuietHours | undefined, timeZone: string): Date {
  if (!isQuiet(at, quiet, timeZone) || !quiet) return at;
  const to = toMinutes(quiet.to);
  const now = localMinutes(at, timeZone);
  const wait = (to - now + 24 * 60) % (24 * 60) || 24 * 60;
  let end = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + wait * 60_000);
  // A DST change in between shifts local time by up to an hour: nudge until the local clock reads `to`.
  for (let i = 0; i < 3; i++) {
    const off = ((to - localMinutes(end, timeZone) + 36 * 60) % (24 * 60)) - 12 * 60;
    if (off === 0) break;
    end = new Date(end.getTime() + off * 60_000);
  }
  return end;
}

/** True when `timeZone` is a valid IANA name. */
export function isValidTimezone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
