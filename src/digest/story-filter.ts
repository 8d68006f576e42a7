/** Keyword filters of a subscription: whole words and phrases (case and accent insensitive) and /regex/ on RE2. */
import { RE2JS } from "re2js";
import { userError } from "../i18n/translate.js";
import { words } from "../store/story-similarity.js";
import type { Article } from "../types.js";

/** A chat's filters: a story must match one `include` entry (when there are any) and no `exclude` entry. */
export interface StoryFilters {
  include: string[];
  exclude: string[];
}

/** At most this many entries per list, each at most this long. */
export const FILTER_LIMITS = { entries: 20, entryChars: 200 } as const;

type Matcher = (story: FoldedStory) => boolean;
interface FoldedStory {
  /** The story's words (lower case, no accents: story-similarity's `words`), joined by spaces and padded: " word word ". */
  words: string;
  /** The story's title and text as published (for regexes). */
  raw: string;
}

/** Whether an entry is a /regex/ (optionally /regex/i: every filter is case insensitive anyway). */
function regexBody(entry: string): string | undefined {
  const match = /^\/(.+)\/i?$/s.exec(entry);
  return match?.[1];
}

/** Checks and normalizes one entry; throws UserError with the reason. */
export function checkFilterEntry(entry: string): string {
  const trimmed = entry.trim();
  if (trimmed.length === 0) throw userError("filter.empty");
  if (trimmed.length > FILTER_LIMITS.entryChars) throw userError("filter.tooLong", { max: FILTER_LIMITS.entryChars });
  const body = regexBody(trimmed);
  if (body !== undefined) {
    try {
      RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw userError("filter.badRegex", { entry: trimmed, why });
    }
    return trimmed;
  }
  if (words(trimmed).length === 0) throw userError("filter.noWords", { entry: trimmed });
  return trimmed.replace(/\s+/g, " ");
}

function compileEntry(entry: string): Matcher {
  const body = regexBody(entry);
  if (body !== undefined) {
    // RE2 runs in time linear in the text: no catastrophic backtracking, so no timeout is needed.
    const pattern = RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
    return (story) => pattern.test(story.raw);
  }
  const phrase = ` ${words(entry).join(" ")} `;
  return (story) => story.words.includes(phrase);
}

/** A predicate keeping the stories the filters let through (everything when there are none). */
export function compileFilters(filters: StoryFilters | undefined): (article: Article) => boolean {
  if (!filters || (filters.include.length === 0 && filters.exclude.length === 0)) return () => true;
  const include = filters.include.map(compileEntry);
  const exclude = filters.exclude.map(compileEntry);
  return (article) => {
    const raw = [article.title, article.summary.headline, article.summary.lede, article.text].join("\n");
    const story: FoldedStory = { raw, words: ` ${words(raw).join(" ")} ` };
    if (include.length > 0 && !include.some((match) => match(story))) return false;
    return !exclude.some((match) => match(story));
  };
}
