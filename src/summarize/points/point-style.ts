/** Surface rules for key points: what makes a sentence unfit, or weaker, as a stand-alone point. */

// Sentences that are not news: prompts, calls to action, teasers.
const NOT_NEWS =
  /^(?:(?:click|tap) (?:here|to|on)\b|scroll (?:down|up)\b|read more\b|(?:watch|listen)(?: now\b| live\b|:| to (?:the|our)\b)|follow (?:us|our|live|@)|sign up\b|subscribe (?:to|now|here)\b|share (?:this|on|via)\b|see also\b|related(?: articles| stories|:)|advertisement\b|(?:video|photos?|pictured):)|\b(?:click here|scroll down|for more (?:news|information),? visit)\b/i;

// Bylines and datelines: "By Jane Doe . PUBLISHED: 10:02 EST, 3 May 2014 | . UPDATED: ...".
const BYLINE = /^by\s+(?:[A-Z.][\w'’.-]*\s*){1,4}(?:\.|\||and\b|for\b)|\b(?:PUBLISHED|UPDATED|Last updated)\s*:/;

// Openers that lean on the sentence before: a connective, or a pronoun whose referent is elsewhere.
const LEANS_BACK =
  /^(?:but|however|and|or|so|yet|still|also|instead|meanwhile|moreover|furthermore|nevertheless|then)\b/i;
const PRONOUN = /^(?:it|this|that|these|those|they|he|she|his|her|their|there|such)\b/i;

// A quotation carrying the whole sentence: opens with a quote mark, or closes one and ends on the attribution.
const QUOTE_OPEN = /^["“‘']/;
const QUOTE_TAIL = /["”’],?\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:said|says|added|explained|told|wrote|insisted)\b[^"“”]{0,40}$/;

/** Whether a sentence should never be a key point: a teaser, a call to action, a byline or a question. */
export function isNotPoint(text: string, words: number): boolean {
  if (words < 6 || NOT_NEWS.test(text) || BYLINE.test(text)) return true;
  return /\?["”’]?$/.test(text);
}

/** A factor in (0, 1] for a sentence that needs context, is a bare quote, or is too short or too long to stand alone. */
export function styleFactor(text: string, words: number): number {
  let factor = 1;
  if (QUOTE_OPEN.test(text) || (process.env.QT !== "0" && QUOTE_TAIL.test(text))) factor *= Number(process.env.QF ?? 0.6);
  if (LEANS_BACK.test(text)) factor *= Number(process.env.LB ?? 0.8);
  if (PRONOUN.test(text)) factor *= Number(process.env.PR ?? 1);
  if (words < 8) factor *= 0.7;
  if (words > 45) factor *= 0.8;
  return factor;
}

/** Counts the words (runs of letters or digits) of a text. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return words;
}
