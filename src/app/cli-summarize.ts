import { renderText } from "../../adapters/console/render.js";
import { briefBlocks } from "../chat/format-brief.js";
import { UserError } from "../errors.js";
import { summarize } from "../summarize/index.js";
import type { ArticleInput } from "../types.js";
import { readWholeInput } from "./read-input.js";
import { runJsonl } from "./run-jsonl.js";

/** Options of `newsbrief summarize`. */
export interface SummarizeOptions {
  json: boolean;
  jsonl: boolean;
}

/** `newsbrief summarize FILE|-`: prints the brief (console rendering), its JSON, or one JSON line per input line. */
export async function runSummarize(source: string, options: SummarizeOptions, write: (text: string) => void): Promise<void> {
  if (options.jsonl) {
    await runJsonl(source, (input) => summarize(toArticleInput(input)), write);
    return;
  }
  const raw = await readWholeInput(source);
  const article = splitTitle(raw);
  const summary = summarize(article);
  write(options.json ? JSON.stringify(summary, null, 2) : renderText({ blocks: briefBlocks(summary) }));
}

/** Validates one JSONL input line: `{"id", "text", "title"?, "url"?}`. */
export function toArticleInput(input: Record<string, unknown>): ArticleInput {
  const { text, title, url } = input;
  if (typeof text !== "string") throw new UserError('"text" must be a string');
  if (title !== undefined && title !== null && typeof title !== "string") throw new UserError('"title" must be a string');
  if (url !== undefined && url !== null && typeof url !== "string") throw new UserError('"url" must be a string');
  return { text, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** A plain-text article file: a first short line followed by a blank line is its title. */
export function splitTitle(raw: string): ArticleInput {
  const match = /^\s*([^\n]{1,200})\n[ \t]*\n/.exec(raw);
  if (!match?.[1] || /[.!?]["”’]?\s*$/.test(match[1].trim())) return { text: raw };
  // Offsets stay valid: the title line is kept in the text.
  return { text: raw, title: match[1].trim() };
}
