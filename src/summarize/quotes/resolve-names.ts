import type { Span } from "../spans.js";
import { FEMALE_FIRST, MALE_FIRST, NON_NAME_WORDS, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from "./name-words.js";
import { isSpeechVerb } from "./speech-verbs.js";
import { isSpaceAt } from "./whitespace.js";

/** A person named in the text: where, under which key (the surname), with which role words around it. */
export interface PersonMention extends Span {
  key: string;
  /** The name as written, titles removed ("Macron"). */
  name: string;
  /** True when the name opens its sentence or is the subject of a speech verb: the likeliest referent of "he". */
  subject: boolean;
}

/** The people an article names, to turn "Macron", "he" or "the minister" into "Emmanuel Macron". */
export interface NameIndex {
  /** Person mentions outside quotations, in text order. */
  mentions(): PersonMention[];
  /** Fullest name for a name as written ("Mr. Macron" → "Emmanuel Macron"). */
  fullest(name: string): string;
  /** The person a pronoun or role ("he", "the minister") at `at` most likely refers to, or null. */
  antecedent(word: string, at: number): PersonMention | null;
  /** Surname key of a name as written ("Sen. Ted Cruz’s" → "cruz"). */
  keyOf(name: string): string;
}

const WEEKDAY_MONTH = new Set(
  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December".split(
    " ",
  ),
);
// First words of places, not people ("New York", "San Diego").
const PLACE_FIRST = new Set("New North South East West United Great Saudi San Santa Los Las Fort Port Saint St St.".split(" "));
const SENTENCE_STOP = /[\p{Ll}\p{Lu}]{2,}\.(?= )/u;
// A run of capitalized words, with the particles names carry ("de", "van") and initials ("J.").
const NAME_RUN =
  /[A-Z][\p{L}'’.-]*(?:[ \u00a0]+(?:[A-Z][\p{L}'’.-]*|(?:de|van|von|der|da|del|la|le|bin|al|dos|di|du)(?=[ \u00a0]+[A-Z])))*/gu;

/** Splits a name as written into tokens, dropping possessives and sentence periods. */
export function nameTokens(name: string): string[] {
  const tokens: string[] = [];
  const bare = name.endsWith("s") ? name.replace(/[’']s$/u, "") : name;
  const words = bare.includes(" ") || bare.includes("\u00a0") ? bare.split(/[ \u00a0]+/) : [bare];
  for (const t of words) {
    const token =
      t.length > 2 && t.endsWith(".") && !/^(?:[A-Z]\.)+$/.test(t) && !TITLE_WORDS.has(t.slice(0, -1).toLowerCase())
        ? t.slice(0, -1)
        : t;
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
}

/** The tokens of a capitalized run that form the name: leading function words and titles removed. */
export function personPart(tokens: readonly string[]): string[] {
  return tokens.slice(personStart(tokens.map(lower)));
}

/** Index of the first name token, given the lower-cased tokens (see {@link personPart}). */
function personStart(lows: readonly string[]): number {
  let from = 0;
  while (from < lows.length && NON_NAME_WORDS.has(lows[from] as string)) from++;
  let lastTitle = -1;
  for (let i = from; i < lows.length - 1; i++) {
    const low = lows[i] as string;
    if (TITLE_WORDS.has(low) || ROLE_NOUNS.has(low)) lastTitle = i;
  }
  return Math.max(from, lastTitle + 1);
}

/** True when the tokens look like a person's name rather than an organization or place. */
export function looksLikePerson(tokens: readonly string[]): boolean {
  return lowsLookLikePerson(tokens, tokens.map(lower), 0);
}

/** {@link looksLikePerson} for tokens[from..], with their lower-cased forms already at hand. */
function lowsLookLikePerson(tokens: readonly string[], lows: readonly string[], from: number): boolean {
  const n = tokens.length - from;
  if (n <= 0 || n > 4) return false;
  if (PLACE_FIRST.has(tokens[from] as string)) return false;
  for (let i = from; i < tokens.length; i++) {
    const low = lows[i] as string;
    if (NON_NAME_WORDS.has(low) || ORG_WORDS.has(low) || WEEKDAY_MONTH.has(tokens[i] as string)) return false;
  }
  return true;
}

function lower(token: string): string {
  let t = token;
  if (t.endsWith(".")) t = t.slice(0, -1);
  if (t.endsWith("’s") || t.endsWith("'s")) t = t.slice(0, -2);
  return t.toLowerCase();
}

interface Candidate extends Span {
  tokens: string[];
  /** The tokens lower-cased, without periods and possessives. */
  lows: string[];
  key: string;
  honorific: boolean;
  inQuote: boolean;
  runStart: number;
  paragraphStart: number;
}

/**
 * Builds the name index of a text; `quoted` are the spans inside quotation marks (names there are not
 * antecedents), `speakerKeys` surnames known to speak (read when the index is first asked for an antecedent).
 */
export function buildNameIndex(
  text: string,
  paragraphs: readonly Span[],
  quoted: readonly Span[],
  speakerKeys: ReadonlySet<string>,
): NameIndex {
  const fullNames = new Map<string, string[]>();
  const roleWord = commonNounTest(text);
  const gender = new Map<string, "f" | "m">();
  const candidates: Candidate[] = [];
  let q = 0;
  for (const paragraph of paragraphs) {
    NAME_RUN.lastIndex = paragraph.start;
    for (let m = NAME_RUN.exec(text); m && m.index < paragraph.end; m = NAME_RUN.exec(text)) {
      let run = m[0];
      const single = !run.includes(" ");
      const low = single ? run.toLowerCase() : "";
      if (single && NON_NAME_WORDS.has(low)) continue;
      // A sentence period ends the name: "Washington. Candidates" is two runs.
      if (run.includes(". ")) {
        const stop = SENTENCE_STOP.exec(run);
        if (stop && !TITLE_WORDS.has(stop[0].slice(0, -1).toLowerCase()) && !/^(?:Jr|Sr|St)\.$/.test(stop[0])) {
          run = run.slice(0, stop.index + stop[0].length);
          NAME_RUN.lastIndex = m.index + run.length;
        }
      }
      // One plain word ("Reyes") is its own token: no need to split it or strip a period or possessive.
      const plain = single && !run.includes("\u00a0") && !run.endsWith(".") && !run.endsWith("’s") && !run.endsWith("'s");
      const raw = plain ? [run] : nameTokens(run);
      const rawLows = plain ? [low] : raw.map(lower);
      let from = personStart(rawLows);
      if (from >= raw.length) continue;
      // "Wicketkeeper Tomas Havel saved…": a common noun opening the sentence before a name is the person's role.
      if (raw.length - from >= 3 && roleWord(rawLows[from] as string) && opensSentence(text, m.index, paragraph.start)) from++;
      const tokens = from === 0 ? raw : raw.slice(from);
      const lows = from === 0 ? rawLows : rawLows.slice(from);
      const start = m.index + (plain ? 0 : run.lastIndexOf(tokens[0] as string));
      const end = m.index + (run.endsWith("’s") || run.endsWith("'s") ? run.length - 2 : run.length);
      const key = lows[lows.length - 1] as string;
      if (tokens.length >= 2 && lowsLookLikePerson(tokens, lows, 0)) {
        const list = fullNames.get(key) ?? [];
        const name = tokens.join(" ");
        if (!list.includes(name)) list.push(name);
        fullNames.set(key, list);
        const first = lows[0] as string;
        if (FEMALE_FIRST.has(first)) gender.set(key, "f");
        else if (MALE_FIRST.has(first) && !gender.has(key)) gender.set(key, "m");
      }
      const honor = from > 0 ? (rawLows[0] as string) : "";
      if (honor === "mrs" || honor === "ms" || honor === "miss") gender.set(key, "f");
      else if (honor === "mr") gender.set(key, "m");
      while (q < quoted.length && (quoted[q] as Span).end <= start) q++;
      const inQuote = q < quoted.length && (quoted[q] as Span).start <= start;
      candidates.push({
        start,
        end,
        tokens,
        lows,
        key,
        honorific: honor !== "",
        inQuote,
        runStart: m.index,
        paragraphStart: paragraph.start,
      });
    }
  }

  let mentions: PersonMention[] | null = null;
  const personMentions = (): PersonMention[] => {
    if (mentions) return mentions;
    mentions = [];
    for (const c of candidates) {
      if (c.inQuote) continue;
      if (!lowsLookLikePerson(c.tokens, c.lows, c.tokens.length - 1)) continue;
      if (fullNames.has(c.key) || speakerKeys.has(c.key) || (c.honorific && lowsLookLikePerson(c.tokens, c.lows, 0))) {
        mentions.push({
          start: c.start,
          end: c.end,
          key: c.key,
          name: c.tokens.join(" "),
          subject: isSubject(text, c.runStart, c.end, c.paragraphStart),
        });
      }
    }
    return mentions;
  };
  const roles = new Map<string, string>();
  const roleText = (key: string): string => {
    let role = roles.get(key);
    if (role !== undefined) return role;
    role = "";
    for (const c of candidates) {
      if (c.key !== key) continue;
      // The words right before the name ("Finance Minister", "spokesman") and an apposition after it.
      const before = titleBefore(text.slice(Math.max(0, c.start - 60), c.start));
      const after = /^,([^,.;“”"]{3,80}),/.exec(text.slice(c.end, c.end + 90))?.[1] ?? "";
      role += ` ${before.toLowerCase()} ${after.toLowerCase()}`;
    }
    roles.set(key, role);
    return role;
  };

  // Articles name the same few people again and again: each name as written is worked out once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      const tokens = personPart(nameTokens(name));
      key = lower((tokens[tokens.length - 1] ?? name) as string);
      keys.set(name, key);
    }
    return key;
  };
  const fullForms = new Map<string, string>();
  const fullest = (name: string): string => {
    let full = fullForms.get(name);
    if (full === undefined) {
      full = fullestForm(name);
      fullForms.set(name, full);
    }
    return full;
  };
  const fullestForm = (name: string): string => {
    let tokens = personPart(nameTokens(name));
    if (tokens.length === 0) return name;
    const key = lower(tokens[tokens.length - 1] as string);
    const list = fullNames.get(key) ?? [];
    // "Wicketkeeper Tomas Havel" when the article knows "Tomas Havel": the role read as a name is dropped.
    if (tokens.length >= 3 && roleWord(lower(tokens[0] as string))) {
      const rest = tokens.slice(1).join(" ");
      if (!list.includes(tokens.join(" ")) && list.includes(rest)) tokens = tokens.slice(1);
    }
    const written = tokens.join(" ");
    let best = written;
    for (const full of list) {
      if (!full.endsWith(written) || full.length <= best.length) continue;
      // Prefer the first full form introduced, unless the name as written already has a first name.
      if (best === written || tokens.length > 1) best = full;
    }
    return best;
  };
  const antecedent = (word: string, at: number): PersonMention | null => {
    const w = word.toLowerCase();
    const want = w === "she" ? "f" : w === "he" ? "m" : null;
    const role = /\s/.test(w) ? (w.split(/\s+/).pop() ?? "") : "";
    const list = personMentions();
    // Nearby people are weighed: a subject, a known gender match or someone quoted beats a slightly nearer mention.
    let best: PersonMention | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i] as PersonMention;
      if (m.start >= at) continue;
      const g = gender.get(m.key);
      if (want && g && g !== want) continue;
      if (role) {
        if (roleMatches(roleText(m.key), role)) return m;
        continue;
      }
      const distance = at - m.end;
      if (best && distance > PRONOUN_WINDOW) break;
      const score =
        (m.subject ? 2 : 0) + (want && g === want ? 1 : 0) + (speakerKeys.has(m.key) ? 1 : 0) - distance / PRONOUN_WINDOW;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  };
  return { mentions: personMentions, fullest, antecedent, keyOf };
}

const PRONOUN_WINDOW = 400;
// How many different words one text may look up as common nouns: each look-up reads the text once.
const MAX_NOUN_LOOKUPS = 24;

/**
 * A test for words that are roles rather than names: a listed role noun, or a word the text also writes in lower
 * case ("the wicketkeeper") that is not a known first name. Looks are cached and capped, so a text is read a bounded
 * number of times.
 */
function commonNounTest(text: string): (low: string) => boolean {
  const seen = new Map<string, boolean>();
  return (low) => {
    if (ROLE_NOUNS.has(low) || TITLE_WORDS.has(low)) return true;
    if (low.length < 4 || FEMALE_FIRST.has(low) || MALE_FIRST.has(low) || !/^\p{Ll}+$/u.test(low)) return false;
    let known = seen.get(low);
    if (known === undefined) {
      known = seen.size < MAX_NOUN_LOOKUPS && writtenInLowerCase(text, low);
      seen.set(low, known);
    }
    return known;
  };
}

/** True when `word` (lower case) stands as a whole word somewhere in the text. */
function writtenInLowerCase(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? (text[i - 1] as string) : " ";
    const after = text[i + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** True when the run at `start` opens its paragraph or follows a sentence's end. */
function opensSentence(text: string, start: number, paragraphStart: number): boolean {
  let i = start;
  while (i > paragraphStart && isSpaceAt(text, i - 1)) i--;
  return i === paragraphStart || /[.!?]["”’]?$/.test(text.slice(Math.max(paragraphStart, i - 2), i));
}
const NOT_TITLE =
  /^(?:that|which|who|and|or|but|to|with|by|at|on|in|from|for|as|when|while|after|before|is|was|are|were|has|had|have|the)$/i;

/** The title words that end `text`, right before a name: "… said Finance Minister" → "finance minister". */
function titleBefore(text: string): string {
  const words = (text.split(/[,.;:!?\n“”"()]/).pop() ?? "").trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const word = words[i] as string;
    if (!word || NOT_TITLE.test(word) || isSpeechVerb(word)) break;
    kept.unshift(word.toLowerCase());
  }
  return kept.join(" ");
}

/** True when the name at [start, end) opens a sentence or a paragraph, or is followed by a speech verb. */
function isSubject(text: string, start: number, end: number, paragraphStart: number): boolean {
  let i = start;
  while (i > paragraphStart && isSpaceAt(text, i - 1)) i--;
  if (i === paragraphStart) return true;
  const before = text.slice(Math.max(paragraphStart, i - 2), i);
  if (/[.!?]["”’]?$/.test(before) || /,["”]$/.test(before)) return true;
  const next = /^(?:[’']s)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(end, end + 30));
  return next !== null && isSpeechVerb(next[1] as string);
}

const ROLE_ALIASES: Record<string, string[]> = {
  senator: ["sen.", "senator"],
  governor: ["gov.", "governor"],
  congressman: ["rep.", "congressman", "representative"],
  congresswoman: ["rep.", "congresswoman", "representative"],
  representative: ["rep.", "representative"],
  president: ["president"],
  spokesman: ["spokesman", "spokesperson"],
  spokeswoman: ["spokeswoman", "spokesperson"],
};

// Compiled alias patterns; roles come from a short list of titles, so the cache stays small.
const ALIAS_PATTERNS = new Map<string, RegExp>();

function aliasPattern(alias: string): RegExp {
  let re = ALIAS_PATTERNS.get(alias);
  if (!re) {
    re = new RegExp(`\\b${alias.replace(".", "\\.")}`);
    if (ALIAS_PATTERNS.size < 256) ALIAS_PATTERNS.set(alias, re);
  }
  return re;
}

function roleMatches(roleText: string, role: string): boolean {
  const aliases = ROLE_ALIASES[role] ?? [role];
  return aliases.some((a) => aliasPattern(a).test(roleText));
}
