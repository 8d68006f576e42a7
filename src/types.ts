/** Shared data shapes of the core. The Summary JSON is a contract: see ../shared/eval/README.md. */

/** What summarize() reads: the article's body text and, when known, its title and address. */
export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
}

/** A direct quotation, with offsets into the input text (UTF-16, end exclusive). */
export interface Quote {
  /** The quoted words alone, without the marks (parts split around an attribution joined by a space). */
  text: string;
  start: number;
  end: number;
  /** The speaker's fullest name in the article, or null when unknown. */
  speaker: string | null;
  /** The mention nearest the quote that names the speaker ("he", "Macron", "the minister"). */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** True for the 1–4 quotes a digest shows. */
  key: boolean;
}

/** A quantity found in the text: a count, an amount of money, a measure or a percentage. */
export interface Figure {
  /** The number, or [first, second] for a range, in written order ("from 208 to 193" → [208, 193]). */
  value: number | [number, number];
  /** "%", "dollar", "kilometre", "year of age", ...; for a count the counted noun, singular ("home"); null when none. */
  unit: string | null;
  /** What it counts: "people killed". */
  label: string;
  /** The figure as written: text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** True for the (at most 3) figures a reader must not miss. */
  key: boolean;
}

/** The brief of one article. */
export interface Summary {
  headline: string;
  lede: string;
  points: string[];
  quotes: Quote[];
  figures: Figure[];
  topics: string[];
  /** Which path wrote each part; only in briefs made with SUMMARIZER=llm (absent: every part is the rules'). */
  source?: SummarySource;
  /** What the model's answer became (SUMMARIZER=llm only). */
  llm?: LlmReport;
}

/** The path that made a part of a brief: the model ("llm", checked against the article) or the rule-based core. */
export type PartSource = "llm" | "rules";

/** Per-part provenance of a brief; `quotes`/`figures` say who chose the key ones (the items always come from the rules). */
export interface SummarySource {
  headline: PartSource;
  lede: PartSource;
  /** One entry per point, in order. */
  points: PartSource[];
  quotes: PartSource;
  figures: PartSource;
}

/** Why a brief is (partly) the rules': the model's answer, its fallback reason and each sentence the guard dropped. */
export interface LlmReport {
  /** True when at least one part is the model's. */
  used: boolean;
  /** Why the whole answer was set aside ("timeout", "daily token budget spent", "malformed answer: …"). */
  fallback?: string;
  /** True when the answer came from the store's cache (no call made). */
  cached: boolean;
  /** The model's sentences that failed the guard, with why. */
  dropped: { part: "headline" | "lede" | "point"; text: string; reason: string }[];
}

/** A feed an article was seen in. */
export interface ArticleSource {
  feedUrl: string;
  feedTitle?: string;
  /** The article's address in that feed. */
  url: string;
}

/** A stored story: the article, where it came from and its brief. */
export interface Article {
  /** Stable story id (see ingest/item-id.ts). */
  id: string;
  url: string;
  title: string;
  text: string;
  /** ISO 8601 time of publication, when the feed or page gives it. */
  publishedAt: string | null;
  /** ISO 8601 time newsbrief first stored it. */
  fetchedAt: string;
  /** Every feed the same story was seen in (merged duplicates). */
  sources: ArticleSource[];
  summary: Summary;
  /**
   * False when the story was stored by the first fetch of a newly added feed (priming): it is kept and
   * searchable (/latest, /quote) but digests never deliver it. Missing means true.
   */
  deliverable?: boolean;
}
