import { decodeXML } from "entities";
import { parseFeed as parseAnyFeed } from "feedsmith";
import { IngestError } from "../errors.js";
import { parseFeedDate } from "./feed-date.js";
import { unprefixFeedElements } from "./feed-prefixes.js";
import { atomForm, summaryText, type TextForm, titleText } from "./feed-text.js";
import { htmlToText } from "./html-to-text.js";
import { itemId } from "./item-id.js";
import { refuseUnsafeXml } from "./xml-safety.js";

/** One story listed in a feed. */
export interface FeedItem {
  /** Stable across fetches: the guid, else the canonical link, else a hash of title and date (see itemId). */
  id: string;
  /** Plain text, as a reader of the publisher's page sees it: markup turned into text exactly once. */
  title: string;
  /** Absolute link to the article ("" when the item has none). */
  url: string;
  /** ISO 8601, or null when the feed gives no (readable) date. */
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

/** Where the document came from, for resolving its relative links. */
export interface FeedSource {
  /** The HTTP Content-Location header, itself relative to the feed's final URL (RFC 9110 §8.7). */
  contentLocation?: string;
}

// A bound on work per feed: no real feed lists more, and a 5 MB body of tiny items should not cost more.
const MAX_ITEMS = 1000;

interface RawItem {
  guid?: string;
  link?: string;
  title?: string;
  titleForm: TextForm;
  published?: string;
  summary?: string;
  summaryForm: TextForm;
  /** An RSS description, whose markup publishers sometimes escape twice. */
  rssDescription?: boolean;
  content?: string;
  /** The item's own xml:base (relative to the feed's). */
  base?: string;
}

/**
 * Parses RSS 0.9–2.0, RDF, Atom 0.3/1.0 or JSON Feed 1.0/1.1 through feedsmith, after refusing XML that declares
 * entities. `feedUrl` is the final URL after redirects; relative links resolve against xml:base (item, channel,
 * root), then `source.contentLocation`, then `feedUrl`. Throws IngestError("parse").
 */
export function parseFeed(body: string, feedUrl: string, source: FeedSource = {}): ParsedFeed {
  const text = body.replace(/^\uFEFF/, "");
  const isXml = text.trimStart().startsWith("<");
  let parsed: ReturnType<typeof parseAnyFeed<string>>;
  try {
    if (isXml) refuseUnsafeXml(text);
    parsed = parseAnyFeed<string>(isXml ? unprefixFeedElements(text) : text);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError("parse", `${feedUrl} is not a feed newsbrief can read: ${describe(error, body)}`, { cause: error });
  }
  const documentBase = resolveBase(source.contentLocation, feedUrl) ?? feedUrl;
  let base = documentBase;
  let title: string | undefined;
  let titleForm: TextForm = "rss-title";
  let ttlMinutes: number | undefined;
  let raw: RawItem[];
  switch (parsed.format) {
    case "rss": {
      const feed = parsed.feed;
      title = feed.title;
      base = chainBase(base, feed.xml?.base, channelBase(text));
      ttlMinutes = positive(feed.ttl) ?? syndicationMinutes(feed.sy);
      raw = (feed.items ?? []).map((item) => ({
        guid: item.guid?.value,
        link: item.link ?? alternateLink(item.atom?.links),
        title: item.title,
        titleForm: "rss-title",
        published: item.pubDate ?? item.dc?.dates?.[0] ?? item.atom?.published ?? item.atom?.updated,
        summary: item.description,
        summaryForm: "html",
        rssDescription: true,
        content: item.content?.encoded,
        base: item.xml?.base,
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
        titleForm: "rss-title",
        published: item.dc?.dates?.[0] ?? item.dcterms?.modified?.[0],
        summary: item.description,
        summaryForm: "html",
        rssDescription: true,
        content: item.content?.encoded,
      }));
      break;
    }
    case "atom": {
      const feed = parsed.feed;
      title = feed.title?.value;
      titleForm = atomForm(feed.title?.type);
      base = chainBase(base, feed.xml?.base);
      ttlMinutes = syndicationMinutes(feed.sy);
      raw = (feed.entries ?? []).map((entry) => ({
        guid: entry.id,
        link: alternateLink(entry.links),
        title: entry.title?.value,
        titleForm: atomForm(entry.title?.type),
        published: entry.published ?? entry.updated,
        summary: entry.summary?.value,
        summaryForm: atomForm(entry.summary?.type),
        content: atomHtml(entry.content),
        base: entry.xml?.base,
      }));
      break;
    }
    case "json": {
      const feed = parsed.feed;
      title = feed.title;
      titleForm = "text";
      raw = (feed.items ?? []).map((item) => ({
        guid: item.id === undefined || item.id === null ? undefined : String(item.id),
        link: item.url ?? item.external_url,
        title: item.title,
        titleForm: "text",
        published: item.date_published ?? item.date_modified,
        summary: item.summary,
        summaryForm: "text",
        content: item.content_html ?? (item.content_text === undefined ? undefined : escapeText(item.content_text)),
      }));
      break;
    }
  }
  const items = raw
    .slice(0, MAX_ITEMS)
    .map((item) => toFeedItem(item, chainBase(base, item.base)))
    .filter((item): item is FeedItem => item !== null);
  const feedTitle = titleText(title, titleForm);
  return { ...(feedTitle ? { title: feedTitle } : {}), ...(ttlMinutes ? { ttlMinutes } : {}), items };
}

function toFeedItem(item: RawItem, base: string): FeedItem | null {
  const url = absoluteHttpUrl(item.link, base) ?? absoluteHttpUrl(item.guid, base, true) ?? "";
  const summary = summaryText(item.summary, item.summaryForm, { rssDescription: item.rssDescription === true });
  const content = item.content?.trim() ?? "";
  let title = titleText(item.title, item.titleForm);
  if (!title) title = firstWords(summary || htmlToText(content));
  if (!url && !title) return null;
  const publishedAt = parseFeedDate(item.published);
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
  return atomForm(text.type) === "html" ? text.value : escapeText(text.value);
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

/** A base URL resolved against another, or null when it is not a URL. */
function resolveBase(relative: string | undefined, against: string): string | null {
  const trimmed = relative?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, against).href;
  } catch {
    return null;
  }
}

/** XML Base (RFC 3986 §5.1): each xml:base, outermost first, is resolved against the one around it. */
function chainBase(base: string, ...inner: (string | undefined)[]): string {
  let current = base;
  for (const value of inner) current = resolveBase(value, current) ?? current;
  return current;
}

// feedsmith reports xml:base on the root and on items, not on the RSS <channel> between them.
function channelBase(text: string): string | undefined {
  const open = /<(?:[\w.-]+:)?channel\b[^>]*>/i.exec(text)?.[0];
  const value = open ? /\bxml:base\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(open) : null;
  const raw = value?.[1] ?? value?.[2];
  return raw === undefined ? undefined : decodeXML(raw);
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
