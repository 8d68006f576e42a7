/** Whitespace tests without regexes, for loops that look at one character at a time. */

/** True when the UTF-16 code unit is whitespace as a regex `\s` sees it. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when text[i] exists and is whitespace (`/\s/.test(text[i])`). */
export function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isSpaceCode(text.charCodeAt(i));
}

/** How many whitespace-separated words text[from, to) holds, counting at most `max`. */
export function countWords(text: string, from: number, to: number, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++n >= max) return n;
    inWord = !space;
  }
  return n;
}

/** `text.split(/\s+/).length`, without building the array. */
export function splitCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
