import type { Span } from "../spans.js";
import { NON_NAME_WORDS, PRONOUNS } from "./name-words.js";
import { isSpeechVerb } from "./speech-verbs.js";
import { isSpaceCode } from "./whitespace.js";

/** A phrase naming who speaks: a name ("Macron"), a pronoun ("he") or a description ("the minister"). */
export interface SpeakerPhrase extends Span {
  kind: "name" | "pronoun" | "role";
  text: string;
}

interface Token extends Span {
  word: string;
}

// Adverbs and auxiliaries that sit between a subject and its verb ("Trump later said", "she has said").
const BETWEEN =
  /^(?:also|later|then|once|again|recently|previously|further|simply|has|had|have|would|will|was|is|reportedly|just|even|often|still|never|always|first|only|finally|since|had|did|does|do|could|might|may|should|must|can|not|earlier|subsequently|now|yesterday|today|tonight|however|too|though|nonetheless)$/;
const DETERMINERS = /^(?:the|a|an|his|her|their|its|one|another|our|two|three|several|many|some|other)$/i;
const NOT_IN_ROLE =
  /^(?:when|if|because|to|who|which|that|this|and|but|would|will|is|was|are|were|has|have|had|as|than|so|not|it|he|she|they|we|i|you)$/i;
// Prepositions and connectives: a noun phrase never ends on one ("his list by", "a wave of boos upon").
const STOP_AFTER =
  /^(?:for|of|at|in|from|on|with|who|whose|which|that|to|and|but|during|after|before|about|as|by|upon|into|onto|over|under|through|within|without|against|toward|towards|among|amid|like|than|via|per|across|behind|beyond|despite|near|since|until|outside|inside|around|along|throughout|beside|between|,)$/i;
// Demonstratives open a noun phrase before a verb ("this source told"), though not after one ("said this week").
const DEMONSTRATIVES = /^(?:this|these|those)$/i;
// Quantifiers that stand for people on their own ("Some chanted", "Others said").
const QUANTIFIER_SUBJECTS = /^(?:some|many|others|several|both|most|few|all|none)$/i;
// Numerals count the people a phrase names ("about 300 dockers chanted", "21 percent said").
const NUMERAL =
  /^(?:\d[\d,.]*%?|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|dozens|scores)$/i;
// Words that make a count approximate, and belong to the phrase ("about 300 dockers", "nearly 40 workers").
const APPROXIMATE = /^(?:about|around|nearly|almost|roughly|some|over|only|just|perhaps|maybe|approximately)$/i;
// A preposition before a phrase that follows a participle makes the phrase its object ("speaking to Fox News").
const PREPOSITION =
  /^(?:to|with|for|at|in|from|on|by|about|through|into|onto|across|along|around|against|toward|towards|near|outside|inside|past|among)$/i;
// Quantifiers that pick from a group ("one of two witnesses", "some of his aides").
const PARTITIVE = /^(?:one|some|many|most|several|two|three|four|none|each|all|both|few)$/i;
const WEEKDAYS_MONTHS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const PARTICLES = /^(?:de|van|von|der|da|del|la|le|bin|al|dos|di|du|Jr\.?|Sr\.?|II|III|IV)$/;
// Conjunctions and adverbs that open a clause before its subject ("And then Trump said").
const LEADING = /^(?:And|But|Then|So|Yet|Still|Now|Meanwhile|Later|Also|and|then|but|so|yet|still|also|later)$/;
// Lower-case words that describe a person before the name ("former", "pollster", "presidential nominee").
const DESCRIPTION =
  /^(?:\d+-year-old|former|retired|late|then|acting|interim|veteran|longtime|fellow|democratic|republican|conservative|liberal|progressive|independent|presidential|vice|deputy|senior|top|chief|political|general|state|party|national|press|campaign|pollster|nominee|candidate|adviser|advisor|aide|activist|lawyer|attorney|professor|expert|analyst|host|co-host|businessman|businesswoman|billionaire|actor|actress|comedian|singer|author|writer|blogger|columnist|commentator|executive|head|founder|president|manager|chairman|chairwoman|strategist|consultant|official|spokesman|spokeswoman|spokesperson|secretary|rival|supporter|opponent|critic|senator|congressman|congresswoman|governor|mayor|leader|director|economist|historian|pastor|reverend|minister|ambassador|commissioner|judge|u\.s\.|gop)$/;
// Titles and name parts written with a period that does not end a sentence.
const ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Pres|Amb|Det|Insp|Supt|Jr|Sr|St|Mt|Ft|Hon)\.$/i;
// Irregular past tenses that end a noun phrase ("Its salvo began …").
const PAST =
  /^(?:began|came|made|took|gave|got|saw|knew|thought|found|became|left|felt|brought|stood|ran|held|kept|met|paid|sent|spent|built|lost|won|led|sat|put|set|went|did|had|was|were|is|are)$/;
const CLAUSE_WORD = /^(?:while|after|before|when|since|during|until|because|although|though|as|if|whether)$/;
const CUT = /[,;:“”"«»„()[\]—–!?\n]/;
const CUT_CHARS = ',;:“”"«»„()[]—–!?\n';

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isNameToken(word: string): boolean {
  return isCapitalized(word) && !WEEKDAYS_MONTHS.test(word);
}

/** Tokens of text[from, to), stopping (from the right) at the first clause punctuation. */
function tokensBefore(text: string, from: number, to: number): Token[] {
  let start = to;
  while (start > from && !CUT_CHARS.includes(text[start - 1] as string)) start--;
  const tokens: Token[] = [];
  const re = /[^\s]+/g;
  const slice = text.slice(start, to);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    tokens.push({ start: start + m.index, end: start + m.index + m[0].length, word: m[0] });
  return tokens;
}

/** The phrase ending right before `end` (after skipping adverbs) that can be a speaker, or null. */
export function phraseEndingAt(text: string, end: number, limit: number): SpeakerPhrase | null {
  const tokens = tokensBefore(text, Math.max(limit, end - 140), end);
  while (tokens.length > 0 && BETWEEN.test((tokens[tokens.length - 1] as Token).word)) tokens.pop();
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1] as Token;
  const bare = stripDot(last.word);
  if (PRONOUNS.has(bare.toLowerCase()) || ((bare === "that" || bare === "which") && tokens.length > 1)) {
    return { start: last.start, end: last.start + bare.length, kind: "pronoun", text: bare };
  }
  if (QUANTIFIER_SUBJECTS.test(bare) && (tokens.length === 1 || LEADING.test((tokens[tokens.length - 2] as Token).word))) {
    return { start: last.start, end: last.start + bare.length, kind: "role", text: bare };
  }
  if (isNameToken(last.word) || PARTICLES.test(last.word)) {
    let i = tokens.length - 1;
    while (i > 0 && (isNameToken((tokens[i - 1] as Token).word) || PARTICLES.test((tokens[i - 1] as Token).word))) {
      if (endsSentenceWord((tokens[i - 1] as Token).word)) break;
      i--;
    }
    while (i < tokens.length - 1 && NON_NAME_WORDS.has(stripDot((tokens[i] as Token).word).toLowerCase())) i++;
    const first = tokens[i] as Token;
    if (NON_NAME_WORDS.has(stripDot(first.word).toLowerCase())) return null;
    if (objectOfParticiple(tokens, i > 0 && /^the$/i.test((tokens[i - 1] as Token).word) ? i - 1 : i)) return null;
    const end = trimEnd(text, last);
    if (i > 0 && /^the$/i.test((tokens[i - 1] as Token).word)) {
      return { start: (tokens[i - 1] as Token).start, end, kind: "name", text: text.slice(first.start, end) };
    }
    return { start: first.start, end, kind: "name", text: text.slice(first.start, end) };
  }
  if (!/^[\p{Ll}\p{N}]/u.test(last.word) || STOP_AFTER.test(last.word) || CLAUSE_WORD.test(last.word)) return null;
  // A noun phrase does not end on its article ("the Washington Post in a"), though it may on a number ("the two").
  if (/^(?:a|an|the|his|their|its|our|my|your)$/i.test(last.word)) return null;
  for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 9); i--) {
    const word = (tokens[i] as Token).word;
    // "the independent Vermont senator and presidential candidate": two descriptions of one person.
    if (word === "and" && i < tokens.length - 1 && i > 0 && /^\p{Ll}/u.test((tokens[i - 1] as Token).word)) continue;
    // "the minister", "a spokesman", "Obama's former campaign strategist".
    const numeral = NUMERAL.test(word);
    if (
      i < tokens.length - 1 &&
      (DETERMINERS.test(word) || DEMONSTRATIVES.test(word) || numeral || /^\p{Lu}[\p{L}.-]*[’']s$/u.test(word))
    ) {
      // "about 300 dockers": the word that makes the count approximate opens the phrase.
      let from = numeral && i > 0 && APPROXIMATE.test((tokens[i - 1] as Token).word) ? i - 1 : i;
      // "a staffer in the room": a phrase after a noun's preposition modifies that noun, which heads the subject.
      const head = modifiedNoun(tokens, from);
      if (head >= 0) from = head;
      const start = (tokens[from] as Token).start;
      if (/(?:ly|ing)$/.test(last.word) || objectOfParticiple(tokens, from)) return null;
      const end = trimEnd(text, last);
      return { start, end, kind: "role", text: text.slice(start, end) };
    }
    if (PRONOUNS.has(word.toLowerCase()) || BETWEEN.test(word) || NOT_IN_ROLE.test(word)) break;
    // "the retired neurosurgeon": a participle right after an article describes the noun.
    const adjective = /ed$/.test(word) && i > 0 && DETERMINERS.test((tokens[i - 1] as Token).word) && !isSpeechVerb(word);
    if (i < tokens.length - 1 && !adjective && (verbLike(word) || /ly$/.test(word) || CLAUSE_WORD.test(word))) break;
  }
  if (tokens.length <= 2 && /^\p{Ll}+s$/u.test(last.word) && !/(?:ness|ss|us|is)$/.test(last.word)) {
    return { start: last.start, end: last.end, kind: "role", text: last.word };
  }
  return null;
}

/** The phrase starting at `start` (after spaces) that can be a speaker, as in "…,” said the minister", or null. */
export function phraseStartingAt(text: string, start: number, limit: number): SpeakerPhrase | null {
  const re = /[^\s]+/g;
  let slice = text.slice(start, Math.min(limit, start + 160));
  const lineEnd = lastWordCharOfLine(slice);
  if (lineEnd >= 0) slice = slice.slice(0, lineEnd + 1);
  const tokens: Token[] = [];
  for (let m = re.exec(slice); m && tokens.length < 8; m = re.exec(slice)) {
    const word = m[0];
    const cut = word.search(CUT);
    const clean = cut >= 0 ? word.slice(0, cut) : word;
    if (clean) tokens.push({ start: start + m.index, end: start + m.index + clean.length, word: clean });
    if (cut >= 0) break;
  }
  while (tokens.length > 1 && LEADING.test((tokens[0] as Token).word)) tokens.shift();
  const first = tokens[0];
  if (!first) return null;
  const bare = stripDot(first.word);
  if (PRONOUNS.has(bare.toLowerCase()) && bare.toLowerCase() !== "it") {
    return { start: first.start, end: first.start + bare.length, kind: "pronoun", text: bare };
  }
  const name = describedName(text, tokens) ?? describedAfterNouns(text, tokens);
  if (name) return name;
  // "about 200 protesters", "300 dockers": a count of people opens the phrase like an article.
  const counted =
    NUMERAL.test(first.word) || (APPROXIMATE.test(first.word) && tokens[1] !== undefined && NUMERAL.test(tokens[1].word));
  if (counted && !DETERMINERS.test(first.word)) {
    const noun = NUMERAL.test(first.word) ? 1 : 2;
    let i = noun;
    while (
      i < tokens.length &&
      i < noun + 3 &&
      /^\p{Ll}/u.test((tokens[i] as Token).word) &&
      !STOP_AFTER.test((tokens[i] as Token).word) &&
      !verbLike((tokens[i] as Token).word)
    )
      i++;
    if (i === noun) return null;
    const end = trimEnd(text, tokens[i - 1] as Token);
    return { start: first.start, end, kind: "role", text: text.slice(first.start, end) };
  }
  if (DETERMINERS.test(stripDot(first.word))) {
    // "one of two witnesses", "some of his aides": the group the speaker is picked from belongs to the phrase.
    const partitive = PARTITIVE.test(first.word) && tokens[1]?.word.toLowerCase() === "of" ? 2 : 0;
    let i = partitive > 0 && tokens[2] && DETERMINERS.test(tokens[2].word) ? 3 : partitive > 0 ? 2 : 1;
    const opening = i;
    // "the retired general": a participle right after the article describes the noun.
    const adjective = (k: number) =>
      k === opening && /ed$/.test((tokens[k] as Token).word) && !isSpeechVerb((tokens[k] as Token).word);
    while (
      i < tokens.length &&
      i < opening + 5 &&
      !STOP_AFTER.test((tokens[i] as Token).word) &&
      (adjective(i) ||
        (!verbLike((tokens[i] as Token).word) && !(i > opening && /^\p{Ll}+ing$/u.test((tokens[i] as Token).word))))
    )
      i++;
    if (i === opening) {
      // "…,” said one. “…,” wrote another.": a quantifier standing for a person.
      if (
        opening === 1 &&
        /^(?:one|another|some|many|several|others)$/i.test(stripDot(first.word)) &&
        (tokens.length === 1 || i === tokens.length)
      )
        return { start: first.start, end: first.start + stripDot(first.word).length, kind: "role", text: stripDot(first.word) };
      return null;
    }
    const last = tokens[i - 1] as Token;
    const end = trimEnd(text, last);
    const words = text.slice(first.start, end);
    if (isNameToken(last.word)) {
      // "the Washington Post", "the White House": a proper name after the article.
      return { start: first.start, end, kind: "name", text: words };
    }
    // "Her rival, Tom Brewer, …": the name in apposition says who.
    const apposition = /^,\s*/.exec(text.slice(end, end + 3));
    if (apposition) {
      const name = phraseStartingAt(text, end + apposition[0].length, limit);
      if (name?.kind === "name") return name;
    }
    return { start: first.start, end, kind: "role", text: words };
  }
  return null;
}

/**
 * A name at the head of the tokens, looking past descriptions before it: "former Obama adviser David Axelrod",
 * "Republican presidential nominee Donald Trump", "pollster Frank Luntz".
 */
function describedName(text: string, tokens: readonly Token[]): SpeakerPhrase | null {
  let i = 0;
  let run: { from: number; to: number } | null = null;
  while (i < tokens.length) {
    const word = (tokens[i] as Token).word;
    if (isNameToken(word) && !(run === null && i === 0 && NON_NAME_WORDS.has(stripDot(word).toLowerCase()))) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        !endsSentenceWord((tokens[j] as Token).word) &&
        (isNameToken((tokens[j + 1] as Token).word) || PARTICLES.test((tokens[j + 1] as Token).word))
      )
        j++;
      run = { from: i, to: j };
      if (endsSentenceWord((tokens[j] as Token).word)) break;
      i = j + 1;
      // Only a description may separate this name from a fuller one after it.
      let k = i;
      while (k < tokens.length && DESCRIPTION.test((tokens[k] as Token).word)) k++;
      if (k === i || k >= tokens.length || !isNameToken((tokens[k] as Token).word)) break;
      i = k;
      continue;
    }
    if (run === null && DESCRIPTION.test(word)) {
      i++;
      continue;
    }
    break;
  }
  if (!run) return null;
  const first = tokens[run.from] as Token;
  const last = tokens[run.to] as Token;
  const end = trimEnd(text, last);
  return { start: first.start, end, kind: "name", text: text.slice(first.start, end) };
}

// How many lower-case words may describe a person before the name ("former tech executive Carly Fiorina").
const MAX_DESCRIPTION_WORDS = 4;

/**
 * A name after lower-case nouns that describe the person, as news copy writes them after an inverted verb
 * ("said retired neurosurgeon Ben Carson", "said master of ceremonies Asab Tabchi"); the words before the name
 * must read as a description: no function word opens or closes it, no verb or adverb is among them.
 */
function describedAfterNouns(text: string, tokens: readonly Token[]): SpeakerPhrase | null {
  let k = 0;
  while (k < tokens.length && k < MAX_DESCRIPTION_WORDS) {
    const word = (tokens[k] as Token).word;
    if (isCapitalized(word)) break;
    const inside = k > 0 && word === "of";
    if (!inside && (STOP_AFTER.test(word) || NOT_IN_ROLE.test(word) || BETWEEN.test(word) || DETERMINERS.test(word))) return null;
    // "retired", "disgraced": a participle describes the person, but a speech verb does not.
    const participle = /ed$/.test(word) && !isSpeechVerb(word);
    if ((verbLike(word) && !participle) || /ly$/.test(word) || CLAUSE_WORD.test(word) || !/^[\p{Ll}\p{N}]/u.test(word))
      return null;
    k++;
  }
  if (k === 0 || k >= tokens.length || (tokens[k - 1] as Token).word === "of") return null;
  if (!isNameToken((tokens[k] as Token).word) || NON_NAME_WORDS.has(stripDot((tokens[k] as Token).word).toLowerCase()))
    return null;
  return describedName(text, tokens.slice(k));
}

/** `slice.search(/\S\s*\n/)` without a regex: the last non-space character before the first line break that follows one. */
function lastWordCharOfLine(slice: string): number {
  for (let nl = slice.indexOf("\n"); nl >= 0; nl = slice.indexOf("\n", nl + 1)) {
    let k = nl - 1;
    while (k >= 0 && isSpaceCode(slice.charCodeAt(k))) k--;
    if (k >= 0) return k;
  }
  return -1;
}

// Prepositions that attach a phrase to the noun before it ("a staffer in the room", "the head of the union").
const NOUN_PREPOSITION = /^(?:in|at|of|from|for|with|on)$/i;

/**
 * Where the noun phrase that a prepositional phrase opening at tokens[at] modifies starts ("a Democratic staffer |
 * in the room" → the index of "a"), or -1: its article must be within three words before the preposition.
 */
function modifiedNoun(tokens: readonly Token[], at: number): number {
  const preposition = tokens[at - 1];
  if (!preposition || !NOUN_PREPOSITION.test(preposition.word) || at < 3) return -1;
  if (!/^\p{Ll}+$/u.test((tokens[at - 2] as Token).word) || verbLike((tokens[at - 2] as Token).word)) return -1;
  for (let k = at - 3; k >= Math.max(0, at - 5); k--) {
    const word = (tokens[k] as Token).word;
    if (DETERMINERS.test(word) || DEMONSTRATIVES.test(word)) return k;
    if (verbLike(word) || NOT_IN_ROLE.test(word) || STOP_AFTER.test(word)) return -1;
  }
  return -1;
}

/**
 * True when tokens[at] opens the object of a participle's or speech verb's preposition ("speaking to | Fox News",
 * "marching through | the streets", "responds to | Mills").
 */
function objectOfParticiple(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at - 1];
  const participle = tokens[at - 2];
  return (
    preposition !== undefined &&
    participle !== undefined &&
    PREPOSITION.test(preposition.word) &&
    (/^\p{Ll}+(?:ing|ed)$/u.test(participle.word) || isSpeechVerb(participle.word))
  );
}

/** A lower-case word that reads as a verb, ending a noun phrase ("emailed", "said", "would"). */
function verbLike(word: string): boolean {
  return /^\p{Ll}/u.test(word) && (/ed$/.test(word) || BETWEEN.test(word) || PAST.test(word) || isSpeechVerb(word));
}

/** A capitalized word with a sentence period ("Cruz."), not an initial or abbreviation ("J.", "Sen."). */
function endsSentenceWord(word: string): boolean {
  return /\p{L}{2,}\.$/u.test(word) && !ABBREVIATION.test(word);
}

function stripDot(word: string): string {
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

/** End of a token without a sentence period or possessive (keeps "Jr." and initials). */
function trimEnd(text: string, token: Token): number {
  const word = text.slice(token.start, token.end);
  if (/[’']s$/u.test(word)) return token.end - 2;
  if (
    word.endsWith(".") &&
    word.length > 2 &&
    !/^(?:[A-Z]\.)+$/.test(word) &&
    !/^(?:Jr|Sr)\.$/.test(word) &&
    !ABBREVIATION.test(word)
  ) {
    return token.end - 1;
  }
  return token.end;
}
