/** The quoted spans of a sentence: text between quotation marks of any common style. */

/** A quoted span found in a sentence; `inner` is the words between the marks. */
export interface QuotedSpan {
  inner: string;
  start: number;
  end: number;
}

// Opening mark → the closing marks that may end it (German „…“ and Swiss/French «…» included).
const PAIRS: Record<string, string> = {
  '"': '"',
  "“": "”“",
  "„": "“”",
  "«": "»",
  "»": "«",
  "‹": "›",
  "‘": "’",
  "‚": "‘’",
};

/**
 * Every quoted span of `text`, or `unbalanced` when an opening mark is never closed. A ‘single’ mark opens a quote
 * only at the start of a word (after a space or a bracket), so that apostrophes (it’s, the players’) are not quotes.
 */
export function quotedSpans(text: string): { spans: QuotedSpan[]; unbalanced: boolean } {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = text[i] as string;
    const closers = PAIRS[mark];
    const single = mark === "‘" || mark === "‚";
    if (!closers || (single && i > 0 && !/[\s([{—–-]/.test(text[i - 1] as string))) {
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (!closers.includes(text[j] as string)) continue;
      // A closing single mark followed by a letter is an apostrophe inside the quote.
      if (single && /\p{L}/u.test(text[j + 1] ?? "")) continue;
      close = j;
      break;
    }
    if (close < 0) return { spans, unbalanced: true };
    spans.push({ inner: text.slice(i + 1, close), start: i, end: close + 1 });
    i = close + 1;
  }
  return { spans, unbalanced: false };
}

/** Text compared "verbatim": whitespace runs as one space, typographic apostrophes and dashes as their plain forms. */
export function verbatimForm(text: string): string {
  return text.replace(/[’ʼ]/g, "'").replace(/[‐‑]/g, "-").replace(/\s+/g, " ").trim();
}
