import type { TextLayout } from "../spans.js";
import { cleanTitle } from "./clean-title.js";
import { useAcronyms } from "./headline-acronym.js";
import { dropAsides } from "./headline-asides.js";
import { compressWords, MODAL, NUMBER_MARK, PASSIVE, PLURAL } from "./headline-compress.js";
import { isCompleteAt } from "./headline-cut.js";
import { countMentions } from "./headline-mentions.js";
import { dropSubjectRelative } from "./headline-relative.js";
import { useShortForms } from "./headline-style.js";
import { putOwnerFirst } from "./headline-subject.js";
import { ADJECTIVE, FUNCTION_WORD, NATIONALITY, ORG_WORD, PLACE_WORD, RANK, VERB_START } from "./headline-words.js";
import { presentOf } from "./present-tense.js";

/** The longest headline newsbrief writes, in words. */
export const MAX_HEADLINE_WORDS = 14;
// The longest headline written from a lede before salience trims it.
const DEFAULT_WORDS = 12;
// A long headline may be cut before a phrase only after this many words.
const CUT_MIN = 8;
// Superlatives: "highest", "biggest", "worst".
const SUPERLATIVE = /^(?:[a-z]{2,}est|best|worst|most|least)$/;
// Auxiliaries and modals, which are verbs after any noun: "phone in your home could".
const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)$/;
// The most words before a main verb worth looking for.
const MAX_SUBJECT_WORDS = 9;
// Ordinals and short adjectives the endings above miss, which a headline cannot end on before their noun.
const PLAIN_MODIFIER =
  /^(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|main|key|red|black|white|green|blue|female|male|foreign|minor|legitimate|private|senior|junior|fellow|prime|chief|joint|rival|extra|own)$/;
// The shortest headline worth writing, in words.
const MIN_WORDS = 5;

// Datelines and agency tags before the story: "WASHINGTON (Reuters) - ", "(CNN)", "LONDON — ".
const DATELINE =
  /^(?:[A-Z][A-Z.'’ ,-]{0,40}\s*)?\((?:CNN|AP|AFP|Reuters|[A-Z][A-Za-z ]{1,30})\)\s*(?:[-–—:]+\s*)?|^[A-Z][A-Z .'’,-]{2,30}\s*[-–—:]+\s+/;
// Openers that make the words up to the next comma a setting, not the story: "On Monday,", "After a long row,".
const LEADING_CLAUSE =
  /^(?:on|in|at|after|before|when|while|as|since|following|despite|amid|during|with|without|for|from|by|over|under|until|unlike|like|once|although|though|if|last|this|earlier|later|yesterday|today|tonight|now|meanwhile|however|but|and|so|still|instead|speaking|according to|in a|in an|almost|nearly|more than|less than|fewer than|just|even|already|with|within|across|ahead of|because|[a-z]+ing|[a-z]+ly)\b[^,]{0,120}?,\s+/i;
// Reported speech or a source wrapped around the story: ", the minister said." / ", according to X." / ", figures show."
const TRAILING_ATTRIBUTION =
  /,?\s+(?:(?:a|an|the)\s+)?[^,]{0,80}?\b(?:said|says|say|reported|reports|announced|told [^,]+|according to [^,]+|has said|have said|has found|has learned|added|claimed|warned|shows?|showed|suggests?|suggested|reveals|revealed|finds)\s*(?:on \w+|in a statement|today|yesterday)?[.!?]?["”’]?$/i;
// Reported speech with the verb first: ", say security firms", ", according to a new report".
const INVERTED_ATTRIBUTION =
  /,\s+(?:say|says|said|according to|warns|warned|reports|reported|suggests|claims|claimed|adds|added)\s+[^,]{2,70}$/i;
// Verbs that make the words after "said" a clause rather than the speaker's name.
const FINITE_VERB = /\s(?:is|are|was|were|has|have|had|will|would|could|can|must|should)\s/;
// A cheap check before the costly attribution pattern.
const SPEECH_VERB =
  /\b(?:said|says|say|reported|reports|announced|told|according|found|learned|added|claimed|warned|shows?|showed|suggests?|suggested|reveals|revealed|finds)\b/i;
// Where a long sentence splits into the story and its background.
const CLAUSE_BREAK =
  /\s+[-–—]+\s+|;\s+|:\s+|,\s+(?:which|who|where|while|but|although|though|after|as|because|despite|amid|following|with|and|in what|saying|adding|according|meaning|leaving|making|bringing|raising|sending|prompting)\b|\s+(?:after|because|despite|amid|following|as part of|in order to|even though|although|while|whereas|which|who|when|as it|as they|as he|as she)\s+|\s+as\s+(?!an?\s)(?=(?:[\w'’-]+\s+){1,3}(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b)/gi;
// "says he will", "will": headlines write the future as "to".
const REPORTED_FUTURE =
  /(?<!\b(?:no|any|the|its|his|her|their|new|firm|similar))\s+(?:(?:says|said|has said|have said|(?:has |have )?(?:announced|confirmed|revealed|insisted|admitted|warned))\s+(?:that\s+)?(?:he|she|it|they|we)\s+)?(?:will|is to|are to|plans to|intends to|is set to|are set to|is going to|are going to)\s+(?!not\b)/gi;
// A speaker reporting on themselves: "Blair says he looks forward" → "Blair looks forward".
const REPORTED_SELF =
  /\s+(?:says|said|has said|have said|insists|insisted|admits|admitted|confirms|confirmed|reveals|revealed)\s+(?:that\s+)?(?:he|she|they|it)\s+(?=(?:[a-z]+[^s\W]s|is|are|will|would|has|have|can|may|might|must|should|could)\s)/i;
// Words a headline must not end on.
const DANGLING = new Set(
  "he she it they we until unless whether claiming saying adding warned warns decides decided insists admits believes thinks other below above last next first such too almost nearly about around over among through outside albeit like via per between despite during including against within without toward towards some up every another each any all both what how when where why if whether because after before a an the of to in on at for from by with and or but as that which who whose than into over under about after before its his her their our your my this these those is are was were be been has have had will would can could should may might must not no so very more most less also just said says".split(
    " ",
  ),
);

/** The headline: the cleaned title when there is one, else written from the lede (≤ 14 words). */
export function writeHeadline(title: string | undefined, lede: string, layout?: TextLayout): string {
  const cleaned = title ? cleanTitle(title) : "";
  if (cleaned) return cleaned;
  return headlineFromLede(lede, DEFAULT_WORDS, layout ? countMentions(layout, lede) : undefined);
}

/** Compresses a lede into a headline: drops datelines, settings, attributions, time phrases and articles. */
export function headlineFromLede(lede: string, maxWords = DEFAULT_WORDS, mentions?: (word: string) => number): string {
  return composeHeadline(lede, maxWords, mentions).join(" ");
}

function composeHeadline(lede: string, maxWords: number, mentions?: (word: string) => number): string[] {
  let text = useShortForms(useAcronyms(lede.replace(/\s+/g, " ").trim().replace(DATELINE, "")));
  text = text.replace(/^["“”'‘’]+|["“”'‘’]+$/g, "").replace(/[.!?]+$/, "");
  for (let i = 0; i < 2; i++) {
    const opener = LEADING_CLAUSE.exec(text);
    if (!opener || opener[0].length > text.length * 0.6) break;
    text = text.slice(opener[0].length);
  }
  const attribution = SPEECH_VERB.test(text) ? TRAILING_ATTRIBUTION.exec(text) : null;
  if (attribution && attribution.index > text.length * 0.4) text = text.slice(0, attribution.index);
  // ", say security experts" / ", according to a report" at the end.
  const inverted = INVERTED_ATTRIBUTION.exec(text);
  // ", said the team was ready" is the main verb and its clause after an aside, not a speaker: keep it.
  if (inverted && inverted.index > text.length * 0.4 && !FINITE_VERB.test(inverted[0])) text = text.slice(0, inverted.index);
  text = dropAsides(text);
  text = putOwnerFirst(text);
  text = firstClause(dropSubjectRelative(text))
    .replace(REPORTED_FUTURE, " to ")
    .replace(REPORTED_SELF, " ")
    .replace(
      /\b(says|said|believes|thinks|claims|warns|warned|insists|insisted|admits|admitted|confirms|confirmed|denies|denied|fears|feared|argues|argued)\s+that\b/gi,
      "$1",
    );
  let words = compressWords(shortenSubject(text.split(/\s+/).filter(Boolean), mentions !== undefined));
  if (mentions) words = dropUnrepeated(words, mentions);
  const verb = mainVerbAt(words);
  words = toPresentTense(words).map((w) => w.replace(NUMBER_MARK, ""));
  const limit = Math.min(maxWords, MAX_HEADLINE_WORDS);
  return trimToLength(words, mentions ? bestLength(words, mentions, limit, verb) : limit, verb).map((w) =>
    w.replace(PASSIVE, ""),
  );
}

/** Cuts the subject to its head: "Everton manager David Moyes will" → "Moyes will", "Oil giant BP has" → "BP has". */
function shortenSubject(words: string[], keepFullNames: boolean): string[] {
  for (let i = 1; i < Math.min(words.length, 12); i++) {
    const word = words[i] as string;
    if (isCapitalized(word)) continue;
    const previous = words[i - 1] as string;
    // "Bath and England centre Mike Tindall": names joined before a role describe the one after it.
    if (/^(?:and|&)$/.test(word) && isCapitalized(previous) && isRoleBeforeName(words, i + 1)) continue;
    if (!/^[a-z]/.test(word) || /[,;:]$/.test(previous)) return words;
    if (FUNCTION_WORD.test(word) && !(word === "to" && isCapitalized(previous))) return words;
    // "The gap between US exports": a name after a preposition is inside a phrase, not the subject's head.
    if (PREPOSITION.test(word)) return words;
    if (!isCapitalized(previous)) {
      if (VERB_START.test(word)) return words;
      continue;
    }
    // "seed", "need": too short for a past tense ("Top seed Roger Federer").
    if (!VERB_START.test(word) && !/^[a-z]+s$|^[a-z]*[^e]ed$/.test(word)) continue;
    let runStart = i - 1;
    while (runStart > 0 && isCapitalized(words[runStart - 1] as string)) runStart--;
    const run = words.slice(runStart, i);
    const last = run[run.length - 1] as string;
    // "Velora Lines' proposed merger": a possessive before a participle is not a subject before its verb.
    if (/['’]s?$/.test(last)) return words;
    // A possessive ends a descriptor: "South Korea's Hyundai Motor" names "Hyundai Motor".
    const possessive = run.findLastIndex((w) => /['’]s$/.test(w));
    const name = possessive >= 0 && possessive < run.length - 1 ? run.slice(possessive + 1) : run;
    const asPerson = name.length >= 2 && !ORG_WORD.test(last) && !/^(?:The|A|An)$/.test(name[0] as string);
    const head = asPerson && !keepFullNames ? [last] : name;
    return [...head, ...words.slice(i)];
  }
  return words;
}

/** Whether capitalised words from `from` lead to a role noun and then a name: "England centre Mike", not "GM have". */
function isRoleBeforeName(words: readonly string[], from: number): boolean {
  let j = from;
  while (j < words.length && isCapitalized(words[j] as string)) j++;
  const role = words[j] ?? "";
  if (j === from || !/^[a-z-]+$/.test(role) || FUNCTION_WORD.test(role) || VERB_START.test(role)) return false;
  return !/^[a-z]+s$|^[a-z]*[^e]ed$/.test(role) && isCapitalized(words[j + 1] ?? "");
}

function isCapitalized(word: string): boolean {
  return /^["“‘']?(?:[A-Z]|\d)/.test(word) && !/[,;:]$/.test(word);
}

/** Drops what the rest of the article never mentions again: first names before a repeated surname, adjectives before a noun. */
function dropUnrepeated(all: string[], mentions: (word: string) => number): string[] {
  const words = all.slice(describedName(all, mentions));
  const out: string[] = [];
  let seenVerb = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    // Ranks and titles before a name: "Chancellor Gordon Brown" → "Gordon Brown" (then "Brown").
    if (!seenVerb && next !== undefined && RANK.test(word) && isCapitalized(next) && !ORG_WORD.test(next)) continue;
    // "Jason Robinson" → "Robinson" when the article goes on to use the surname more than the first name.
    if (isFirstName(words[i - 1], word, next, words[i + 2], mentions)) continue;
    if (next === undefined || FUNCTION_WORD.test(word) || mentions(word) > 0) {
      out.push(word);
      if (!isCapitalized(word)) seenVerb = true;
      continue;
    }
    if (isCapitalized(word)) {
      // "Michael Howard" → "Howard" when only the surname comes back; keep organisations whole.
      if (isCapitalized(next) && /^[A-Z][a-z]+$/.test(word) && mentions(next) > 0 && !ORG_WORD.test(next)) continue;
      out.push(word);
      continue;
    }
    // A lower-case word before another plain word is a modifier ("sharp rise"), once the verb is past.
    // Superlatives carry the news ("hits highest level"): a headline keeps them.
    if (
      seenVerb &&
      ADJECTIVE.test(word) &&
      !SUPERLATIVE.test(word) &&
      /^[a-z]{3,}$/.test(next) &&
      !FUNCTION_WORD.test(next) &&
      !PHRASE_START.test(next)
    )
      continue;
    out.push(word);
    seenVerb = true;
  }
  return out;
}

/** A plural noun before the verb: "banks", "Insurers", "Tories"; not "crisis", "Davis". */
function isPlural(word: string, first: boolean): boolean {
  if (/^(?:people|police|children|staff|media|data|cattle)$/i.test(word) || /^[a-z]*men$/.test(word)) return true;
  if (/^[a-z]+[^su]s$/.test(word)) return !/is$/.test(word);
  if (/^[A-Z]{2,}s$/.test(word)) return true; // "MPs", "MEPs"
  if (/^(?:Dems|Tories|Democrats|Republicans|Nationalists|Unionists|Greens|Socialists)$/.test(word)) return true;
  return first && /^[A-Z][a-z]+(?:ers|ors|ists|ysts|ians|ants|ents|ies|ions|ings|ives|als)$/.test(word);
}

/** A person's first name before a surname the article repeats more often than the first name. */
function isFirstName(
  before: string | undefined,
  word: string,
  next: string | undefined,
  after: string | undefined,
  mentions: (word: string) => number,
): boolean {
  if (next === undefined || !/^[A-Z][a-z]+$/.test(word) || !/^[A-Z][a-z'’-]{2,}$/.test(next)) return false;
  // Two capitalised words alone: "Mike Tindall", not "Yangtze Electric Power" or "BBC World Cinema Award".
  if ((before !== undefined && isCapitalized(before)) || (after !== undefined && isCapitalized(after))) return false;
  if (FUNCTION_WORD.test(next.toLowerCase())) return false;
  if (ORG_WORD.test(next) || PLACE_WORD.test(next) || RANK.test(word) || NATIONALITY.test(word)) return false;
  return mentions(next) > mentions(word) + 1;
}

/** Where a name the article repeats starts, after a description it never repeats: "Japanese communications firm Softbank". */
function describedName(words: readonly string[], mentions: (word: string) => number): number {
  for (let i = 1; i < Math.min(words.length - 1, 5); i++) {
    const word = words[i] as string;
    if (!/^[A-Z]/.test(word) || mentions(word) < 2) continue;
    // "Man City", "UK Independence Party": the end of a longer name, not a name after its description.
    if (ORG_WORD.test(word)) return 0;
    let end = i + 1;
    while (end < words.length && /^[A-Z]/.test(words[end] as string)) end++;
    if (!/^[a-z]/.test(words[end] ?? "") || FUNCTION_WORD.test(words[end] as string)) return 0;
    const before = words.slice(0, i);
    // "gap between US exports": a description holds no preposition; with one, the name is inside a phrase after the head.
    const described = (w: string) =>
      mentions(w) === 0 && !FUNCTION_WORD.test(w.toLowerCase()) && !PREPOSITION.test(w) && !/['’]s?$/.test(w);
    return before.every(described) ? i : 0;
  }
  return 0;
}

/** Where the main verb is, among the first words: a verb an auxiliary stood before, "to", or a verb form after the subject; -1 when none is seen. */
function mainVerbAt(words: readonly string[]): number {
  for (let i = 1; i < Math.min(words.length, MAX_SUBJECT_WORDS); i++) {
    const marked = words[i] as string;
    if (marked !== marked.replace(NUMBER_MARK, "").replace(PASSIVE, "")) return i;
    const previous = words[i - 1] as string;
    if (/^to$/i.test(marked)) return FUNCTION_WORD.test(previous.toLowerCase()) ? -1 : i;
    // "producer Melcher who was behind": the verb of a relative clause is not the main verb.
    if (/^(?:who|which|that)$/.test(marked)) return -1;
    if (!/^[a-z]+$/.test(marked) || FUNCTION_WORD.test(marked) || PHRASE_START.test(marked)) continue;
    // "could", "is", "has": a verb wherever it stands.
    if (FINITE_AUXILIARY.test(marked)) return i;
    const afterSubject = isCapitalized(previous) || isPlural(previous, i === 1);
    if (afterSubject && (VERB_START.test(marked) || presentOf(marked, false) !== null)) return i;
  }
  return markedVerbAt(words);
}

/** Where the first verb a dropped auxiliary marked stands after a long subject, outside a relative clause; -1 when none. */
function markedVerbAt(words: readonly string[]): number {
  for (let i = 1; i < words.length; i++) {
    const marked = words[i] as string;
    if (/^(?:who|which|that|whose|whom)$/i.test(marked)) return -1;
    if (marked !== marked.replace(NUMBER_MARK, "").replace(PASSIVE, "")) return i;
  }
  return -1;
}

/** Puts the main verb in headline tense: "Parmalat sued 45 banks" → "Parmalat sues 45 banks". */
function toPresentTense(words: string[]): string[] {
  const early = presentInLead(words);
  return early === words ? markedVerbInPresent(words) : early;
}

/**
 * The verb a dropped auxiliary marked, put in the present wherever it stands after a long subject:
 * "Number of people out of work in Europe's largest economy has risen" → "… rises". Not inside a relative clause.
 */
function markedVerbInPresent(words: string[]): string[] {
  const i = markedVerbAt(words);
  const marked = words[i];
  // A passive keeps its participle: "lifts recognised".
  if (marked === undefined || marked.endsWith(PASSIVE)) return words;
  if (MODAL.test(words[i - 1] as string) || words[i - 1] === "not") return words;
  const word = marked.replace(NUMBER_MARK, "");
  const present = /^[a-z]+$/.test(word) ? presentOf(word, marked.endsWith(PLURAL)) : null;
  return present === null ? words : [...words.slice(0, i), present, ...words.slice(i + 1)];
}

/** The verb among the first words, put in the present unless it is a participle describing a noun. */
function presentInLead(words: string[]): string[] {
  for (let i = 1; i < Math.min(words.length, 7); i++) {
    const marked = words[i] as string;
    if (marked.endsWith(PASSIVE)) return words;
    const word = marked.replace(NUMBER_MARK, "");
    if (!/^[a-z]+$/.test(word) || word === "of") continue;
    // "a body designed by", "a film based on": a participle describing the noun, not the verb.
    const describing = words[i + 1] === "by" && !words.slice(i + 2, i + 5).some((w) => /\d/.test(w));
    if (describing || (word === "based" && !/^[A-Z]/.test(words[i - 1] as string))) return words;
    // "Velora and Dunmore Rail agreed": names joined by "and" are a plural subject that goes on to its verb;
    // "Screenwriter and producer Hill", "elderly and disabled people" are one subject described twice.
    if (word === "and") {
      if (!/^[A-Z]/.test(words[i - 1] as string) || !/^[A-Z]/.test(words[i + 1] ?? "")) return words;
      // "feud between Blair and Brown": the names belong to a phrase after the subject's head.
      if (words.slice(0, i).some((w) => /^(?:of|between|among|in|at|for|from|with|by|on)$/.test(w))) return words;
      i++;
      continue;
    }
    if (word === "to" || FUNCTION_WORD.test(word) || PHRASE_START.test(word)) return words;
    const previous = words[i - 1] as string;
    if (/^(?:it|that|there|here|what|he|she)['’]s$/i.test(previous) || MODAL.test(previous) || previous === "not") return words;
    const plural = marked.endsWith(PLURAL) || isPlural(previous, i === 1) || words.slice(0, i).includes("and");
    const present = presentOf(word, plural);
    if (present === null) continue;
    // "MG Rover's proposed tie-up": a participle after a possessive describes the noun.
    if (/['’]s?$/.test(previous)) return words;
    // "A novel set in Kelmouth (has won)": a participle describing the noun before a phrase.
    if (
      /^(?:set|based|made|held|built|born|known|located|founded|owned|run|led)$/.test(word) &&
      /^(?:in|on|at|by|for|from|with)$/.test(words[i + 1] ?? "")
    )
      return words;
    // A participle after a noun is a passive or a description ("hunting banned", "film based on"): leave it.
    if (/^[A-Z0-9]/.test(previous) || /s$/.test(previous) || i <= 2 || marked !== word)
      return [...words.slice(0, i), present, ...words.slice(i + 1)];
    return words;
  }
  return words;
}

// How likely a headline word is to be one a sub-editor would write, by kind and by how often the article repeats it.
const LIKELY = { first: [0.16, 0.4, 0.56, 0.7], name: [0.12, 0.24, 0.35, 0.5], plain: [0.11, 0.16, 0.22, 0.33] };
const LIKELY_FUNCTION = 0.11;
const LIKELY_NUMBER = 0.15;
// The length of a typical headline, in words.
const TYPICAL_WORDS = 3.5;

/** How likely a sub-editor would be to write this word in the headline. */
function likelihood(word: string, index: number, mentions: (word: string) => number): number {
  if (FUNCTION_WORD.test(word.toLowerCase()) || PHRASE_START.test(word)) return LIKELY_FUNCTION;
  if (/^[^A-Za-z]*\d/.test(word)) return LIKELY_NUMBER;
  const repeats = Math.min(mentions(word), 3);
  if (/^[^a-z]*[A-Z]/.test(word)) return (index === 0 ? LIKELY.first : LIKELY.name)[repeats] as number;
  return LIKELY.plain[repeats] as number;
}

/** The headline length that best balances saying enough against saying too much, given how salient each word is. */
function bestLength(words: readonly string[], mentions: (word: string) => number, limit: number, verb: number): number {
  let best = Math.min(words.length, limit);
  let bestScore = -1;
  let sum = 0;
  for (let i = 0; i < Math.min(words.length, limit); i++) {
    sum += likelihood(words[i] as string, i, mentions);
    // The expected ROUGE-style F1 against a typical headline: overlap over the mean of both lengths.
    const score = sum / (i + 1 + TYPICAL_WORDS);
    // A headline keeps its main verb: "Balfour Beatty and five managers" alone is a subject, not news.
    if (i + 1 >= MIN_WORDS && i > verb && score > bestScore && isCompleteAt(words, i + 1)) {
      bestScore = score;
      best = i + 1;
    }
  }
  return best;
}

function firstClause(text: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(text); match; match = CLAUSE_BREAK.exec(text)) {
    if (text.slice(0, match.index).split(/\s+/).length >= 5) return text.slice(0, match.index);
  }
  return text;
}

// Prepositions, which open a phrase inside a noun phrase: "the gap between X and Y", "talks among rivals".
const PREPOSITION =
  /^(?:between|among|amongst|against|across|along|around|behind|beside|beyond|into|near|over|through|toward|towards|under|upon|within|without|after|before|during|since|amid|despite|per|via|like)$/i;

// Prepositions that open a phrase a headline can lose: "… against the euro in almost three months".
const PHRASE_START =
  /^(?:in|on|at|for|from|with|by|after|before|during|since|over|against|amid|despite|under|into|across|within|without|following|including|than|as|because|while|when|which|who|that)$/i;

/** A word a headline cannot end on: a function word, an adjective or a nationality before its noun. */
function isDangling(word: string, next: string | undefined): boolean {
  // A possessive or an opened quotation needs what follows it: "Glazer's", "\"personal".
  if (/['’]s$/.test(word) || (/^["“‘]/.test(word) && !/["”’]$/.test(word))) return true;
  if (DANGLING.has(word.toLowerCase())) return true;
  // A modifier dangles only when its noun was cut off: "hits five-year | high", not "rupee hits five-year high".
  if (next === undefined) return false;
  if (ADJECTIVE.test(word) || NATIONALITY.test(word) || SUPERLATIVE.test(word) || PLAIN_MODIFIER.test(word)) return true;
  // "tech-savvy" | "users": a hyphenated compound before a noun describes it.
  return /^[a-z0-9]+(?:-[a-z]+)+$/.test(word) && /^[a-z]/.test(next) && !FUNCTION_WORD.test(next);
}

/** Whether the first `length` words end on a verb after "to" or a modal whose object comes next: "Holt to seek" | "second opinion". */
function isBareInfinitiveEnd(words: readonly string[], length: number): boolean {
  const next = words[length];
  const last = words[length - 1] ?? "";
  if (next === undefined || !/^[a-z]/.test(next) || FUNCTION_WORD.test(next) || PHRASE_START.test(next)) return false;
  return MODAL.test(words[length - 2] ?? "") && /^[a-z]+$/.test(last);
}

/** The shortest length from `from` on, within the longest headline, that ends on a whole phrase; 0 when none does. */
function nextEnding(words: readonly string[], from: number): number {
  for (let length = from; length <= Math.min(words.length, MAX_HEADLINE_WORDS); length++) {
    if (!isDangling(words[length - 1] as string, words[length]) && isCompleteAt(words, length)) return length;
  }
  return 0;
}

function trimToLength(words: string[], max: number, verb = -1): string[] {
  let cut = Math.min(words.length, max);
  if (words.length > CUT_MIN) {
    for (let i = CUT_MIN; i < Math.min(words.length, max + 1); i++) {
      if (PHRASE_START.test(words[i] as string)) {
        cut = i;
      }
    }
  }
  let out = words.slice(0, cut);
  while (out.length > 3 && isDangling(out[out.length - 1] as string, words[out.length])) out = out.slice(0, -1);
  // Trimmed back to the verb or before it ("Man Utd shares were | up"), or to a verb without its object
  // ("Holt to seek | second opinion"): go forward to the next whole ending instead, when there is one.
  const stillDangling = out.length > 0 && isDangling(out[out.length - 1] as string, words[out.length]);
  if ((out.length <= verb && cut > verb) || stillDangling || isBareInfinitiveEnd(words, out.length)) {
    const ending = nextEnding(words, cut);
    if (ending > 0) out = words.slice(0, ending);
  }
  if (out.length > 0) {
    out[out.length - 1] = (out[out.length - 1] as string).replace(/,$/, "");
    const first = out[0] as string;
    out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  }
  return out;
}
