import type { Article, Summary } from "../types.js";
import type { Block } from "./message.js";

/** What a brief shows besides its summary: where it came from and when. */
export interface BriefContext {
  url?: string;
  /** Host or feed title shown under the brief. */
  source?: string;
  publishedAt?: string | null;
  /** Number of feeds that carried the same story. */
  sourceCount?: number;
  now?: Date;
}

/** The blocks of one brief: headline, lede, key quotes, key figures, source line. */
export function briefBlocks(summary: Summary, context: BriefContext = {}): Block[] {
  const blocks: Block[] = [{ type: "heading", text: summary.headline, ...(context.url ? { url: context.url } : {}) }];
  if (summary.lede && summary.lede !== summary.headline) blocks.push({ type: "text", text: summary.lede });
  for (const quote of summary.quotes.filter((q) => q.key)) {
    blocks.push({ type: "quote", text: quoteText(quote.text), ...(quote.speaker ? { by: quote.speaker } : {}) });
  }
  for (const figure of summary.figures.filter((f) => f.key)) {
    blocks.push({ type: "figure", value: figure.text, label: figure.label });
  }
  const footer = sourceLine(context);
  if (footer && context.url) blocks.push({ type: "link", text: footer, url: context.url });
  return blocks;
}

/** A quote as shown: without the comma or colon that led into its attribution ("…two days," he said). */
export function quoteText(text: string): string {
  return text.replace(/[\s,;:]+$/u, "");
}

/** The blocks of a stored article's brief. */
export function articleBlocks(article: Article, now?: Date): Block[] {
  return briefBlocks(article.summary, {
    url: article.url,
    source: hostOf(article.url),
    publishedAt: article.publishedAt ?? article.fetchedAt,
    sourceCount: article.sources.length,
    ...(now ? { now } : {}),
  });
}

function sourceLine(context: BriefContext): string {
  const parts: string[] = [];
  const source = context.source ?? (context.url ? hostOf(context.url) : undefined);
  if (source) parts.push(source);
  if (context.sourceCount && context.sourceCount > 1) parts.push(`reported by ${context.sourceCount} sources`);
  if (context.publishedAt) {
    const age = formatAge(new Date(context.publishedAt), context.now ?? new Date());
    if (age) parts.push(age);
  }
  return parts.join(" · ");
}

/** "5 min ago", "2 h ago", "3 d ago"; empty for an invalid date. */
export function formatAge(then: Date, now: Date): string {
  const ms = now.getTime() - then.getTime();
  if (Number.isNaN(ms)) return "";
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/** The host of a URL without "www.", or the input when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
