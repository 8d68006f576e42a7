import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { IngestError, UserError } from "../errors.js";
import type { extractArticle as ExtractArticle } from "../ingest/extract-article.js";
import type { CliCommand } from "./cli-command.js";
import { privateNetworksAllowed } from "./environment.js";
import { readWholeInput } from "./read-input.js";
import { runJsonl } from "./run-jsonl.js";

/** `newsbrief extract URL|FILE|-`: prints an article page's title and text; `--jsonl` reads one {"id","html","url"?} a line. */
export const extractCommand: CliCommand = {
  usage: `extract URL|FILE|-          print the title and body text of an article page (fetched, or an HTML file)
    --jsonl                   read one {"id","html","url"?} per line, print one {"id","title","text"} line each`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { jsonl: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    const source = positionals[0];
    if (!source) throw new UserError("extract needs a URL, a FILE, or - for stdin");
    // Loaded on demand so that other sub-commands do not pay for linkedom and Readability.
    const { extractArticle } = await import("../ingest/extract-article.js");
    if (values.jsonl) {
      await runJsonl(source, (input) => extractLine(input, extractArticle), io.out);
      return 0;
    }
    const article = await asUserError(async () => {
      if (!isWebAddress(source)) return extractArticle(await readHtml(source));
      const { fetchArticle } = await import("../ingest/fetch-article.js");
      return fetchArticle(source, { allowPrivateNetworks: privateNetworksAllowed() });
    });
    io.out(`${article.title}\n\n${article.text}`);
    return 0;
  },
};

/** Runs `task`; an IngestError (refused address, time-out, no article) becomes a UserError with the same message. */
export async function asUserError<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof IngestError) throw new UserError(error.message, { cause: error });
    throw error;
  }
}

/** An HTML file (or stdin) decoded by its own charset declaration, not assumed to be UTF-8. */
async function readHtml(source: string): Promise<string> {
  const { decodeBody } = await import("../ingest/decode-html.js");
  let bytes: Buffer;
  try {
    bytes = source === "-" ? await readStdin() : await readFile(source);
  } catch {
    // Let readWholeInput word the error ("No such file: …") the way every sub-command does.
    return readWholeInput(source);
  }
  return decodeBody(bytes, null);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function extractLine(input: Record<string, unknown>, extract: typeof ExtractArticle): { title: string; text: string } {
  const { html, url } = input;
  if (typeof html !== "string") throw new UserError('"html" must be a string');
  if (url !== undefined && url !== null && typeof url !== "string") throw new UserError('"url" must be a string');
  const article = extract(html, url ?? undefined);
  return { title: article.title, text: article.text };
}

/** Whether a CLI argument is an http(s) address rather than a file name. */
export function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}
