import type { NumberMention } from "./find-numbers.js";
import { wordBefore } from "./scan-words.js";

/** Numbers that are not figures: dates, years, times of day, parts of names, ages in apposition, idioms with "one". */

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_BEFORE_RE = new RegExp(`(?:\\b(?:${MONTH})\\.?|\\bMay|\\bmay(?= \\d))[ \\t]*(?:the[ \\t]+)?$`, "i");
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(?:(?:${MONTH})\\b|May\\b)`, "i");
const WEEKDAY_BEFORE_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*$/i;
const TIME_AFTER_RE = /^[ \t]?(?:[ap]\.?m\b\.?|o'clock|o’clock|(?:GMT|UTC|EDT|EST|PDT|PST|BST|CET)\b|h\d\d)/i;
const CLOCK_RE = /^[:.]\d\d(?!\d)/;
const YEAR_PREP_RE =
  /\b(?:in|since|from|until|till|by|of|between|and|to|year|circa|c\.|early|late|mid|before|after|during|through|fiscal|summer|winter|spring|autumn|fall|season)[ \t-]*$/i;
const QUANTITY_WORD_BEFORE_RE =
  /\b(?:about|some|nearly|almost|around|roughly|approximately|over|under|than|least|total of|only|just|employs|hired)[ \t]*$/i;
const PLURAL_AFTER_RE = /^[ \t]+(?:[a-z]+[ \t]+)?(?!years\b|days\b)[a-z]+s\b/;
const FUNCTION_WORDS = new Set(
  (
    "in on at about around over under some nearly almost just only than by to from with of for and or since until after before between " +
    "among all another the a an those these total roughly approximately exactly up down every each last next first here there are were " +
    "was is had has have least most more less fewer than top its their his her our your my it they we he she i you who which that this " +
    "when while if but as per plus minus into onto past through during against within without across toward towards like unlike near " +
    "estimated reported officials police say says said according nearly almost just some additional another further extra"
  ).split(" "),
);
const NAME_WORD_BEFORE_RE =
  /\b(?:category|level|stage|phase|grade|number|no\.|section|article|chapter|page|route|highway|interstate|exit|gate|platform|room|flight|seat|row|channel|season|episode|game|round|tier|class|type|version|model|unit|apartment|suite|district|ward|zone|figure|table|step|part|volume|issue|act|rule|title|form|code|line|division|leg|lot|block|terminal|track|pier|bay|lane|avenue|street|road|ref|id)[ \t]+$/i;
const CAPITALIZED_WORD_AFTER_RE = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
const PEOPLE_OR_NATION_RE = /(?:s|an|ese|ish|ch|i)$/;
const APPOSITIVE_AGE_BEFORE_RE = /\p{Lu}[\p{L}'’.-]*,[ \t]*$/u;
const ONE_BEFORE_RE =
  /\b(?:the|each|every|no|any|this|that|which|what|someone|anyone|everyone|last|such|same|every\s+single)[ \t]*$/i;
const ADJECTIVE_ONE_BEFORE_RE =
  /\b(?:the|this|that|a|an|each|every|any|another|which|what|his|her|their|its|our|my|your)[ \t]+[a-z][a-z-]*[ \t]+$/i;
const PRONOUN_AFTER_RE =
  /^[ \t]*(?:[.,;:!?)]|$|(?:in|on|at|of|to|for|from|by|during|with|and|or|but|who|which|that|is|was|were|are|has|have|had)\b)/i;
const THE_FEW_BEFORE_RE = /\bthe[ \t]+(?:(?:top|bottom|last|first|other|final|remaining|big|next|latter|former)[ \t]+)?$/i;
const CLAUSE_END_AFTER_RE =
  /^[ \t]*(?:[.,;:!?)]|$|(?:in|on|at|of|to|for|during|with|and|or|but|who|which|that|were|are|have|had)\b)/i;
const ONE_AFTER_RE =
  /^(?:[ \t]+(?:\d|can\b|could\b|would\b|should\b|must\b|might\b|may\b|has\b|is\b|was\b|another|by one|or (?:the )?other|of (?:us|them|you|those|these|which|whom)\b|day\b(?! (?:of|trip|visit))|thing\b|way\b|time\b|side\b|hand\b(?=,)|another)|[ \t]*[-–—][ \t]*on[ \t]*[-–—]?[ \t]*one|-(?:way|off|sided|stop|party|man|woman|size|liner|horse|hit|of-a-kind|to-one|on-one|upmanship|handed|note|piece|shot)\b)/i;
const HALF_BEFORE_RE = /\b(?:first|second|the|in|this|that|last|next|opening|closing|other|better|each)[ \t]+$/i;
const HALF_AFTER_RE =
  /^(?:-[\p{L}]|[ \t]+(?:time|term|century|decade|brother|sister|hour\b(?! of)|mast|way|past|marathon|court|volley|back)\b)/iu;

/** Why a mention is not a figure, or null when it is one. Looks only at the sentence text[from, to). */
export function notFigureReason(text: string, m: NumberMention, from: number, to: number): string | null {
  const before = text.slice(Math.max(from, m.start - 28), m.start);
  const after = text.slice(m.end, Math.min(to, m.end + 40));
  const plainInteger = m.words === 0 && !m.formatted && !m.fraction && typeof m.value === "number" && Number.isInteger(m.base);
  const bare = m.unit === null && m.scale === 1;

  // A day or a year next to a month; the month is looked for only around such numbers.
  const dayOrYear = m.base <= 31 || (m.base >= 1000 && m.base <= 2100);
  if (m.words === 0 && bare && dayOrYear && (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after))) return "date";
  if (m.words === 0 && bare && m.base <= 31 && WEEKDAY_BEFORE_RE.test(before)) return "date";
  const afterCore = text.slice(m.coreEnd, Math.min(to, m.coreEnd + 12));
  if (m.words === 0 && m.scale === 1 && (TIME_AFTER_RE.test(afterCore) || CLOCK_RE.test(afterCore))) return "time";
  if (m.words === 0 && m.scale === 1 && /\d[:]$/.test(text.slice(Math.max(from, m.coreStart - 3), m.coreStart))) return "time";
  if (plainInteger && bare && /^\d{4}$/.test(text.slice(m.coreStart, m.coreEnd))) {
    const year = m.base;
    if (year > 2100 && year < 3000 && YEAR_PREP_RE.test(before)) return "year";
    if (year >= 1900 && year <= 2100) {
      if (!(QUANTITY_WORD_BEFORE_RE.test(before) && PLURAL_AFTER_RE.test(after))) return "year";
    } else if (year >= 1000 && year < 1900 && (YEAR_PREP_RE.test(before) || /^[ \t]*(?:and|to|[-–])[ \t]*\d{4}\b/.test(after)))
      return "year";
  }
  if (plainInteger && bare && /^0\d/.test(text.slice(m.coreStart, m.coreEnd))) return "code";
  if (plainInteger && bare && m.base >= 1e9) return "code";
  if (plainInteger && bare) {
    const previous = wordBefore(text, from, m.start)?.word;
    const word = previous && /\p{Lu}/u.test(previous) ? previous : undefined;
    if (word && !FUNCTION_WORDS.has(word.toLowerCase()) && !startsSentence(text, from, m.start, word)) return "name";
    const next = CAPITALIZED_WORD_AFTER_RE.exec(after)?.[1];
    if (NAME_WORD_BEFORE_RE.test(before)) return "name";
    if (next && isNameAfter(after, next)) return "name";
    // "1 )", "2 )": items of a list
    if (m.base < 20 && /^[ \t]?\)/.test(after) && !/\([ \t]?$/.test(before)) return "list";
    if (m.base <= 120 && after.startsWith(",") && APPOSITIVE_AGE_BEFORE_RE.test(before)) return "age";
  }
  if (m.words === 1 && m.value === 1 && bare && !m.fraction) {
    if (ONE_BEFORE_RE.test(before) || ONE_AFTER_RE.test(after) || /^[ \t]*(?:[.,;:!?)]|$)/.test(after)) return "idiom";
    // "the decisive one from", "a bigger one that": a pronoun after a determiner and an adjective
    if (ADJECTIVE_ONE_BEFORE_RE.test(before) && PRONOUN_AFTER_RE.test(after)) return "pronoun";
    // "if one adds"
    if (/\b(?:if|when|unless|as|so|that)[ \t]+$/i.test(before) && /^[ \t]+[a-z]+s\b/.test(after)) return "idiom";
  }
  // "Page Six", "BBC One", "Formula One": a capitalized number word inside a sentence is a name
  if (m.words > 0 && bare && /^\p{Lu}/u.test(text.slice(m.coreStart, m.coreStart + 1)) && text.slice(from, m.start).trim() !== "")
    return "name";
  // "at one point"
  if (m.words === 1 && m.value === 1 && /\bat[ \t]+$/i.test(before) && /^one[ \t]+point\b/i.test(text.slice(m.start, m.end + 1)))
    return "idiom";
  // "Two, disrupt the networks. Three, ...": items of a list
  if (m.words > 0 && bare && text.slice(from, m.start).trim() === "" && /^[ \t]*[,:]/.test(after)) return "list";
  if (m.words > 0 && bare && !m.plural && THE_FEW_BEFORE_RE.test(before) && CLAUSE_END_AFTER_RE.test(after)) return "idiom";
  if (m.fraction && m.words === 1 && text.slice(m.coreStart, m.coreEnd).toLowerCase() === "half") {
    if (HALF_BEFORE_RE.test(before) || HALF_AFTER_RE.test(after)) return "idiom";
  }
  return null;
}

// "575 Baker Street", "737 Max", "90049 ZIP Code" are names; "35 Premier League games", "7 European countries",
// "13 NHS workers" and "5 Americans" are counts.
function isNameAfter(after: string, next: string): boolean {
  if (PEOPLE_OR_NATION_RE.test(next)) return false;
  // "737 MAX 9", "90049 ZIP Code"
  if (/^[A-Z]{2,}s?$/.test(next) && /^[ \t]+[A-Z]{2,}s?[ \t]+(?:\d|\p{Lu}\p{Ll}+(?<!s)\b)/u.test(after)) return true;
  const rest = /^[ \t]+(?:[\p{Lu}\d][\p{L}\d'’-]*[ \t]+){1,3}/u.exec(after);
  if (rest && /^[a-z][a-z-]*s\b/.test(after.slice(rest[0].length))) return false;
  return !/^[A-Z]{2,}s?$/.test(next);
}

function startsSentence(text: string, from: number, at: number, word: string): boolean {
  const head = text.slice(from, at).trimStart();
  return head.startsWith(word) && head.slice(word.length).trim() === "";
}
