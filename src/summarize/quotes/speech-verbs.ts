// Verbs that introduce reported speech, in the forms news copy uses them.
const REGULAR =
  "add assure ask surmise beam exhort sing react answer argue acknowledge admit announce assert boast blast caution charge claim complain concede conclude confirm continue contend counter declare demand deny describe emphasize emphasise exclaim explain insist interject joke lament maintain mention muse note observe offer plead post predict proclaim promise protest quip recall recount reiterate remark repeat reply respond retort scoff shout snap state stress suggest tease testify thunder tweet urge vow warn wonder write yell agree allege announce complain concur cry estimate fume gush hint insist pledge posit reason reflect rejoin relate remind report sigh scream tell whisper chant cite opine remember scold";
const IRREGULAR =
  "pressed riffed said says say saying told tells telling wrote writes writing called calls read reads sang sung Said Says Added Asked Wrote Replied Continued Explained Noted Tweeted Recalled Read";

const DOUBLING = new Set(["snap", "quip", "admit", "concur"]);

function forms(verb: string): string[] {
  if (verb.endsWith("y") && !/[aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (verb.endsWith("e")) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/(?:sh|ch|ss|x)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  // A stressed last syllable doubles its consonant: "snapped", "admitted", "concurred".
  if (DOUBLING.has(verb)) {
    const doubled = verb + verb.slice(-1);
    return [verb, `${verb}s`, `${doubled}ed`, `${doubled}ing`];
  }
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

const ALL = new Set<string>();
for (const verb of REGULAR.split(" ")) for (const form of forms(verb)) ALL.add(form);
for (const form of IRREGULAR.split(" ")) ALL.add(form);
// Forms that are more often nouns or not speech at all ("the reports", "the State").
for (const form of "tweet state states report reports post posts charge charges offer offers estimate estimates reason reasons relate relates remind reminds cry cries repeat describe describes hint hints concur concurs".split(
  " ",
)) {
  ALL.delete(form);
}

const PHRASAL = [
  "went on",
  "goes on",
  "according to",
  "According to",
  "shot back",
  "fired back",
  "pushed back",
  "chimed in",
  "pointed out",
  "points out",
  "weighed in",
  "spoke up",
  "put it",
  "cut in",
  "broke in",
  "puts it",
];
const alternation = [...ALL, ...PHRASAL].sort((a, b) => b.length - a.length).join("|");

/** Matches a speech verb ("said", "told", "added", "went on") as a whole word; global, so reset lastIndex. */
export const SPEECH_VERB = new RegExp(`\\b(?:${alternation})\\b`, "g");

/** Matches text that ends with a speech verb, a comma or colon optional ("she said,", "Smith fired back:"). */
export const SPEECH_VERB_AT_END = new RegExp(`\\b(?:${alternation})\\s*[,:]?\\s*$`);

// Speech verbs that name the listener or the thing said after them ("told reporters", "called it"), so the
// speaker never follows them.
const NOT_INVERTED =
  /^(?:told|tells|called|calls|cited|cites|described|describes|urged|urges|reminded|reminds|blasted|blasts|asks? for|posted|posts|promised|promises)$/i;

/**
 * Verbs after which the speaker may follow ("…,” said Smith", "…,” reacted the mayor"): any speech verb in the
 * past or present tense, but those whose object is the listener or the thing said.
 */
export const INVERTIBLE = {
  /** True when `verb` (as matched by {@link SPEECH_VERB}) may be followed by its subject. */
  test(verb: string): boolean {
    if (NOT_INVERTED.test(verb) || /ing$/.test(verb)) return false;
    if (/^(?:went on|goes on|shot back|fired back|chimed in|read|reads|said|says|wrote|writes)$/i.test(verb)) return true;
    return isSpeechVerb(verb) && /(?:ed|s)$/.test(verb.toLowerCase());
  },
};

/** True for a word that is a speech verb. */
export function isSpeechVerb(word: string): boolean {
  return ALL.has(word.toLowerCase());
}
