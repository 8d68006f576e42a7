import { cleanText } from "./clean-text.js";
import type { TextLayout } from "./spans.js";
import { splitSentences } from "./split-sentences.js";

/** Cleans the text and splits it into paragraphs and sentences, all as spans of the input; a paragraph repeating the title is dropped. */
export function layoutText(text: string, title?: string): TextLayout {
  let paragraphs = cleanText(text);
  const first = paragraphs[0];
  if (title && first && normalize(text.slice(first.start, first.end)) === normalize(title)) paragraphs = paragraphs.slice(1);
  return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

function normalize(line: string): string {
  return line.toLowerCase().replace(/\s+/g, " ").trim();
}
