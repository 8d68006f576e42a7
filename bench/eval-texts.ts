/** Real news for the benchmarks: the annotated texts and pages of ../shared/eval/data when present, read at run time. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";

const DATA = resolve(import.meta.dirname, "../../shared/eval/data");

function lines(file: string): Record<string, unknown>[] {
  const path = resolve(DATA, file);
  if (!existsSync(path)) return [];
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Article texts (with titles when given) from every annotated task; empty when the data is not on this machine. */
export function realNewsTexts(): { title?: string; text: string }[] {
  const files = ["summary.dev.jsonl.gz", "quotes.dev.jsonl.gz", "figures.dev.jsonl.gz", "headline-topics.dev.jsonl.gz"];
  const seen = new Set<string>();
  return files.flatMap(lines).flatMap((row) => {
    const text = row.text;
    if (typeof text !== "string" || text.length < 400 || seen.has(text)) return [];
    seen.add(text);
    return [{ text, ...(typeof row.title === "string" ? { title: row.title } : {}) }];
  });
}

/** Article pages (HTML and address) of the extraction task; empty when the data is not on this machine. */
export function realNewsPages(): { html: string; url: string }[] {
  return lines("extract.dev.jsonl.gz").flatMap((row) =>
    typeof row.html === "string" && typeof row.url === "string" ? [{ html: row.html, url: row.url }] : [],
  );
}
