/** Surface rules for key points: what makes a sentence unfit, or weaker, as a stand-alone point. */

// Sentences that are not news: prompts, calls to action, teasers.
const NOT_NEWS =
  /^(?:(?:click|tap) (?:here|to|on)\b|scroll (?:down|up)\b|read more\b|(?:watch|listen)(?: now\b| live\b|:| to (?:the|our)\b)|follow (?:us|our|live|@)|sign up\b|subscribe (?:to|now|here)\b|share (?:this|on|via)\b|see also\b|related(?: articles| stories|:)|advertisement\b|(?:video|photos?|pictured):)|\b(?:click here|scroll down|for more (?:news|information),? visit)\b/i;

// Bylines and datelines: "By Jane Doe . PUBLISHED: 10:02 EST, 3 May 2014 | . UPDATED: ...".
const BYLINE = /^(?:By\s+(?:[A-Z][\w'’.-]*\s+){0,4}[.|](?:\s|$)|[\s.|]*(?:PUBLISHED|UPDATED|Last updated)\s*:)/;

// A quotation carrying the whole sentence: opens with a quote mark, or closes one and ends on the attribution.
const QUOTE_OPEN = /^["“‘']/;
const QUOTE_TAIL = /[,.!?]["”’]\s+(?:[\w'’.-]+\s+){0,3}(?:said|says|added|explained|told|wrote|insisted)\b[^"“”]{0,40}$/;

// Photo captions run into the text: "Pat, 69, pictured left, ...", "The mill (above) ...".
const CAPTION = /\bpictured\b|\((?:left|right|centre|center|above|below|top|bottom|inset|file photo)\)/i;

// Teasers that promise the story instead of telling it ("Here's why ...", "Here is all you need to know ...") and
// sentences about the page rather than the news ("The video is at the top of this story.", "Watch the video: ...").
const TEASER_START = /^(?:here(?:'s|’s| is| are) (?:how|why|what|all|everything)|watch the (?:video|clip|interview))\b/i;
const PAGE_MEDIA = /\b(?:video|clip|gallery)(?: [\w'’]+){0,4} (?:is|can be seen|appears) (?:at the top|above|below)\b/;

// A note about the page's media is one short sentence.
const PAGE_NOTE_WORDS = 15;

// Tested on every sentence: the regular expressions run only where their first letter or their length allows.
function isTeaser(text: string, words: number): boolean {
  const first = text.charCodeAt(0) | 32;
  if ((first === 104 || first === 119) && TEASER_START.test(text)) return true;
  return words <= PAGE_NOTE_WORDS && PAGE_MEDIA.test(text);
}

/** Whether a sentence should never be a key point: a teaser, a call to action, a byline or a question. */
export function isNotPoint(text: string, words: number): boolean {
  if (words < 6 || NOT_NEWS.test(text) || BYLINE.test(text) || isTeaser(text, words)) return true;
  return /\?["”’]?$/.test(text);
}

/** A factor in (0, 1] for a sentence that is a bare quote, a photo caption, or too short or too long to stand alone. */
export function styleFactor(text: string, words: number): number {
  let factor = 1;
  if (QUOTE_OPEN.test(text) || QUOTE_TAIL.test(text)) factor *= 0.8;
  if ((text.includes("ictured") || text.includes("(")) && CAPTION.test(text)) factor *= 0.7;
  if (words < 8) factor *= 0.7;
  if (words > 45) factor *= 0.8;
  return factor;
}
