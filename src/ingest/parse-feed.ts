import { parseFeed as parseAnyFeed } from "feedsmith";
import { IngestError } from "../errors.js";
import { htmlToLine, htmlToText } from "./html-to-text.js";
import { itemId } from "./item-id.js";

/** One story listed in a feed. */
export interface FeedItem {
  /** Stable across fetches: the guid, else the canonical link, else a hash of title and date (see itemId). */
  id: string;
  /** Plain text, entities decoded and tags removed. */
  title: string;
  /** Absolute link to the article ("" when the item has none). */
  url: string;
  /** ISO 8601, or null when the feed gives no (valid) date. */
  publishedAt: string | null;
  /** Plain-text summary. */
  summary?: string;
  /** The full content as the feed gives it (usually HTML). */
  content?: string;
}

/** What a feed says about itself and its items, in document order. */
export interface ParsedFeed {
  title?: string;
  /** How long the feed asks readers to wait between polls (RSS `<ttl>`, or `sy:updatePeriod`/`updateFrequency`). */
  ttlMinutes?: number;
  items: FeedItem[];
}

// A bound on work per feed: no real feed lists more, and a 5 MB body of tiny items should not cost more.
const MAX_ITEMS = 1000;

interface RawItem {
  guid?: string;
  link?: string;
  title?: string;
  published?: string;
  summaryHtml?: string;
  /** A summary that is plain text already (Atom type="text", JSON Feed). */
  summaryText?: string;
  content?: string;
}

/** Parses RSS 0.9–2.0, RDF, Atom or JSON Feed (through feedsmith, entity expansion off); throws IngestError("parse"). */
export function parseFeed(body: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseAnyFeed<string>>;
  try {
    parsed = parseAnyFeed<string>(body.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new IngestError("parse", `${feedUrl} is not a feed newsbrief can read: ${describe(error, body)}`, { cause: error });
  }
  let title: string | undefined;
  let ttlMinutes: number | undefined;
  let raw: RawItem[];
  switch (parsed.format) {
    case "rss": {
      const feed = parsed.feed;
      title = feed.title;
      ttlMinutes = positive(feed.ttl) ?? syndicationMinutes(feed.sy);
      raw = (feed.items ?? []).map((item) => ({
        guid: item.guid?.value,
        link: item.link ?? alternateLink(item.atom?.links),
        title: item.title,
        published: item.pubDate ?? item.dc?.dates?.[0] ?? item.atom?.published ?? item.atom?.updated,
        summaryHtml: item.description,
        content: item.content?.encoded,
      }));
      break;
    }
    case "rdf": {
      const feed = parsed.feed;
      title = feed.title;
      ttlMinutes = syndicationMinutes(feed.sy);
      raw = (feed.items ?? []).map((item) => ({
        guid: item.rdf?.about,
        link: item.link,
        title: item.title,
        published: item.dc?.dates?.[0] ?? item.dcterms?.modified?.[0],
        summaryHtml: item.description,
        content: item.content?.encoded,
      }));
      break;
    }
    case "atom": {
      const feed = parsed.feed;
      title = feed.title?.value;
      ttlMinutes = syndicationMinutes(feed.sy);
      raw = (feed.entries ?? []).map((entry) => ({
        guid: entry.id,
        link: alternateLink(entry.links),
        title: entry.title?.value,
        published: entry.published ?? entry.updated,
        ...(entry.summary?.type === "html" || entry.summary?.type === "xhtml"
          ? { summaryHtml: entry.summary.value }
          : { summaryText: entry.summary?.value }),
        content: atomHtml(entry.content),
      }));
      break;
    }
    case "json": {
      const feed = parsed.feed;
      title = feed.title;
      raw = (feed.items ?? []).map((item) => ({
        guid: item.id === undefined || item.id === null ? undefined : String(item.id),
        link: item.url ?? item.external_url,
        title: item.title,
        published: item.date_published ?? item.date_modified,
        summaryText: item.summary,
        content: item.content_html ?? (item.content_text === undefined ? undefined : escapeText(item.content_text)),
      }));
      break;
    }
  }
  const items = raw
    .slice(0, MAX_ITEMS)
    .map((item) => toFeedItem(item, feedUrl))
    .filter((item): item is FeedItem => item !== null);
  const feedTitle = title ? htmlToLine(title) : "";
  return { ...(feedTitle ? { title: feedTitle } : {}), ...(ttlMinutes ? { ttlMinutes } : {}), items };
}

function toFeedItem(item: RawItem, feedUrl: string): FeedItem | null {
  const url = absoluteHttpUrl(item.link, feedUrl) ?? absoluteHttpUrl(item.guid, feedUrl, true) ?? "";
  const summary = item.summaryHtml ? htmlToText(item.summaryHtml) : plainText(item.summaryText);
  const content = item.content?.trim() ?? "";
  let title = item.title ? htmlToLine(item.title) : "";
  if (!title) title = firstWords(summary || htmlToText(content));
  if (!url && !title) return null;
  const publishedAt = isoDate(item.published);
  return {
    id: itemId({ guid: item.guid, link: url || undefined, title, published: item.published }),
    title,
    url,
    publishedAt,
    ...(summary ? { summary } : {}),
    ...(content ? { content } : {}),
  };
}

// Atom links: rel="alternate" (or no rel) is the article; "self", "edit", "enclosure" are not.
function alternateLink(links: readonly { href?: string; rel?: string; type?: string }[] | undefined): string | undefined {
  if (!links?.length) return undefined;
  const alternates = links.filter((link) => link.href && (!link.rel || link.rel === "alternate"));
  const html = alternates.find((link) => !link.type || /html/i.test(link.type));
  return (html ?? alternates[0])?.href;
}

function atomHtml(text: { value?: string; type?: string } | undefined): string | undefined {
  if (text?.value === undefined) return undefined;
  return text.type === "html" || text.type === "xhtml" ? text.value : escapeText(text.value);
}

function absoluteHttpUrl(link: string | undefined, base: string, mustBeAbsolute = false): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  if (mustBeAbsolute && !/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

function syndicationMinutes(sy: { updatePeriod?: string; updateFrequency?: number } | undefined): number | undefined {
  const period = sy?.updatePeriod ? PERIOD_MINUTES[sy.updatePeriod.trim().toLowerCase()] : undefined;
  if (!period) return undefined;
  const frequency = positive(sy?.updateFrequency) ?? 1;
  return Math.max(1, Math.round(period / frequency));
}

function plainText(text: string | undefined): string {
  return (text ?? "")
    .split(/\s*\n\s*\n\s*/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n\s*\n/g, "<br><br>");
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= 14 ? words.join(" ") : `${words.slice(0, 14).join(" ")}…`;
}

function describe(error: unknown, body: string): string {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  if (!start) return "the body is empty";
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "it is an HTML page, not a feed";
  const message = (error as Error | undefined)?.message ?? String(error);
  const cause = ((error as Error | undefined)?.cause as Error | undefined)?.message;
  const why = cause && cause !== message ? `${message} (${cause})` : message;
  return why.replace(/\.$/, "").toLowerCase();
}
