import type { Span } from "../spans.js";
import { tokenBefore, wordBefore } from "./scan-words.js";
import type { UnitKind } from "./units.js";

/** Words that end a noun phrase, or are skipped while looking back for the subject a figure is about. */
const STOP_WORDS = new Set(
  (
    "a an the this that these those its their his her our your my it they them he she we i you who whom whose which what " +
    "in on at of to for from with by into onto over under about around after before since during until than as per via " +
    "and or but nor so yet while whereas if because although though when where how why versus vs " +
    "is are was were be been being am has have had having do does did will would could can may might must shall should " +
    "not no also already now still just only even more most less least some any all each every both either neither " +
    "up down out off nearly almost roughly approximately exactly barely " +
    "said says say told according reported reportedly expected expects estimate estimates estimated " +
    "rose fell grew rise rises fall falls gain gains grow grows lost lose loses hit hits won win wins cost costs paid pay pays " +
    "worth valued priced reached totaled totalled totaling totalling amounted stood stands stand closed ended finished opened " +
    "sank sink slid slide climb climbs surged soared tumbled plunged jumped dropped declined advanced added increased decreased " +
    "another other such there here then like unlike plus minus fewer past last next this year years " +
    "long tall wide high deep away old thick apart later earlier ago get gets got go goes went make makes made take takes took " +
    "whopping staggering record total average almost left through across along within without toward towards beyond below above " +
    "between among against despite struck took came went saw began became ran put set kept brought bought sold spent found felt " +
    "met led sent built wrote broke spoke chose drove flew threw drew shot fought caught sought " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);
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

// A word of a noun phrase ("U.S.", "people"), with the spaces after it when another word follows.
const NOUN_WORD_RE = /((?:\p{L}\.){2,}|[\p{L}][\p{L}\p{M}'’&-]*)([ \t]+(?=[\p{L}]))?/uy;

/** The noun phrase starting right after `at` ("people" in "137 people were killed"), cut at the first stop word. */
function nounPhraseAfter(text: string, at: number, to: number): { phrase: string; end: number } {
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
    if (words.length === 0 && /(?:ed|ly)$/.test(lower)) break;
    words.push(word);
    end = start + word.length;
    if (!m?.[2]) break;
  }
  return { phrase: words.join(" "), end };
}

/** The subject a figure is about, read backwards from `at` ("Nvidia" in "Nvidia advanced 8%"), skipping other figures. */
function subjectBefore(text: string, from: number, at: number, skip: readonly Span[]): string {
  const words: string[] = [];
  // At most 14 tokens back, read one at a time: most subjects end after a few.
  let step = tokenBefore(text, from, at);
  for (let n = 0; step && n < 14; n++, step = tokenBefore(text, from, step.next)) {
    const { token } = step;
    if (words.length >= 4) break;
    const lower = token.text.toLowerCase();
    const inFigure = skip.some((s) => token.start >= s.start && token.start < s.end);
    const skippable =
      inFigure ||
      token.kind !== "word" ||
      STOP_WORDS.has(lower) ||
      lower.endsWith("ed") ||
      lower.endsWith("ing") ||
      lower.length === 1;
    if (words.length === 0) {
      if (token.text === "." || token.text === ";" || token.text === ":" || token.text === "!" || token.text === "?") break;
      if (skippable) continue;
    } else if (skippable) break;
    words.unshift(token.text);
  }
  return words.join(" ");
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

function previousWord(text: string, from: number, at: number): string {
  return wordBefore(text, from, at)?.word.toLowerCase() ?? "";
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
  const after = text.slice(span.end, Math.min(to, span.end + 80));
  const subject = () => subjectBefore(text, from, span.start, others);
  if (kind === null || kind === "times") {
    const of = OF_AFTER_RE.exec(after);
    const number = of ? /^[\d.,]+[ \t]+(?:(?:million|billion|thousand)[ \t]+)?/.exec(after.slice(of[0].length)) : null;
    const noun = nounPhraseAfter(text, span.end + (of?.[0].length ?? 0) + (number?.[0].length ?? 0), to);
    const participle = PARTICIPLE_RE.exec(text.slice(noun.end, to))?.[1] ?? activeVerbBefore(text, from, span.start);
    if (!noun.phrase) return participle ?? subject();
    return participle ? `${noun.phrase} ${participle}` : noun.phrase;
  }
  if (kind === "time") {
    // "two years later", "three days ago"
    const relative = /^[ \t]+(ago|later|earlier|before|after|on)\b/i.exec(after);
    if (relative?.[1]) return relative[1].toLowerCase();
  }
  if (kind === "time" || kind === "age") {
    const pp = /^[ \t]+(?:in|of|behind)[ \t]+(?:(?:the|a|an|his|her|their|its)[ \t]+)?/i.exec(after);
    const noun = pp ? nounPhraseAfter(text, span.end + pp[0].length, to) : null;
    if (noun?.phrase) return noun.phrase;
  }
  const of = OF_AFTER_RE.exec(after);
  if (of) {
    // "5% of its workforce", "4kg of cocaine", "half of the 650 MPs"
    const number = /^[\d.,]+[ \t]+(?:(?:million|billion|thousand)[ \t]+)?/.exec(after.slice(of[0].length));
    const noun = nounPhraseAfter(text, span.end + of[0].length + (number?.[0].length ?? 0), to);
    if (noun.phrase) return noun.phrase;
  }
  const inMatch = kind === "money" ? IN_AFTER_RE.exec(after) : null;
  const qualifies = inMatch || /^-/.test(after) || DETERMINERS.has(previousWord(text, from, span.start));
  if (qualifies) {
    const direct = nounPhraseAfter(text, span.end + (inMatch?.[0].length ?? 0), to);
    if (direct.phrase) return direct.phrase;
  }
  return subject();
}
