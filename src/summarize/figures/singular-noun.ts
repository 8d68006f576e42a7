/** English plural → singular for the head noun of a counted phrase ("commuters" → "commuter"). */

// Plurals English does not form with -s, and nouns that only look plural.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["children", "child"],
  ["feet", "foot"],
  ["teeth", "tooth"],
  ["geese", "goose"],
  ["mice", "mouse"],
  ["oxen", "ox"],
  ["lives", "life"],
  ["wives", "wife"],
  ["knives", "knife"],
  ["wolves", "wolf"],
  ["halves", "half"],
  ["shelves", "shelf"],
  ["leaves", "leaf"],
  ["thieves", "thief"],
  ["loaves", "loaf"],
  ["calves", "calf"],
  ["criteria", "criterion"],
  ["phenomena", "phenomenon"],
  ["data", "data"],
  ["media", "media"],
  ["series", "series"],
  ["species", "species"],
  ["news", "news"],
]);

/** The singular of an English noun: -ies → -y, -(ss|x|zz|ch|sh)es → drop -es, -men → -man, else drop one -s. */
export function singularNoun(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  // "people", "police", "staff", "glass", "virus", "analysis", "chassis": no -s plural to undo
  if (/(?:ss|us|is|ics)$/.test(lower) || !/s$/.test(lower))
    return /men$/.test(lower) && !/(?:speci|abdo|^o|sta|regi|ste)men$/.test(lower) ? `${lower.slice(0, -3)}man` : lower;
  if (/[^aeiou]ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|x|zz|[cs]h|[^aeiou]us)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** True when a word has the form of an English plural ("homes", "men", "children"). */
export function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return singularNoun(lower) !== lower || lower === "people" || lower === "police";
}
