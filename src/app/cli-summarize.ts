import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import type { ArticleInput } from "../types.js";
import type { CliCommand } from "./cli-command.js";
import { asUserError, isWebAddress } from "./cli-extract.js";
import { environment, privateNetworksAllowed } from "./environment.js";
import { readWholeInput } from "./read-input.js";
import { runJsonl } from "./run-jsonl.js";
import type { Summarizer } from "./summarizer.js";

/** `newsbrief summarize URL|FILE|-`: prints the brief (console rendering), its JSON, or one JSON line per input line. */
export const summarizeCommand: CliCommand = {
  usage: `summarize URL|FILE|-        print the brief of an article (fetched from a URL, or plain text; a first line + blank line is its title)
    --json                    print the Summary JSON instead
    --jsonl                   read one {"id","text","title"?,"url"?} per line, print one JSON line each`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    const source = positionals[0];
    if (!source) throw new UserError("summarize needs a URL, a FILE, or - for stdin");
    const { brief, close } = await openSummarizer();
    try {
      if (values.jsonl) {
        await runJsonl(source, (input) => brief(toArticleInput(input)), io.out);
        return 0;
      }
      const article = isWebAddress(source) ? await fetchForSummary(source) : splitTitle(await readWholeInput(source));
      const summary = await brief(article);
      if (values.json) io.out(JSON.stringify(summary, null, 2));
      else {
        const [{ renderText }, { briefBlocks }] = await Promise.all([
          import("../../adapters/console/render.js"),
          import("../chat/format-brief.js"),
        ]);
        io.out(renderText({ blocks: briefBlocks(summary) }));
      }
      return 0;
    } finally {
      await close();
    }
  },
};

/** The rule-based core; with SUMMARIZER=llm the configured model, its answers cached in the configured store. */
async function openSummarizer(): Promise<{ brief: Summarizer; close: () => Promise<void> }> {
  const env = environment();
  // The brief core and its lexicons load on first use, not for `newsbrief help`.
  if (env.SUMMARIZER?.trim().toLowerCase() !== "llm") {
    const { summarize } = await import("../summarize/index.js");
    return { brief: summarize, close: async () => undefined };
  }
  const [{ loadConfig }, { createSummarizer }] = await Promise.all([import("../config.js"), import("./summarizer.js")]);
  const config = loadConfig(env);
  const { openStores } = await import("../store/open-store.js");
  const stores = await openStores(config.storeUrl, { namespacePrefix: config.storePrefix });
  const brief = await createSummarizer(config.summarizer, stores);
  return { brief, close: () => stores.close() };
}

/** Fetches and extracts an article page; a refused or failed fetch becomes a UserError with the same message. */
async function fetchForSummary(url: string): Promise<ArticleInput> {
  // Loaded on demand: the extraction stack (linkedom, Readability) is not needed to brief text.
  const { fetchArticle } = await import("../ingest/fetch-article.js");
  const article = await asUserError(() => fetchArticle(url, { allowPrivateNetworks: privateNetworksAllowed() }));
  return {
    text: article.text,
    title: article.title,
    url: article.url,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
  };
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
  // Offsets stay valid: the title line stays in the text, and the layout skips it.
  return { text: raw, title: match[1].trim() };
}
