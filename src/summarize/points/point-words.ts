/** Content words of a sentence: the nouns, names and verbs that say what a story is about. */

// Hand-written function words and newsroom filler of four letters or more (shorter words are skipped anyway).
const STOP = new Set(
  (
    "that this these those there their them they then than what when where which while with within without " +
    "have has having been were will would could should shall might must into onto from about above after again " +
    "against before below between both each more most other over under some such only same very just also " +
    "said says saying told tell asked added according being does doing done here your yours ours just like " +
    "last first year years time times week month today yesterday monday tuesday wednesday thursday friday " +
    "saturday sunday back many much even still well because through during until among upon since around " +
    "people thing things made make makes know known take taken took come came going goes want wanted need " +
    "think thought good great another every whether though although however would really something anything " +
    "nothing everything always never often ever away down further whose whom himself herself itself themselves"
  ).split(" "),
);

/** The distinct content words of a text, lower-cased: letters or digits, four characters or more, no function words. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isWord =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 4) {
        const word = text.slice(start, i).toLowerCase();
        if (!STOP.has(word)) words.add(word);
      }
      start = -1;
    }
  }
  return words;
}
