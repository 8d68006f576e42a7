import type { TextLayout } from "../spans.js";

/** The lede (one sentence) and the key points (verbatim sentences, best first). */
export interface Points {
  lede: string;
  points: string[];
}

/** How many key points a brief carries at most. */
export const MAX_POINTS = 5;

// Sentences that are not news: prompts, calls to action, teasers.
const NOT_NEWS =
  /^(?:(?:click|tap) (?:here|to|on)\b|scroll (?:down|up)\b|read more\b|(?:watch|listen)(?: now\b| live\b|:| to (?:the|our)\b)|follow (?:us|our|live|@)|sign up\b|subscribe (?:to|now|here)\b|share (?:this|on|via)\b|see also\b|related(?: articles| stories|:)|advertisement\b|(?:video|photos?|pictured):)|\b(?:click here|scroll down|for more (?:news|information),? visit)\b/i;

/** Picks the sentences that carry the story: early ones first, skipping teasers, questions and fragments. */
export function pickPoints(layout: TextLayout): Points {
  const scored: { text: string; score: number; index: number }[] = [];
  layout.sentences.forEach((sentence, index) => {
    const text = layout.text.slice(sentence.start, sentence.end).trim();
    const score = scoreSentence(text, scored.length);
    if (score > 0) scored.push({ text, score, index });
  });
  if (scored.length === 0) {
    const first = layout.sentences[0];
    const text = first ? layout.text.slice(first.start, first.end).trim() : "";
    return { lede: text, points: text ? [text] : [] };
  }
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const points = ranked.slice(0, MAX_POINTS).map((s) => s.text);
  return { lede: (scored[0] as { text: string }).text, points };
}

/** A sentence's worth as a key point: a position prior, raised by names and numbers, zero for non-news. */
function scoreSentence(text: string, rank: number): number {
  const words = countWords(text);
  if (words < 6 || NOT_NEWS.test(text)) return 0;
  // Questions and bare quotations ("We know where to look," she said) rarely carry the story.
  if (/\?["”’]?$/.test(text)) return 0;
  let score = 1 / (1 + 0.15 * rank);
  if (/^["“‘']/.test(text)) score *= 0.6;
  if (words > 45) score *= 0.8;
  if (/\d/.test(text)) score *= 1.08;
  if (/\s[A-Z][a-z]+\s[A-Z][a-z]+/.test(text)) score *= 1.05;
  return score;
}

function countWords(text: string): number {
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
