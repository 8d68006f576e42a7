import { ADJECTIVE, FUNCTION_WORD, NATIONALITY } from "./headline-words.js";

// Words that open a phrase a headline can stop before.
const PHRASE_START =
  /^(?:in|on|at|for|from|with|by|after|before|during|since|over|against|amid|despite|under|into|across|within|without|following|including|than|as|because|while|when|which|who|that|and|but|or|to)$/i;
// Modals and "to": what follows them is a verb that usually needs its object.
const VERB_LEAD = /^(?:to|may|might|could|would|should|must|will|can|have|has|had)$/i;
// Words that begin a predicate: cutting just before one leaves a subject without its verb.
const PREDICATE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|not|to|says|said)$/i;
// Verbs that report what someone says or thinks: the words after them start a new clause.
const REPORTING =
  /^(?:says|said|admits|admitted|insists|insisted|denies|denied|believes|believed|thinks|claims|claimed|warns|warned|fears|feared|hopes|expects|accepts|confirms|confirmed|reveals|revealed|argues|argued|knows|feels|predicts|suggests|urges|tells|told)$/i;
// A word that looks like the main verb of a headline: "widens", "faces", "sued", "wins".
const VERB_LIKE =
  /^(?:[a-z]{2,}(?:s|ed)|won|hit|made|took|set|beat|lost|led|left|sold|bought|saw|cut|put|got|fell|rose|grew|paid|met)$/;

/**
 * Whether a headline may stop after `length` words of `words` and still read as a whole:
 * not just after its main verb or a modal ("Softbank widens", "Kudrow to play"), and not
 * between a reported subject and its verb ("Lennon admits Rangers" | "are favourites").
 */
export function isCompleteAt(words: readonly string[], length: number): boolean {
  const next = words[length];
  if (next === undefined) return true;
  const last = words[length - 1] ?? "";
  // Inside a name: "Will Smith's first comedy Hitch tops North" | "American box office".
  if (/^[A-Z]/.test(last) && /^[A-Z]/.test(next)) return false;
  if (VERB_LEAD.test(last) || /['’]s$/.test(last)) return false;
  if (PHRASE_START.test(next)) return true;
  // A modifier without its noun: "hits all-time" | "high", "faces two-year" | "ban", "backs French" | "firm".
  if (isModifier(last) && /^[a-z]/.test(next) && !FUNCTION_WORD.test(next)) return false;
  // A count without what it counts: "eighth defeat in 11" | "Tests".
  if (/^\d[\d,.]*$/.test(last) && !/^(?:19|20)\d\d$/.test(last) && /^[A-Za-z]/.test(next)) return false;
  // An infinitive or a verb just after the subject, without its object: "to relax" | "restrictions", "Softbank widens" | "loss".
  const before = words[length - 2] ?? "";
  if (/^[a-z]/.test(next) && VERB_LIKE.test(last) && (VERB_LEAD.test(before) || /^[A-Z]/.test(before))) return false;
  if (/^[a-z]/.test(next) && /^to$/i.test(before)) return false;
  // A subject cut off from its verb: "Lennon admits Rangers" | "are favourites".
  if (PREDICATE.test(next)) return false;
  // A long subject whose verb comes next: "Revenues at media group Reuters" | "slipped 11%".
  if (/^[A-Z]/.test(last) && /^[a-z]/.test(next) && VERB_LIKE.test(next) && !hasVerb(words, length)) return false;
  const reporting = words.findIndex((w) => REPORTING.test(w));
  return !(reporting >= 0 && length > reporting && length <= reporting + 3 && /^[A-Z]/.test(last) && /^[a-z]/.test(next));
}

/** An adjective, a nationality or a hyphenated compound ("all-time", "long-running"), which needs the noun after it. */
function isModifier(word: string): boolean {
  return ADJECTIVE.test(word) || NATIONALITY.test(word) || /^[a-z0-9]+(?:-[a-z]+)+$/.test(word);
}

/** Whether the first `length` words hold a verb: "to", an auxiliary, a past form, or an -s form after a name. */
function hasVerb(words: readonly string[], length: number): boolean {
  for (let i = 1; i < length; i++) {
    const word = words[i] as string;
    if (/^to$/i.test(word) || PREDICATE.test(word)) return true;
    if (VERB_LIKE.test(word) && (!word.endsWith("s") || /^[A-Z]/.test(words[i - 1] as string))) return true;
  }
  return false;
}
