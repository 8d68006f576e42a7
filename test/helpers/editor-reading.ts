/**
 * Checks a brief against an editor's reading of its article, in the format of ../shared/examples/*.expected.json:
 * required ("must") headline, quotes with speakers, figures with label words and points, and text that must never
 * appear. Returns what is missing or wrong, one line each (empty when the brief meets the reading).
 */
import type { Summary } from "../../src/types.js";

/** An editor's reading of one article (the seed example's format; "may" items are accepted, never required). */
export interface EditorReading {
  headline?: { must?: string };
  quotes?: { must?: { text: string; speaker: string }[] };
  figures?: { must?: { value: number; label_words: string[] }[] };
  points?: { must_include_one_of?: string[] };
  never?: string[];
}

// Typography is not content: curly and straight quotes, apostrophes and spaces compare equal.
function plain(text: string): string {
  return text.replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
}

/** The lines on which `summary` falls short of `reading`. */
export function shortfalls(summary: Summary, reading: EditorReading): string[] {
  const problems: string[] = [];
  const headline = reading.headline?.must;
  if (headline !== undefined && plain(summary.headline) !== plain(headline))
    problems.push(`headline: "${summary.headline}", not "${headline}"`);
  for (const quote of reading.quotes?.must ?? []) {
    const found = summary.quotes.find((q) => plain(q.text).includes(plain(quote.text)));
    if (!found) problems.push(`quote missing: "${quote.text}"`);
    else if (found.speaker !== quote.speaker)
      problems.push(`quote "${quote.text}": speaker ${found.speaker ?? "none"}, not ${quote.speaker}`);
  }
  for (const figure of reading.figures?.must ?? []) {
    const found = summary.figures.find((f) => {
      const words = plain(f.label ?? "").split(/[^\p{L}\p{N}]+/u);
      return f.value === figure.value && figure.label_words.every((word) => words.includes(word.toLowerCase()));
    });
    if (!found) {
      const same = summary.figures.filter((f) => f.value === figure.value).map((f) => `"${f.label}"`);
      problems.push(
        `figure ${figure.value} (${figure.label_words.join(", ")}) missing; labels with that value: ${same.join(", ") || "none"}`,
      );
    }
  }
  const oneOf = reading.points?.must_include_one_of ?? [];
  if (oneOf.length > 0 && !summary.points.some((point) => oneOf.some((wanted) => plain(point) === plain(wanted))))
    problems.push(`no point is one of: ${oneOf.map((p) => `"${p}"`).join(" | ")}`);
  const shown = [
    summary.headline,
    summary.lede,
    ...summary.points,
    ...summary.quotes.map((q) => q.text),
    ...summary.figures.map((f) => f.label ?? ""),
  ];
  for (const never of reading.never ?? []) {
    if (shown.some((text) => plain(text).includes(plain(never)))) problems.push(`shows what it never should: "${never}"`);
  }
  return problems;
}
