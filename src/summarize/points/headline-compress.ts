import { PARTICIPLE } from "./headline-words.js";
import { isPastForm } from "./present-tense.js";

// Words headline-writers drop: articles and auxiliaries ("has agreed" → "agreed", "is to" → "to").
const DROPPED = new Set(["the", "a", "an"]);
const POSSESSIVE = new Set(["its", "their", "his", "her"]);
// Words ending in -ly that are not adverbs, or adverbs headlines keep.
const KEPT_LY = new Set(
  "only early daily family rally ally reply supply apply fly holy belly jolly silly likely unlikely weekly monthly quarterly yearly elderly friendly lonely ugly bully assembly anomaly monopoly july italy hourly costly deadly".split(
    " ",
  ),
);
const AUXILIARY = new Set(["has", "have", "had", "is", "are", "was", "were", "been", "being", "will", "would"]);
const FILLER = /^(?:still|also|already|just|even|very|soon)$/;
// Words between an auxiliary and its verb: "has again refused", "have both left".
const PEEKED_OVER = /^(?:still|also|already|just|even|very|soon|again|both|all|now)$/;
/** Modals and "to": the verb after them stays in its base form. */
export const MODAL = /^(?:may|might|could|would|should|must|will|can|to)$/i;
const BE = new Set(["is", "are", "was", "were", "been", "being"]);
/** Marks a participle that must stay as it is; removed before the headline is returned. */
export const PASSIVE = "\u0001";
/** Marks a verb whose dropped auxiliary was plural ("have won", "are axing"), so its present form agrees: "Sisters win". */
export const PLURAL = "\u0002";
// Marks a verb whose dropped auxiliary was singular ("has hit"): it is the main verb, whatever noun comes before it.
const SINGULAR = "\u0003";
const PLURAL_AUXILIARY = new Set(["have", "are", "were"]);
/** Both number marks, to strip once the verb is in the present. */
export const NUMBER_MARK = /[\u0002\u0003]/g;

/** Drops articles, possessives, adverbs, fillers and auxiliaries, marking the verb an auxiliary stood before. */
export function compressWords(words: string[]): string[] {
  const out: string[] = [];
  let passive = false;
  // The number of a dropped auxiliary, carried to the verb after it.
  let number = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    const next = (words[i + 1] ?? "").toLowerCase();
    if (DROPPED.has(lower) || POSSESSIVE.has(lower)) continue;
    if (isDroppedAdverb(word)) continue;
    // Fillers headlines leave out: "is still in talks", "has already agreed".
    if (FILLER.test(lower) && out.length > 0) continue;
    // "has agreed" → "agreed"; but "have until midnight", "has plans": "have" is the main verb and stays.
    if (
      /^(?:has|have|had)$/.test(lower) &&
      out.length > 0 &&
      !MODAL.test(out[out.length - 1] as string) &&
      out[out.length - 1] !== "not" &&
      isVerbAfterHave(nextKept(words, i))
    ) {
      number = lower === "have" ? PLURAL : SINGULAR;
      continue;
    }
    // "is to", "has agreed", "have been": headlines keep the verb alone.
    const afterPronoun = /^(?:he|she|it|they|we|i|you|there|this|that|what|which|who|it's)$/i.test(out[out.length - 1] ?? "");
    const afterModal = (MODAL.test(out[out.length - 1] ?? "") || out[out.length - 1] === "not") && lower === "have";
    if (
      AUXILIARY.has(lower) &&
      out.length > 0 &&
      !afterPronoun &&
      !afterModal &&
      next !== "" &&
      !/^(?:not|no|a|an|the)$/.test(next)
    ) {
      // "have been officially recognised": the participle after a dropped adverb.
      const verb = nextKept(words, i);
      if (
        /^(?:to|set|expected|likely|due|about|been|being|[a-z]+ed|[a-z]+en|[a-z]+ing)$/.test(verb) ||
        (BE.has(lower) && PARTICIPLE.test(verb))
      ) {
        // "has been unveiled", "are being warned": a passive keeps its participle as it is.
        passive = BE.has(lower) && PARTICIPLE.test(verb);
        if (!number) number = PLURAL_AUXILIARY.has(lower) ? PLURAL : SINGULAR;
        continue;
      }
    }
    // "Campbell is at centre of row" → "Campbell at centre of row": headlines drop the copula.
    if (/^(?:is|are)$/.test(lower) && out.length > 0 && out.length <= 4 && !afterPronoun && /^[a-z]/.test(next) && next !== "to")
      continue;
    // "nominees have been least popular" → "nominees least popular": the copula after a dropped "have" goes too.
    if (
      lower === "been" &&
      /^(?:has|have|had)$/i.test(words[i - 1] ?? "") &&
      out.length > 0 &&
      /^[a-z]/.test(next) &&
      !/^(?:a|an|the|to)$/.test(next)
    )
      continue;
    const bare = isListComma(words, i) ? word : word.replace(/[,;:]+$/, "");
    out.push(bare + (passive ? PASSIVE : number));
    passive = false;
    number = "";
  }
  return out;
}

/** The next word the compression keeps: adverbs and fillers between an auxiliary and its verb are skipped. */
function nextKept(words: readonly string[], i: number): string {
  let j = i + 1;
  while (j < words.length && (isDroppedAdverb(words[j] as string) || PEEKED_OVER.test((words[j] as string).toLowerCase()))) j++;
  return (words[j] ?? "").toLowerCase();
}

function isDroppedAdverb(word: string): boolean {
  return /^[a-z]{4,}ly$/.test(word) && !KEPT_LY.has(word);
}

/** A word that makes "has" before it an auxiliary: a past participle, "been", or another auxiliary left by a dropped clause. */
function isVerbAfterHave(word: string): boolean {
  const bare = word.replace(/-/g, ""); // "re-opened"
  return bare === "been" || PARTICIPLE.test(bare) || isPastForm(bare) || AUXILIARY.has(bare) || MODAL.test(bare);
}

// The most words a list item may have: "Pixies, Foo Fighters and Iron Maiden".
const MAX_ITEM_WORDS = 4;

/** Whether the comma after `words[i]` separates the items of a list ("A, B and C"), which a headline keeps. */
function isListComma(words: readonly string[], i: number): boolean {
  if (!(words[i] as string).endsWith(",")) return false;
  const after = words[i + 1] ?? "";
  // ", who appeared", ", including": a clause or a phrase, not the next item.
  if (/^(?:who|which|whose|where|when|including|aka|such|as|but|while)$/.test(after)) return false;
  // "Edwards, guitarist and lyricist": a name then a lower-case description is an aside; list items look alike.
  if (i > 0 && /^[A-Z]/.test(words[i] as string) && /^[a-z]/.test(after)) return false;
  for (let j = i + 1; j <= i + MAX_ITEM_WORDS && j < words.length; j++) {
    const word = words[j] as string;
    if (/^(?:and|or|&)$/.test(word)) return j > i + 1;
    if (/[;:]$/.test(word) || AUXILIARY.has(word) || MODAL.test(word)) return false;
    if (word.endsWith(",")) return isListComma(words, j);
  }
  return false;
}
