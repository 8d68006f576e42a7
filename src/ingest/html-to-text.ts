import { decodeHTML } from "entities";

const BLOCK_END =
  /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr|section|article|header|footer|figure|ul|ol|table)\s*>|<br\s*\/?>|<hr\s*\/?>/gi;

/**
 * Plain text of a short HTML fragment (a feed title or summary): scripts and styles dropped, tags removed,
 * entities decoded (twice-escaped "&amp;amp;" too), blocks separated by blank lines, spaces collapsed.
 * Feeds escape markup inconsistently, so this is deliberately forgiving: a stray "<" with no tag stays.
 */
export function htmlToText(fragment: string): string {
  let text = fragment;
  // Markup escaped once more than it should be ("&lt;b&gt;") shows up as tags after one decode.
  if (/&lt;\/?[a-z][^&]*&gt;/i.test(text) && !/<[a-z][^>]*>/i.test(text)) text = decodeHTML(text);
  text = text
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(BLOCK_END, "\n\n")
    .replace(/<\/?[a-z][^>]*>/gi, "");
  text = decodeHTML(text);
  if (/&(?:[a-z]+|#\d+|#x[\da-f]+);/i.test(text)) text = decodeHTML(text);
  return text
    .replace(/[\u00a0\t\f\v ]+/g, " ")
    .split(/\s*\n\s*\n\s*/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** One line of plain text from an HTML fragment: a title. */
export function htmlToLine(fragment: string): string {
  return htmlToText(fragment).replace(/\s+/g, " ").trim();
}
