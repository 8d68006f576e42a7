/** Content words of sentences as small integer ids: what a story is about, counted without building strings. */

// Hand-written function words and newsroom filler of four letters or more (shorter words are skipped anyway).
const STOP_WORDS =
  "that this these those there their them they then than what when where which while with within without " +
  "have has having been were will would could should shall might must into onto from about above after again " +
  "against before below between both each more most other over under some such only same very just also " +
  "said says saying told tell asked added according being does doing done here your yours ours like " +
  "last first year years time times week month today yesterday monday tuesday wednesday thursday friday " +
  "saturday sunday back many much even still well because through during until among upon since around " +
  "people thing things made make makes know known take taken took come came going goes want wanted need " +
  "think thought good great another every whether though although however really something anything " +
  "nothing everything always never often ever away down further whose whom himself herself itself themselves";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

// A fresh table holds the stop words (and the singular of a plural-looking one), marked by the id -1, so that one
// look-up per word both filters stop words and finds ids. Each text starts from a copy of this template.
const TEMPLATE_SIZE = 2048;
const TEMPLATE_KEYS = new Int32Array(TEMPLATE_SIZE);
const TEMPLATE_USED = new Uint8Array(TEMPLATE_SIZE);
let templateFilled = 0;
for (const word of STOP_WORDS.split(" ")) {
  const forms = /[^s]s$/.test(word) && word.length > 4 ? [word, word.slice(0, -1)] : [word];
  for (const form of forms) {
    const h = hashWord(form);
    let slot = h & (TEMPLATE_SIZE - 1);
    while (TEMPLATE_USED[slot] === 1 && TEMPLATE_KEYS[slot] !== h) slot = (slot + 1) & (TEMPLATE_SIZE - 1);
    if (TEMPLATE_USED[slot] === 1) continue;
    TEMPLATE_USED[slot] = 1;
    TEMPLATE_KEYS[slot] = h;
    templateFilled++;
  }
}
const TEMPLATE_VALUES = new Int32Array(TEMPLATE_SIZE).fill(-1);

/** A sentence's distinct content words (as ids of its WordIndex), its word count, and marks of hard news. */
export interface SentenceWords {
  ids: number[];
  words: number;
  digit: boolean;
  name: boolean;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 191;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/**
 * Gives each distinct content word of a text an id (0, 1, 2, ...): letters or digits, four characters or more,
 * lower-cased, a plain plural -s dropped ("attacks" is "attack"), function words left out. Words are hashed as they
 * are read (32-bit FNV-1a), so no string is made per word; two words sharing a hash would share an id.
 * Reusable: `reset()` starts a new text without reallocating.
 */
export class WordIndex {
  private keys = TEMPLATE_KEYS.slice();
  private values = TEMPLATE_VALUES.slice();
  private used = TEMPLATE_USED.slice();
  private filled = templateFilled;
  // The last sentence each id was seen in, to keep a sentence's ids distinct.
  private seen = new Int32Array(TEMPLATE_SIZE);
  private sentences = 0;
  /** How many distinct content words have an id. */
  size = 0;

  /** Forgets every id: the next sentence read starts a new text. */
  reset(): void {
    if (this.keys.length !== TEMPLATE_SIZE) {
      this.keys = TEMPLATE_KEYS.slice();
      this.values = TEMPLATE_VALUES.slice();
      this.used = TEMPLATE_USED.slice();
    } else if (this.size > 0) {
      this.keys.set(TEMPLATE_KEYS);
      this.values.set(TEMPLATE_VALUES);
      this.used.set(TEMPLATE_USED);
    }
    this.filled = templateFilled;
    this.size = 0;
  }

  /**
   * Reads the words of text[start, end): the ids of its distinct content words, how many words it has, whether it has
   * a digit, and whether it has a two-word capitalised name inside it (as /\s[A-Z][a-z]+\s[A-Z][a-z]/ would find).
   */
  sentence(text: string, start: number, end: number): SentenceWords {
    const ids: number[] = [];
    const stamp = ++this.sentences;
    let words = 0;
    let digit = false;
    let name = false;
    // Where the space after a capitalised word ([A-Z][a-z]+, itself after a space) is: a name may follow it.
    let armed = -2;
    let i = start;
    while (i < end) {
      let code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        i++;
        continue;
      }
      const first = i;
      words++;
      const upper = code >= 65 && code <= 90;
      let capital = upper && i > start && isSpace(text.charCodeAt(i - 1));
      if (code <= 57) digit = true;
      let before = FNV_OFFSET;
      let h = Math.imul(FNV_OFFSET ^ (upper ? code + 32 : code), FNV_PRIME);
      i++;
      if (capital && armed === first - 1 && i < end) {
        const next = text.charCodeAt(i);
        if (next >= 97 && next <= 122) name = true;
      }
      while (i < end) {
        code = text.charCodeAt(i);
        if (code >= 97 && code <= 122) {
          // Lower-case letters, the common case, first.
        } else if (code >= 65 && code <= 90) {
          capital = false;
          code += 32;
        } else if ((code >= 48 && code <= 57) || code > 191) {
          capital = false;
          if (code <= 57) digit = true;
        } else break;
        before = h;
        h = Math.imul(h ^ code, FNV_PRIME);
        i++;
      }
      const length = i - first;
      if (capital && length >= 2 && i < end && isSpace(text.charCodeAt(i))) armed = i;
      if (length < 4) continue;
      const plural = length > 4 && (text.charCodeAt(i - 1) | 32) === 115 && (text.charCodeAt(i - 2) | 32) !== 115;
      const id = this.idOf(plural ? before : h);
      if (id >= 0 && this.seen[id] !== stamp) {
        this.seen[id] = stamp;
        ids.push(id);
      }
    }
    return { ids, words, digit, name };
  }

  // The id of a word's hash, a new one if unseen; -1 for a stop word.
  private idOf(hash: number): number {
    const { keys, used } = this;
    const mask = keys.length - 1;
    let slot = hash & mask;
    while (used[slot] === 1) {
      if (keys[slot] === hash) return this.values[slot] as number;
      slot = (slot + 1) & mask;
    }
    return this.add(hash, slot);
  }

  private add(hash: number, slot: number): number {
    this.used[slot] = 1;
    this.keys[slot] = hash;
    this.values[slot] = this.size;
    if (++this.filled * 2 >= this.keys.length) this.grow();
    if (this.seen.length <= this.size) this.growSeen();
    return this.size++;
  }

  private growSeen(): void {
    const seen = new Int32Array(this.seen.length * 2);
    seen.set(this.seen);
    this.seen = seen;
  }

  private grow(): void {
    const { keys, values, used } = this;
    const capacity = keys.length * 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      if (used[i] !== 1) continue;
      let slot = (keys[i] as number) & mask;
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.used[slot] = 1;
      this.keys[slot] = keys[i] as number;
      this.values[slot] = values[i] as number;
    }
  }
}
