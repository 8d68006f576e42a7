// Verbs that introduce reported speech, in the forms news copy uses them.
const REGULAR =
  "add assure ask surmise beam exhort sing react answer argue acknowledge admit announce assert boast blast caution charge claim complain concede conclude confirm continue contend counter declare demand deny describe emphasize emphasise exclaim explain insist interject joke lament maintain mention muse note observe offer plead post predict proclaim promise protest quip recall recount reiterate remark repeat reply respond retort scoff shout snap state stress suggest tease testify thunder tweet urge vow warn wonder write yell agree allege announce complain concur cry estimate fume gush hint insist pledge posit reason reflect rejoin relate remind report sigh scream tell whisper chant cite";
const IRREGULAR =
  "said says say saying told tells telling wrote writes written writing called calls read reads sang sung Said Says Added Asked Wrote Replied Continued Explained Noted Tweeted Recalled Read";

function forms(verb: string): string[] {
  if (verb.endsWith("y") && !/[aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [verb, `${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (verb.endsWith("e")) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/(?:sh|ch|ss|x)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  if (verb === "snap") return ["snap", "snaps", "snapped", "snapping"];
  if (verb === "quip") return ["quip", "quips", "quipped", "quipping"];
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

const ALL = new Set<string>();
for (const verb of REGULAR.split(" ")) for (const form of forms(verb)) ALL.add(form);
for (const form of IRREGULAR.split(" ")) ALL.add(form);
// Forms that are more often nouns or not speech at all ("the reports", "the State").
for (const form of "tweet state states report reports post posts charge charges offer offers estimate estimates reason reasons relate relates remind reminds cry cries repeat answer answers describe describes hint hints concur concurs".split(
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
];
const alternation = [...ALL, ...PHRASAL].sort((a, b) => b.length - a.length).join("|");

/** Matches a speech verb ("said", "told", "added", "went on") as a whole word; global, so reset lastIndex. */
export const SPEECH_VERB = new RegExp(`\\b(?:${alternation})\\b`, "g");

/** Verbs after which the speaker may follow ("…,” said Smith); "told" names the listener instead. */
export const INVERTIBLE =
  /^(?:said|says|added|adds|asked|asks|wrote|writes|explained|explains|continued|continues|noted|notes|recalled|recalls|replied|replies|responded|responds|answered|answers|insisted|insists|argued|argues|warned|warns|observed|observes|declared|declares|joked|jokes|quipped|quips|offered|offers|tweeted|tweets|stated|states|concluded|concludes|countered|counters|cautioned|cautions|remarked|remarks|suggested|suggests|admitted|admits|acknowledged|acknowledges|claimed|claims|agreed|agrees|went on|goes on|reported|reports|shouted|shouts|yelled|yells|cried|cries|announced|announces|mused|muses|conceded|concedes|emphasized|emphasizes|stressed|stresses|reiterated|reiterates|read|reads|shot back|fired back|chimed in|surmised)$/i;

/** True for a word that is a speech verb. */
export function isSpeechVerb(word: string): boolean {
  return ALL.has(word.toLowerCase());
}
