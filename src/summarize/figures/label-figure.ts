import type { Span } from "../spans.js";
import { LY_ADJECTIVES, STOP_WORDS } from "./label-words.js";
import { tokenBefore, wordBefore } from "./scan-words.js";
import { looksPlural, singularNoun } from "./singular-noun.js";
import { eventBefore, subjectBefore } from "./subject-before.js";
import type { UnitKind } from "./units.js";

const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion".split(
    " ",
  ),
);
const DETERMINERS = new Set("a an the its their his her our your my this that each every one".split(" "));
const PARTICIPLE_RE =
  /^[ \t]+(?:more[ \t]+)?(?:(?:were|was|have been|had been|has been|have|has|had|are|is|been|being|got|get)[ \t]+)?(?:(?:reportedly|confirmed|believed|feared|also|already|still)[ \t]+)?(killed|dead|died|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|rescued|infected|hospitali[sz]ed|affected|stranded|trapped|held|freed|released|deported|executed|fired|laid off|sacked)\b/i;
const OF_AFTER_RE = /^[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our|all|those|these|a|an|this|that|whom|which)[ \t]+)*/i;
const IN_AFTER_RE = /^[ \t]+in[ \t]+(?=[a-z])/;
// After an article and a quantity a noun phrase must follow, so words that are verbs elsewhere ("prices rise 5%") are
// nouns there: "a 6.5% rise", "a 12% gain", "a 3% pay rise", "a 5% year-on-year fall".
const CHANGE_NOUN_AFTER_RE =
  /^[ \t]+((?:(?:pay|price|wage|fare|rent|tax|sales|share|annual|monthly|weekly|quarterly|[a-z]+-on-[a-z]+)[ \t]+)?(?:rise|fall|gain|drop|cut|hit|win|cost|pay|climb|slide|jump|leap|dip|slump|raise))(?![\p{L}-])/iu;

// A word of a noun phrase ("U.S.", "people"), with the spaces after it when another word follows.
const NOUN_WORD_RE = /((?:\p{L}\.){2,}|[\p{L}][\p{L}\p{M}'’&-]*)([ \t]+(?=[\p{L}]))?/uy;

const NOUN_AFTER_ADJECTIVE_RE = /(?:people|men|women|children|staff|police|troops|[a-z]+s)(?![\p{L}])/uy;

/** True when the -ly or -ed word `lower` is an adjective: a plural noun follows at `next` ("daily commuters"). */
function adjectiveBeforeNoun(text: string, lower: string, next: number, to: number): boolean {
  if (next < 0 || (lower.endsWith("ly") && !LY_ADJECTIVES.has(lower))) return false;
  NOUN_AFTER_ADJECTIVE_RE.lastIndex = next;
  const m = NOUN_AFTER_ADJECTIVE_RE.exec(text);
  return m !== null && next + m[0].length <= to && !STOP_WORDS.has(m[0]);
}

/** A noun phrase read, and the text and range it was read in. */
interface ReadPhrase {
  text: string;
  at: number;
  to: number;
  phrase: NounPhrase;
}
/** A noun phrase as written, and where it ends. */
interface NounPhrase {
  phrase: string;
  end: number;
}
// A bare count's unit and label read the same phrase after it, one right after the other: the last one read is kept.
let lastRead: ReadPhrase | null = null;

/** The noun phrase starting right after `at` ("people" in "137 people were killed"), cut at the first stop word. */
function nounPhraseAfter(text: string, at: number, to: number): NounPhrase {
  const last = lastRead;
  if (last !== null && last.at === at && last.to === to && last.text === text) return last.phrase;
  const phrase = readNounPhrase(text, at, to);
  lastRead = { text, at, to, phrase };
  return phrase;
}

function readNounPhrase(text: string, at: number, to: number): NounPhrase {
  // "two more embryos"
  // "two more embryos", "a 6,000-metre-long kite"
  const lead =
    /^[ \t]*(?:-(?:long|wide|high|tall|deep|thick|strong|plus)?[ \t]*)?(?:(?:more|other|additional|extra|further)[ \t]+(?=[\p{L}]))?/u.exec(
      text.slice(at, to),
    )?.[0].length ?? 0;
  const re = NOUN_WORD_RE;
  re.lastIndex = at + lead;
  const words: string[] = [];
  let end = at;
  const limit = Math.min(to, at + 80);
  while (words.length < 4 && re.lastIndex < limit) {
    const start = re.lastIndex;
    const m = re.exec(text);
    const word = m?.[1];
    if (!word || start + word.length > to) break;
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || NUMBER_WORDS.has(lower)) break;
    if (words.length > 0 && /(?:ed|ing)$/.test(lower) && !/ing$/.test(words[words.length - 1] ?? "")) break;
    // "daily commuters", "armed men": an adjective in -ly or -ed only when a noun follows it
    if (words.length === 0 && /(?:ed|ly)$/.test(lower) && !adjectiveBeforeNoun(text, lower, m?.[2] ? re.lastIndex : -1, to))
      break;
    words.push(word);
    end = start + word.length;
    if (!m?.[2]) break;
  }
  return { phrase: words.join(" "), end };
}

// "the blast killed 14 people": the verb before a count says what happened to it
const ACTIVE_VERBS: ReadonlyMap<string, string> = new Map(
  [
    "kill",
    "injure",
    "wound",
    "evacuate",
    "displace",
    "arrest",
    "detain",
    "rescue",
    "infect",
    "strand",
    "trap",
    "free",
    "release",
    "deport",
  ].flatMap((stem) => {
    const past = stem.endsWith("e") ? `${stem}d` : `${stem}ed`;
    const ing = stem.endsWith("e") ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
    return [
      [past, past],
      [`${stem}s`, past],
      [ing, past],
    ] as const;
  }),
);

// Words between such a verb and its count: "killed at least 14", "injured more than 30".
const BEFORE_COUNT = new Set([
  "at",
  "least",
  "some",
  "about",
  "nearly",
  "almost",
  "around",
  "more",
  "than",
  "over",
  "up",
  "to",
  "another",
]);

function activeVerbBefore(text: string, from: number, at: number): string | undefined {
  let step = tokenBefore(text, from, at);
  for (let n = 0; step && n < 3; n++, step = tokenBefore(text, from, step.next)) {
    const lower = step.token.text.toLowerCase();
    const verb = ACTIVE_VERBS.get(lower);
    if (verb) return verb;
    if (!BEFORE_COUNT.has(lower)) return undefined;
  }
  return undefined;
}

const ON_AFTER_RE =
  /^[ \t]+(?:on|in|into)[ \t]+(?:(?:the|a|an|its|their|his|her|our|more|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)[ \t]+)*/i;
const SPENDING_VERBS = new Set(
  "spend spends spent spending invest invests invested investing pour pours poured pouring splash splashed".split(" "),
);

/** True when a spending verb comes right before the amount ("spend between", "invested about"). */
function spendingBefore(text: string, from: number, at: number): boolean {
  let step = tokenBefore(text, from, at);
  for (let n = 0; step && n < 4; n++, step = tokenBefore(text, from, step.next)) {
    const lower = step.token.text.toLowerCase();
    if (SPENDING_VERBS.has(lower)) return true;
    if (!BEFORE_COUNT.has(lower) && lower !== "between" && lower !== "another") return false;
  }
  return false;
}

function previousWord(text: string, from: number, at: number): string {
  return wordBefore(text, from, at)?.word.toLowerCase() ?? "";
}

// Never the last word of a label: "after", "ago", "than" say nothing about what a figure counts.
const TRAILING_FUNCTION_WORDS = new Set(
  "after before ago later earlier than of for by to in on at from with into onto about as per via and or but the a an".split(" "),
);

/** The label without function words at its end ("" when nothing else is left). */
export function tidyLabel(label: string): string {
  let end = label.length;
  for (;;) {
    const space = label.lastIndexOf(" ", end - 1);
    if (end === 0 || !TRAILING_FUNCTION_WORDS.has(label.slice(space + 1, end).toLowerCase())) break;
    end = Math.max(0, space);
  }
  return end === label.length ? label : label.slice(0, end);
}

/**
 * What a figure counts or measures: the noun phrase after a count ("people killed"), the noun a measure qualifies
 * ("a 25% premium", "a two-day visit"), what a share is of ("5% of its workforce"), else the subject it is about.
 */
export function labelFigure(
  text: string,
  span: Span,
  kind: UnitKind | null,
  from: number,
  to: number,
  others: readonly Span[] = [],
): string {
  return tidyLabel(rawLabel(text, span, kind, from, to, others));
}

function rawLabel(text: string, span: Span, kind: UnitKind | null, from: number, to: number, others: readonly Span[]): string {
  const after = text.slice(span.end, Math.min(to, span.end + 80));
  if (kind === null || kind === "times") {
    const of = OF_AFTER_RE.exec(after);
    const number = of ? /^[\d.,]+[ \t]+(?:(?:million|billion|thousand)[ \t]+)?/.exec(after.slice(of[0].length)) : null;
    const noun = nounPhraseAfter(text, span.end + (of?.[0].length ?? 0) + (number?.[0].length ?? 0), to);
    const participle = PARTICIPLE_RE.exec(text.slice(noun.end, to))?.[1] ?? activeVerbBefore(text, from, span.start);
    if (!noun.phrase) return participle ?? subjectBefore(text, from, span.start, others);
    return participle ? `${noun.phrase} ${participle}` : noun.phrase;
  }
  if (kind === "time" || kind === "age") {
    const pp = /^[ \t]+(?:in|of|behind)[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]+)?/i.exec(after);
    const noun = pp ? nounPhraseAfter(text, span.end + pp[0].length, to) : null;
    if (noun?.phrase) return noun.phrase;
  }
  if (kind === "time" && !/^-/.test(after) && !DETERMINERS.has(previousWord(text, from, span.start))) {
    // "stay closed for six weeks", "took charge eight months ago": the event a duration measures
    const event = eventBefore(text, from, span.start, others);
    if (event) return event;
  }
  const of = OF_AFTER_RE.exec(after);
  if (of) {
    // "5% of its workforce", "4kg of cocaine", "half of the 650 MPs"
    const number = /^[\d.,]+[ \t]+(?:(?:million|billion|thousand)[ \t]+)?/.exec(after.slice(of[0].length));
    const noun = nounPhraseAfter(text, span.end + of[0].length + (number?.[0].length ?? 0), to);
    if (noun.phrase) return noun.phrase;
  }
  if (kind === "money") {
    // "spend between $3bn and $4bn on two new factories": what the money is spent on
    const on = ON_AFTER_RE.exec(after);
    const noun = on && spendingBefore(text, from, span.start) ? nounPhraseAfter(text, span.end + on[0].length, to) : null;
    if (noun?.phrase) return noun.phrase;
  }
  const inMatch = kind === "money" ? IN_AFTER_RE.exec(after) : null;
  const afterArticle = DETERMINERS.has(previousWord(text, from, span.start));
  const change = afterArticle && !inMatch ? CHANGE_NOUN_AFTER_RE.exec(after) : null;
  if (change?.[1]) return change[1];
  const qualifies = inMatch || /^-/.test(after) || afterArticle;
  if (qualifies) {
    const direct = nounPhraseAfter(text, span.end + (inMatch?.[0].length ?? 0), to);
    if (direct.phrase) return direct.phrase;
  }
  return subjectBefore(text, from, span.start, others);
}

// Words that may follow the counted noun inside the phrase found, but are not part of it ("units whilst", "users mostly").
const NOT_NOUN_RE = /(?:ly|whilst|behind|ahead|alone|together|each)$/;

/**
 * The unit of a bare count: the noun phrase counted right after the number, lower case, its head noun singular
 * ("40,000 daily commuters" → "daily commuter", "three homes" → "home"); null when no noun follows.
 */
export function countedNoun(text: string, span: Span, to: number): string | null {
  const words = nounPhraseAfter(text, span.end, to).phrase.toLowerCase().split(" ").filter(Boolean);
  // the head is the first plural word ("fighter jets"), else the last word that is not an adverb
  let head = words.findIndex((w, i) => looksPlural(w) && !(i + 1 < words.length && /^(?:'s|’s)$/.test(w)));
  if (head < 0) {
    head = words.length - 1;
    while (head > 0 && NOT_NOUN_RE.test(words[head] ?? "")) head--;
  }
  const noun = words[head];
  if (noun === undefined || NOT_NOUN_RE.test(noun) || !/^\p{L}/u.test(noun)) return null;
  return [...words.slice(0, head), singularNoun(noun)].join(" ");
}
