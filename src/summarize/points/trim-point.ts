/** Shortens a long key point to its main clause: the trailing clauses of a news sentence carry detail, not the news. */

/** Words a key point after the first keeps at most, where a clause break allows (a news bullet runs 10–20 words). */
export const POINT_WORDS = 25;

// The main clause before a cut must stand as a sentence of its own: a subject, a verb and what they act on.
const MIN_HEAD_WORDS = 8;

// Where a trailing clause starts: a comma before a relative pronoun, a subordinating conjunction, a coordinating one
// starting a new clause, an attribution ("according to"), a preposition opening a free modifier, or a participle
// (", saying ...", ", prompting ..."); a dash or a semicolon before an aside. The match starts at the punctuation.
const OPENERS =
  "who|whom|whose|which|where|when|while|whilst|after|before|as|because|although|though|since|until|unless|once|" +
  "if|despite|amid|including|according|but|and|with|without|so|yet|than";
const BREAK = new RegExp(`,\\s+(?=(?:${OPENERS})\\b|[a-z]{2,}ing\\b)|\\s+(?:--|-|–|—)\\s+|;\\s+`, "g");
const OPENER_WORD = new RegExp(`^(?:(?:${OPENERS})\\b|[a-z]{2,}ing\\b)`);

// Words: runs of non-space characters holding a letter or a digit (a dash is no word), counted without splitting the
// text. Never more than WordIndex counts in the same text, so a sentence it finds short is short here too.
function wordCount(text: string): number {
  let count = 0;
  // Whether the current run of non-space characters is counted already.
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) counted = false;
    else if (
      !counted &&
      ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 191)
    ) {
      count++;
      counted = true;
    }
  }
  return count;
}

// Whether every quotation and bracket opened in `head` is closed in it: a cut inside a quotation would misquote.
function isBalanced(head: string): boolean {
  let straight = 0;
  let curly = 0;
  let single = 0;
  let brackets = 0;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (ch === '"') straight ^= 1;
    else if (ch === "“") curly++;
    else if (ch === "”") curly--;
    else if (ch === "(" || ch === "[") brackets++;
    else if (ch === ")" || ch === "]") brackets--;
    else if (ch === "'" || ch === "‘" || ch === "’") {
      // A single mark between letters is an apostrophe ("don't"); one opening a word opens a quotation, one after a
      // letter or punctuation and before a space or the end closes it.
      const before = head[i - 1] ?? " ";
      const after = head[i + 1] ?? " ";
      const letterBefore = /[\p{L}\p{N}]/u.test(before);
      const letterAfter = /[\p{L}\p{N}]/u.test(after);
      if (letterBefore && letterAfter) continue;
      if (!letterBefore && letterAfter && ch !== "’" && /[\s([]/.test(before)) single++;
      else if (single > 0 && !letterAfter && /[\s,.;:!?)]/.test(after)) single--;
    }
  }
  return straight === 0 && curly === 0 && single === 0 && brackets === 0;
}

// Words that open a noun phrase or a trailing modifier: after the comma closing a clause, they start an appositive, a
// list item or another aside, not the rest of the main clause.
const NOUN_PHRASE_WORD =
  /^(?:instead|rather|not|especially|particularly|mainly|mostly|largely|the|a|an|his|her|its|their|our|my|your|these|those|some|many|all|both|each|every|another|several|no|one|two|three|four|five|six|seven|eight|nine|ten)\b/;

const CLOSING = /,\s+|\s+(?:--|–|—)\s+/g;

// Where the clause opened at a break closes with the main clause going on after it ("The singer, who lives in Leeds,
// said ...", "Bader – who lost his legs in 1931 – was shot down"): the offset in `sentence` of the closing comma or
// dash, or -1 when the clause runs to the end, or what follows its closing comma is a list item, an appositive, a
// name or another trailing clause.
function embeddedEnd(sentence: string, from: number): number {
  CLOSING.lastIndex = from;
  const next = CLOSING.exec(sentence);
  if (!next) return -1;
  const after = sentence.slice(next.index + next[0].length);
  if (!/^[a-z]/.test(after) || OPENER_WORD.test(after) || NOUN_PHRASE_WORD.test(after)) return -1;
  if (/^\S+(?:,|\s+(?:and|or)\s)/.test(after)) return -1;
  return next.index;
}

/**
 * The sentence cut at its last clause break that leaves at most POINT_WORDS words (else at its first), ended with a
 * full stop; the sentence itself when it is short enough, or when no break leaves a full main clause outside quotes.
 */
export function trimPoint(sentence: string): string {
  if (wordCount(sentence) <= POINT_WORDS) return sentence;
  let first = -1;
  let last = -1;
  // The end of a clause found embedded: the punctuation closing it is no place to cut either.
  let skipTo = -1;
  BREAK.lastIndex = 0;
  for (let match = BREAK.exec(sentence); match; match = BREAK.exec(sentence)) {
    if (match.index < skipTo) continue;
    const closing = embeddedEnd(sentence, match.index + match[0].length);
    if (closing >= 0) {
      skipTo = closing + 1;
      continue;
    }
    const head = sentence.slice(0, match.index);
    const words = wordCount(head);
    if (words < MIN_HEAD_WORDS || !isBalanced(head)) continue;
    if (words > POINT_WORDS && first >= 0) break;
    if (first < 0) first = match.index;
    if (words <= POINT_WORDS) last = match.index;
  }
  const at = last >= 0 ? last : first;
  if (at < 0) return sentence;
  const head = sentence.slice(0, at).replace(/[\s,;:–—-]+$/, "");
  return /[.!?]$/.test(head) ? head : `${head}.`;
}
