/** Which alert terms a story matches: a key quote's speaker, or the words of its title and text. */
import { storyIsAbout } from "../store/keyv-article-store.js";
import { words } from "../store/story-similarity.js";
import type { Article } from "../types.js";

/** A term as compared: its words, lower-case and without accents ("  Amára  OKAFOR " → "amara okafor"). */
export function alertKey(term: string): string {
  return words(term).join(" ");
}

/**
 * True when a key quote's speaker carries every word of `term` (case and accent insensitive: "Okafor" matches
 * "Amara Okafor", "Ngozi Okafor" does not match "Amara Okafor").
 */
export function quotesSpeaker(article: Article, term: string): boolean {
  const wanted = words(term);
  if (wanted.length === 0) return false;
  return article.summary.quotes.some((quote) => {
    if (!quote.key || !quote.speaker) return false;
    const name = new Set(words(quote.speaker));
    return wanted.every((word) => name.has(word));
  });
}

/** True when the story quotes `term` as a speaker or is about it as a keyword (the /latest and /subscribe match). */
export function alertMatches(article: Article, term: string): boolean {
  const key = alertKey(term);
  if (!key) return false;
  return quotesSpeaker(article, term) || storyIsAbout(article, key);
}

/** The terms among `terms` that the story matches, in the user's order. */
export function matchingTerms(article: Article, terms: readonly string[]): string[] {
  return terms.filter((term) => alertMatches(article, term));
}
