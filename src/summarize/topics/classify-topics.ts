import type { TextLayout } from "../spans.js";

/** Topic ids of the article, most relevant first: built-in sections, then keyword topics. */
export function classifyTopics(_layout: TextLayout, _title?: string): string[] {
  return [];
}
