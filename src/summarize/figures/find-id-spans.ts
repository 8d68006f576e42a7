/** Numbers that identify rather than count: phone numbers, ISO dates, account and serial numbers. */

// phone numbers, ISO dates, account and serial numbers: "+44 20 7946 0000", "2019-05-03", "1111-2222-3333"
const ID_RE = /(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\d,])|\d+(?:[-/]\d+){2,}/g;

/** The spans of text[from, to) that hold phone numbers, ISO dates or serial numbers. */
export function findIdSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  if (!/\d[ .\-/()]+\d/.test(slice)) return spans;
  ID_RE.lastIndex = 0;
  for (let m = ID_RE.exec(slice); m; m = ID_RE.exec(slice)) {
    const start = from + m.index;
    if (/\d/.test(text[start - 1] ?? "")) continue;
    // "10, 000" style thousands and "1 to 2" ranges never get here: they need three digit groups
    if (/^\d{2,4} \d{3} \d{3}$/.test(m[0]) && !/^0/.test(m[0])) continue;
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
}
