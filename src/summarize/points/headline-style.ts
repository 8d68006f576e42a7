// The short forms British headline-writers use for names and words that recur in the news.
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/\bManchester United\b/g, "Man Utd"],
  [/\bManchester City\b/g, "Man City"],
  [/\bLiberal Democrats\b/g, "Lib Dems"],
  [/\bLiberal Democrat\b/g, "Lib Dem"],
  [/\b(?:the )?Conservative Party\b/g, "Tories"],
  [/\bConservatives\b/g, "Tories"],
  [/\bConservative\b(?= [a-z])/g, "Tory"],
  [/\bLabour Party\b/g, "Labour"],
  [/\bUnited States\b/g, "US"],
  [/\bUnited Kingdom\b/g, "UK"],
  [/\bEuropean Union\b/g, "EU"],
  [/\bUnited Nations\b/g, "UN"],
  [/\bFootball Association\b/g, "FA"],
  [/\b(Newcastle|Leeds|West Ham) United\b/g, "$1"],
  [/\bDundee United\b/g, "Dundee Utd"],
  [/\bTottenham Hotspur\b/g, "Spurs"],
  [/(?<![A-Z][a-z]* )\bBritain(['’]s)?\b/g, "UK$1"],
  [/\b[Pp]rime [Mm]inister\b(?! [A-Z])/g, "PM"],
  [/\bAcademy Awards\b/g, "Oscars"],
  [/\b[Cc]hief [Ee]xecutive(?: [Oo]fficer)?\b/g, "boss"],
  [/\b([Mm])obile phone(s?)\b/g, "$1obile$2"],
  [/\bgeneral election\b/g, "election"],
  [/\bformer (?=[A-Za-z])/g, "ex-"],
  [/\btelevision\b/g, "TV"],
  [/(?<!parting )\bcompany\b(?! of)/g, "firm"],
  [/\bcompanies\b/g, "firms"],
  [/\binvestigation\b/g, "probe"],
  [/\bagreement\b/g, "deal"],
  [/\b(an?|the|its|their|his|her) (?:attempt|effort)\b/g, "$1 bid"],
  [/\b(an?|the) increase\b/g, "$1 rise"],
  [/\s?(?:per ?cent|percent)\b/g, "%"],
  [/([$£€]\d+(?:\.\d+)?) million\b/g, "$1m"],
  [/([$£€]\d+(?:\.\d+)?) billion\b/g, "$1bn"],
];

// A cheap first look: a sentence without any of these words has nothing to rewrite.
const HINT =
  /Manchester|Liberal|Independence|Airways|Monetary|Trade Organi|Central Bank|Health Service|Conservative|Labour Party|United|Union|Nations|Association|Tottenham|Britain|rime|Academy|xecutive|obile phone|general election|former|television|compan|investigation|agreement|attempt|effort|increase|cent|million|billion/;

/** Rewrites names and words the way headlines print them: "Liberal Democrats" → "Lib Dems", "50 per cent" → "50%". */
export function useShortForms(text: string): string {
  if (!HINT.test(text)) return text;
  let out = text;
  for (const [pattern, short] of SHORT_FORMS) out = out.replace(pattern, short);
  // The article before a replaced word: "an investigation" → "a probe", "a former" → "an ex-".
  return out.replace(/\b([Aa])n (probe|deal|bid|rise|firm|boss|PM)\b/g, "$1 $2").replace(/\b([Aa]) ex-/g, "$1n ex-");
}
