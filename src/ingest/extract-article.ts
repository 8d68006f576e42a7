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

/** Pulls the article out of a page: Mozilla Readability over linkedom, then newsbrief's own clean-up; throws IngestError("bad-content"). */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  let parsed: ReturnType<Readability<DomNode>["parse"]> = null;
  let text = "";
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
