// Words that cannot head a subject: function words and verbs ("set in", "based at").
const NOT_HEAD =
  /^(?:of|on|in|for|to|at|with|by|from|about|and|or|but|that|which|who|the|this|these|those|its|his|her|their|set|based|born|made|held|owned|run|led|seen|known|[a-z]+ed|[a-z]+ing)$/;
// Market reports open with "Shares in X" before the verb.
const SHARES_IN =
  /^(?:Shares|Stocks) in ([^,]{3,80}?) (?=(?:have |has |had |were |are )?(?:up|down|closed|ended|opened|traded|rose|fell|jumped|soared|slumped|dropped|slid|climbed|surged|tumbled|plunged|gained|lost|rallied|slipped|edged|dipped|rebounded|sank|sunk|hit|leapt|leaped|risen|fallen)\b)/;
// A subject that is a part or a person of a named owner: "The majority owner of (embattled firm) Yukos has".
const OWNED_SUBJECT =
  /^(?:(?:The|A|An) )?(?:[a-z-]+ )?([a-z]{3,}|[A-Z][a-z]+(?:ers|ors|ents|ists|ees|ians)|Head|Chief|Boss|Owner|Founder|Creator|Shareholder|Staff) (?:of|in|at) ([^,]{2,60}?) (?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|says|said|[a-z]{3,}ed)\b)/;
// Nouns that count or group rather than name what the story is about: "group of MPs", "proportion of users".
const QUANTITY_NOUN =
  /^(?:group|groups|number|lot|lots|series|range|couple|pair|proportion|majority|minority|rest|some|many|most|one|two|three|half|third|quarter|part|share|total|amount|kind|sort|type|variety|host|handful|dozens|hundreds|thousands|millions|version|memory|life)$/;

/**
 * Names the owner first, as headlines do: "Shares in carmaker Fiat have fallen" → "Fiat shares have fallen",
 * "Traders at US banking giant Citigroup are" → "Citigroup traders are". Other sentences are returned unchanged.
 */
export function putOwnerFirst(text: string): string {
  const shares = text.replace(SHARES_IN, (whole, owner: string) => (lastName(owner) ? `${lastName(owner)} shares ` : whole));
  return shares.replace(OWNED_SUBJECT, (whole, head: string, owner: string) =>
    ownerName(owner) && !NOT_HEAD.test(head.toLowerCase()) && !QUANTITY_NOUN.test(head.toLowerCase())
      ? `${ownerName(owner)} ${head.toLowerCase()} `
      : whole,
  );
}

/** The name ending a simply described owner ("US phone firm MCI" → "MCI"), or "" for anything more complex. */
function ownerName(owner: string): string {
  if (/\b(?:of|the|and|in|at|on|for|to|with|by|from)\b|[?!"“”]/.test(owner)) return "";
  const name = lastName(owner.replace(/ & /g, "&")).replace(/&/g, " & ");
  return name.split(" ").length <= 4 ? name : "";
}

/** The name at the end of a described owner: "struggling carmaker Fiat " → "Fiat". */
function lastName(owner: string): string {
  const words = owner.trim().split(/\s+/);
  let start = words.length;
  while (start > 0 && /^[A-Z]/.test(words[start - 1] as string)) start--;
  return words.slice(start).join(" ");
}
