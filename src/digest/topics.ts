/** Topic names: the built-in sections and how free keywords are normalised. */
import { SECTIONS } from "../summarize/topics/topic-lexicon.js";

/** Built-in topic sections (the classifier's section ids), in display order; free keywords are accepted besides these. */
export const BUILT_IN_TOPICS: readonly string[] = SECTIONS.map((section) => section.id);

/** "  Climate   Change " → "climate change". */
export function normalizeTopic(topic: string): string {
  return topic.trim().toLowerCase().replace(/\s+/g, " ");
}
