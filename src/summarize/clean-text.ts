import type { Span } from "./spans.js";

// Paragraphs that are page furniture, not news: bylines, captions, credits, footers, counters, share prompts.
const BOILERPLATE_START =
  /^(?:posted by\b|written by\b|reporting by\b|editing by\b|additional reporting\b|this article (?:has been|was) (?:posted|published|written)\b|for (?:queries|inquiries|enquiries)\b|contact us\b|(?:please )?(?:share|tweet|email|print) (?:this|on)\b|share this\b|follow us\b|sign up\b|subscribe (?:to|now)\b|click here\b|read more\b|related:|related (?:stories|articles|coverage)\b|advertisement$|copyright\b|©|all rights reserved\b|image (?:copyright|caption|source)\b|photo(?:graph)?:|picture:|media caption\b)/i;
const BYLINE = /^(?:By|BY|by)\s+[A-Z][\w.'-]*(?:,?\s+(?:[A-Z][\w.'-]*|and|&))*\s*(?:[|–—-]\s*.*)?$/;
const COMMENT_COUNTER = /^(?:no|\d+)\s+comments?\.?$|^(?:leave|post|add) a comment\.?$|^comments?\s*\(\d+\)$/i;
const PHOTO_CREDIT =
  /\((?:photo|image|picture|pic|credit|video)s?\b[^()]*\)\s*$|\((?:[A-Z][\w.' -]*\/\s*)?(?:AFP|AP|Reuters|Getty Images|EPA|PA|Shutterstock|Bloomberg)(?: via Getty Images)?\)\s*$/i;
// An agency dateline opening a paragraph: "(CNN)", "Washington (CNN) -- ", "LONDON (Reuters) - ".
const DATELINE =
  /^(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3},?\s*)?\((?:CNN|CNN Money|Reuters|AP|AFP|The Hollywood Reporter|EW\.com|Mashable)\)\s*(?:[-–—]+\s*)?/;
const EMAIL = /\[email[\s\u00a0]protected\]|\b[\w.+-]+@[\w-]+\.[\w.]+\b/i;

/** Splits the text into paragraphs and drops those that are bylines, captions, credits, footers or prompts. */
export function cleanText(text: string): Span[] {
  const kept: Span[] = [];
  const paragraph = /[^\n]+/g;
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    const dateline = DATELINE.exec(text.slice(start, Math.min(end, start + 80)));
    if (dateline && dateline[0].length < end - start) start += dateline[0].length;
    if (isBoilerplate(text.slice(start, end))) continue;
    kept.push({ start, end });
  }
  return kept;
}

/** True for a paragraph that is page furniture rather than part of the story. */
export function isBoilerplate(paragraph: string): boolean {
  if (COMMENT_COUNTER.test(paragraph)) return true;
  if (paragraph.length < 120 && BYLINE.test(paragraph)) return true;
  if (paragraph.length < 400 && BOILERPLATE_START.test(paragraph)) return true;
  if (PHOTO_CREDIT.test(paragraph)) return true;
  // Contact footers: an address in a short paragraph that quotes no one (the "@" check skips the costly pattern).
  const hasAddress = (paragraph.includes("@") || paragraph.includes("[email")) && EMAIL.test(paragraph);
  if (paragraph.length < 300 && hasAddress && !/[“”"]/.test(paragraph)) return true;
  return false;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x200b;
}
