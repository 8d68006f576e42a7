import { decodeHTML } from "entities";

const BLOCK_END =
  /<\/(?:p|div|li|h[1-6]|blockquote|pre|tr|section|article|header|footer|figure|ul|ol|table)\s*>|<br\s*\/?>|<hr\s*\/?>/gi;

/** How to read a fragment. */
export interface HtmlToTextOptions {
  /**
   * The fragment is an RSS description, where publishers often escape their markup once too often: a fragment with
   * no tag but escaped ones ("&lt;p&gt;") is unescaped once before it is read. Never for titles, where "&lt;b&gt;"
   * is the literal text "<b>".
   */
  escapedMarkup?: boolean;
}

/**
 * Plain text of a short HTML fragment (a feed title or summary): scripts and styles dropped, tags removed,
 * entities decoded exactly once (so "&amp;lt;" is the literal text "&lt;"), blocks separated by blank lines,
 * spaces collapsed. A stray "<" with no tag stays, as a browser shows it.
 */
export function htmlToText(fragment: string, options: HtmlToTextOptions = {}): string {
  let text = fragment;
  // Markup escaped once more than it should be ("&lt;b&gt;") shows up as tags after one decode.
  if (options.escapedMarkup && /&lt;\/?[a-z][^&]*&gt;/i.test(text) && !hasTag(text)) text = decodeHTML(text);
  text = removeRanges(text, /<(script|style|noscript|template)\b/gi, (open) => new RegExp(`</${open[1]}\\s*>`, "gi"));
  text = removeRanges(text, /<!--/g, () => /-->/g);
  text = removeTags(text.replace(BLOCK_END, "\n\n"));
  text = decodeHTML(text);
  return (
    text
      // Every space but newlines collapsed first, so the paragraph split below never backtracks over a long run.
      .replace(/[^\S\n]+/g, " ")
      .split(/\s*\n\s*\n\s*/)
      .map((block) => block.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n\n")
  );
}

/** One line of plain text from an HTML fragment: a title. */
export function htmlToLine(fragment: string): string {
  return htmlToText(fragment).replace(/\s+/g, " ").trim();
}

// Hostile feeds ("<script>" or "<a " repeated a million times, never closed) made the lazy regexes these helpers
// replace rescan the rest of the text from every opening: quadratic, minutes for a 5 MB body. Same results, linear.

/** True when the text holds a tag: "<x" with a ">" somewhere after it. */
function hasTag(text: string): boolean {
  const end = text.lastIndexOf(">");
  return end > 0 && /<[a-z]/i.test(text.slice(0, end));
}

/** Removes every "<x …>" or "</x …>" that has a ">" after it; nothing after the last ">" can be a tag. */
function removeTags(text: string): string {
  const end = text.lastIndexOf(">") + 1;
  return text.slice(0, end).replace(/<\/?[a-z][^>]*>/gi, "") + text.slice(end);
}

/** Replaces each span from an `open` match to the nearest `close` after it by a space; an unclosed one is left as it is. */
function removeRanges(text: string, open: RegExp, close: (opening: RegExpExecArray) => RegExp): string {
  let out = "";
  let from = 0;
  const unclosed = new Set<string>();
  for (let opening = open.exec(text); opening; opening = open.exec(text)) {
    const kind = opening[0].toLowerCase();
    if (unclosed.has(kind)) continue;
    const closing = close(opening);
    closing.lastIndex = open.lastIndex;
    if (!closing.exec(text)) {
      // No closing after this one, so none after any later opening of the same kind: stop looking for it.
      unclosed.add(kind);
      continue;
    }
    out += `${text.slice(from, opening.index)} `;
    from = closing.lastIndex;
    open.lastIndex = closing.lastIndex;
  }
  return out + text.slice(from);
}
