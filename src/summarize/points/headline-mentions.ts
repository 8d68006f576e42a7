import type { TextLayout } from "../spans.js";

/** How often the article repeats each word outside its lede ("Howard" 5, "Michael" 0), counted on demand. */
export function countMentions(layout: TextLayout, lede: string): (word: string) => number {
  const body = layout.paragraphs.map((p) => layout.text.slice(p.start, p.end).toLowerCase()).join("\n");
  const opening = lede.toLowerCase();
  const cache = new Map<string, number>();
  return (word) => {
    const key = mentionKey(word);
    if (key.length === 0) return 0;
    let count = cache.get(key);
    if (count === undefined) {
      count = Math.max(0, occurrences(body, key) - occurrences(opening, key));
      cache.set(key, count);
    }
    return count;
  };
}

/** Whole-word occurrences of `key` in `text`, plurals and possessives included ("bank", "banks", "bank's"). */
function occurrences(text: string, key: string): number {
  let count = 0;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at + key.length;
    if (text.charCodeAt(end) === 115) end++;
    else if ((text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && text.charCodeAt(end + 1) === 115) end += 2;
    if (!isWordChar(text.charCodeAt(end))) count++;
  }
  return count;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 191;
}

function mentionKey(word: string): string {
  const bare = word
    .toLowerCase()
    .replace(/^[^a-z0-9\u00c0-\uffff]+|[^a-z0-9\u00c0-\uffff]+$/g, "")
    .replace(/['’]s$/, "");
  return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}
