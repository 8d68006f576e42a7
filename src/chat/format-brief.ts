import { english, type Translate } from "../i18n/translate.js";
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
  /** The chat's language for the source line (default English); the news text stays as published. */
  t?: Translate;
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
export function articleBlocks(article: Article, now?: Date, t?: Translate): Block[] {
  return briefBlocks(article.summary, {
    url: article.url,
    source: hostOf(article.url),
    publishedAt: article.publishedAt ?? article.fetchedAt,
    sourceCount: article.sources.length,
    ...(now ? { now } : {}),
    ...(t ? { t } : {}),
  });
}

function sourceLine(context: BriefContext): string {
  const parts: string[] = [];
  const source = context.source ?? (context.url ? hostOf(context.url) : undefined);
  if (source) parts.push(source);
  const t = context.t ?? english;
  if (context.sourceCount && context.sourceCount > 1) parts.push(t("brief.reportedBy", { count: context.sourceCount }));
  if (context.publishedAt) {
    const age = formatAge(new Date(context.publishedAt), context.now ?? new Date(), t);
    if (age) parts.push(age);
  }
  return parts.join(" · ");
}

/** "5 min ago", "2 h ago", "3 d ago" (in `t`'s language); empty for an invalid date. */
export function formatAge(then: Date, now: Date, t: Translate = english): string {
  const ms = now.getTime() - then.getTime();
  if (Number.isNaN(ms)) return "";
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return t("age.minutes", { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t("age.hours", { count: hours });
  return t("age.days", { count: Math.round(hours / 24) });
}

/** The host of a URL without "www.", or the input when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
