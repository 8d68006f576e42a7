import { VERB_START } from "./headline-words.js";

// An aside between commas after a name: ", who was nominated for an Oscar," / ", the media firm owned by X," / ", known as X,".
const APPOSITIVE =
  /,\s+(?:who|which|whose|the|a|an|(?:one|two|three|both|all|each|part) of|(?:best |also |widely )?known|[a-z]+ed by|now|once|then)\s[^,]{3,100},\s+(?=[a-z])/g;
// A description between commas after the opening name, before the verb: "Dana Holt, singer and pianist with the Kelmouth band, has died".
const OPENING_APPOSITIVE = new RegExp(
  `^((?:[A-Z][\\w'’.-]*\\s)*[A-Z][\\w'’.-]*),\\s+[a-z][^,]{3,100},\\s+(?!to\\s)(?=${VERB_START.source.slice(1, -1)}\\s)`,
);
// An aside between two dashes, before the sentence goes on: "The fate of Velora - the ferry firm sold on Sunday - is unclear".
const DASHED_ASIDE = /\s+[-–—]+\s+(?:(?!\s[-–—]+\s).){3,120}?\s+[-–—]+\s+(?=[a-z])/g;
// A relative clause between commas, itself holding a list, before the main verb: ", who produced X, Y and Z, has died".
const RELATIVE_ASIDE =
  /,\s+(?:who|which)\s[^;:]{3,140}?,\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|says|said|[a-z]{3,}ed)\s)/g;
// Time phrases headlines leave out.
const TIME_PHRASE =
  /\s*\b(?:(?:on|by|from|until|since|last|this|next|early|late|earlier|later)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|(?:this|last|next) (?:week|month|year|weekend|morning|night|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|(?:on|in|by) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b(?:['’]s\b)?/gi;
// Spans of time a headline leaves out: "in recent months", "over the weekend", "for the first time in a decade".
const TIME_SPAN =
  /\s+(?:in|over|during|for) (?:the )?(?:(?:recent|past|last|coming|next) (?:few )?(?:days|weeks|months|years)|weekend|(?:first|second|third) time(?: in (?:a|an|\w+) (?:decade|year|month|week|generation|century|years|decades))?)\b/gi;

// A weekday opening a name, not a time: "Sunday Telegraph", "Monday Night Football".
const DAY_IN_NAME = /^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** A time phrase is dropped, but a bare weekday before a capitalised word is the start of a name and stays. */
function keepNamedDay(phrase: string, at: number, text: string): string {
  return DAY_IN_NAME.test(phrase) && /^\s+[A-Z]/.test(text.slice(at + phrase.length, at + phrase.length + 3)) ? phrase : "";
}

/** Drops what a headline leaves out of a lede: brackets, time phrases, and asides between commas or dashes. */
export function dropAsides(lede: string): string {
  let text = lede
    .replace(/\s*\([^()]*\)/g, "")
    .replace(TIME_PHRASE, keepNamedDay)
    .replace(TIME_SPAN, "");
  // Cheap looks first: most ledes have no dash and no relative clause to drop.
  if (/\s[-–—]/.test(text)) text = text.replace(DASHED_ASIDE, " ");
  if (/, wh/.test(text)) text = text.replace(RELATIVE_ASIDE, " ");
  text = text.replace(APPOSITIVE, " ").replace(OPENING_APPOSITIVE, "$1 ");
  return text;
}
