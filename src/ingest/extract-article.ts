import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { IngestError } from "../errors.js";
import { articleText, type DomDocument, type DomNode, removeCaptions } from "./clean-article.js";

/** The readable part of an article page. */
export interface ExtractedArticle {
  title: string;
  /** Body text, paragraphs separated by blank lines ("\n\n"). */
  text: string;
  /** ISO 8601, or null when the page does not say. */
  publishedAt: string | null;
  byline?: string;
  siteName?: string;
}

// Below this many characters of body text there is no article to brief (a cookie wall, an index page).
const MIN_TEXT_CHARS = 200;
// linkedom and Readability slow down steeply with depth (600 levels: 1.6 s; 20,000: over a minute, the event loop
// blocked). Real article pages stay well under 100 levels; browsers themselves flatten past 512.
const MAX_NESTING = 256;

/** Pulls the article out of a page: Mozilla Readability over linkedom, then newsbrief's own clean-up; throws IngestError("bad-content"). */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  let parsed: ReturnType<Readability<DomNode>["parse"]> = null;
  let text = "";
  if (nestsDeeperThan(html, MAX_NESTING)) {
    throw new IngestError("bad-content", `${url ?? "The page"} nests its HTML more than ${MAX_NESTING} levels deep`);
  }
  try {
    const { document } = parseHTML(withBase(html, url));
    removeCaptions(document as unknown as DomDocument);
    const reader = new Readability<DomNode>(document, {
      serializer: (node) => node as unknown as DomNode,
      keepClasses: true,
    });
    parsed = reader.parse();
    text = parsed?.content ? articleText(parsed.content, parsed.title ?? undefined) : "";
  } catch (error) {
    throw new IngestError("bad-content", `${url ?? "The page"} could not be read as HTML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (!parsed || text.length < MIN_TEXT_CHARS) {
    throw new IngestError("bad-content", `${url ?? "The page"} has no article text newsbrief can read`);
  }
  const title = (parsed.title ?? "").replace(/\s+/g, " ").trim();
  return {
    title,
    text,
    publishedAt: isoDate(parsed.publishedTime),
    ...(parsed.byline?.trim() ? { byline: parsed.byline.trim() } : {}),
    ...(parsed.siteName?.trim() ? { siteName: parsed.siteName.trim() } : {}),
  };
}

// linkedom does not resolve relative links by itself: a <base> makes Readability's absolute URLs right.
function withBase(html: string, url: string | undefined): string {
  if (!url || /<base\s[^>]*href/i.test(html.slice(0, 20_000))) return html;
  const base = `<base href="${url.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}">`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}${base}${html.slice(head.index + head[0].length)}`;
  return `<head>${base}</head>${html}`;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

// Elements that are never open around others (void) or that the parser closes by itself when a sibling starts.
const FLAT =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|keygen|p|li|dt|dd|tr|td|th|thead|tbody|tfoot|option|optgroup|colgroup|caption|rb|rt|rp|html|head|body)$/;
const RAW_TEXT = /^(?:script|style|textarea|title|xmp|noscript|template)$/;

/** True when the page's elements nest deeper than `limit`, read from the markup in one pass before any parser sees it. */
function nestsDeeperThan(html: string, limit: number): boolean {
  // "[^<>]" keeps every attempt short: "<a <a <a …" with no ">" must not rescan the rest of the page each time.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>|<!--/g;
  const open: string[] = [];
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === "<!--") {
      const end = html.indexOf("-->", tag.lastIndex);
      if (end < 0) return false;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = (match[2] ?? "").toLowerCase();
    if (FLAT.test(name) || match[3]) continue;
    if (match[1]) {
      // As parsers do: a closing tag closes up to its element, and is ignored when that element is not open.
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (RAW_TEXT.test(name)) {
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = tag.lastIndex;
      if (!close.exec(html)) return false;
      tag.lastIndex = close.lastIndex;
      continue;
    }
    open.push(name);
    if (open.length > limit) return true;
  }
  return false;
}
