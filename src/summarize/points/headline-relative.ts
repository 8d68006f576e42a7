// A relative pronoun after a noun: "student who", "firms that", "service which".
const RELATIVE = /^(?:who|that|which)$/i;
// Auxiliaries and modals that can start the main verb of a sentence.
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)$/;
// Words the subject before the relative pronoun may not contain: they show it is already a clause.
const CLAUSE_WORD =
  /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|says|said|say|does|did|do|not|and|but|if|as|so|it's|that's|there's|here's|what's)$/i;
// Words before "that" which make it start a reported clause, not a relative one: "proclaims that", "ensuring that".
const REPORTING =
  /^(?:[a-z]+ing|says|claims|argues|believes|thinks|warns|insists|suggests|shows|reveals|admits|denies|fears|hopes|expects|predicts|reports|announces|confirms|states|notes|adds|proclaims|means|knows|feels|accepts|agrees|fact|idea|news|hope|fear|belief|claim|view|sign|signs|evidence|proof)$/i;
// Words before a relative pronoun that are not the noun it describes: "those who", "in which".
const NOT_NOUN =
  /^(?:in|on|at|of|for|by|with|from|to|under|through|into|those|these|anyone|anybody|everyone|everybody|someone|somebody|something|anything|everything|nothing|one|all|many|some|few|that|this|say|says|said|so|such)$/i;
// The most words a subject may have before its relative clause.
const MAX_SUBJECT_WORDS = 6;

/**
 * Drops a relative clause inside the subject so the main verb follows its noun:
 * "A student who ran a website has been ordered to pay" → "A student has been ordered to pay".
 * Returns the text unchanged when the sentence has no such clause.
 */
export function dropSubjectRelative(text: string): string {
  const words = text.split(" ");
  const pronoun = words.findIndex((w) => RELATIVE.test(w));
  if (pronoun < 1 || pronoun > MAX_SUBJECT_WORDS) return text;
  if (words.slice(0, pronoun).some((w) => CLAUSE_WORD.test(w) || /[,;:]$/.test(w))) return text;
  const noun = words[pronoun - 1] as string;
  if (!/^[A-Za-z][\w'’-]*$/.test(noun) || NOT_NOUN.test(noun)) return text;
  if (/^that$/i.test(words[pronoun] as string) && pronoun > 1 && REPORTING.test(noun)) return text;
  let main = -1;
  for (let i = pronoun + 2; i < words.length; i++) {
    const word = words[i] as string;
    if (AUXILIARY.test(word)) main = i;
    // A second relative clause or a comma after a verb was found ends the search.
    else if (main >= 0 && (RELATIVE.test(word) || /[,;:]$/.test(words[i - 1] as string))) break;
    if (main < 0 && /[,;:]$/.test(word)) return text;
  }
  if (main < 0 || main + 1 >= words.length) return text;
  return [...words.slice(0, pronoun), ...words.slice(main)].join(" ");
}
