// Past forms of common irregular verbs and their base form, for turning a lede's verb into headline tense.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    "won:win hit:hit fell:fall fallen:fall rose:rise risen:rise made:make took:take taken:take sold:sell bought:buy " +
    "lost:lose beat:beat beaten:beat said:say told:tell saw:see seen:see led:lead left:leave met:meet grew:grow " +
    "grown:grow paid:pay gave:give given:give got:get came:come went:go gone:go struck:strike set:set cut:cut " +
    "put:put kept:keep held:hold ran:run broke:break broken:break brought:bring thought:think found:find " +
    "spent:spend began:begin begun:begin became:become chose:choose chosen:choose drew:draw drawn:draw " +
    "stood:stand spoke:speak spoken:speak swept:sweep threw:throw thrown:throw wrote:write written:write " +
    "sent:send built:build shot:shoot sank:sink sunk:sink shut:shut quit:quit hid:hide hidden:hide " +
    "sought:seek taught:teach caught:catch fought:fight won't:won't withdrew:withdraw withdrawn:withdraw " +
    "overtook:overtake overtaken:overtake undertook:undertake forgave:forgive unveiled:unveil slid:slide " +
    "flew:fly flown:fly bid:bid felt:feel meant:mean lent:lend bore:bear borne:bear upheld:uphold " +
    "overturned:overturn dealt:deal knew:know known:know heard:hear stole:steal stolen:steal added:add"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);
const ES_ENDING = /(?:s|z|x|ch|sh|o)$/;

/** The third-person present of a past verb ("widened" → "widens", "won" → "wins"), or null when unsure. */
export function presentOf(past: string, plural: boolean): string | null {
  const base = baseOf(past);
  if (base === null) return null;
  if (plural) return base;
  if (base === "be") return "is";
  if (base === "have") return "has";
  if (base === "go" || base === "do") return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return ES_ENDING.test(base) ? `${base}es` : `${base}s`;
}

function baseOf(past: string): string | null {
  const irregular = IRREGULAR[past];
  if (irregular) return irregular;
  if (!/^[a-z]{3,}ed$/.test(past)) return null;
  const stem = past.slice(0, -2);
  if (stem.endsWith("i")) return `${stem.slice(0, -1)}y`; // "tried" → "try"
  if (stem.endsWith("e")) return `${stem}e`; // "agreed" → "agree"
  if (/(?:cre|[iu])at$/.test(stem)) return `${stem}e`; // "created", "negotiated", "evaluated"
  if (/[bcdfgkptz]l$/.test(stem)) return `${stem}e`; // "tumbled", "doubled", "tackled"
  if (/[lp]et$/.test(stem)) return `${stem}e`; // "completed", "deleted", "competed"
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  // "stopped" → "stop", but "called", "passed", "buzzed" keep their double letter.
  if (last === before && !/[lszf]/.test(last)) return stem.slice(0, -1);
  // After these letters the base usually ends in "e" ("changed", "moved", "raised", "forced"): too unsure.
  if (/[cgvzsu]/.test(last)) return /(?:ch|sh|ss|x)$/.test(stem) ? stem : null;
  if (/[aeiouwy]/.test(before) || /(?:er|en|on|el|it|et|ow|ay|ey)$/.test(stem)) {
    // "gained", "hovered", "widened", "showed"; a single vowel before one consonant ("hoped") is unsure.
    const vowelBefore = stem.charAt(stem.length - 3);
    if (/[aeiou]/.test(before) && !/[aeiou]/.test(vowelBefore) && !/(?:er|en|on|el|it|et)$/.test(stem)) return null;
    return stem;
  }
  return stem; // two consonants: "warned", "helped", "asked", "started"
}
