// Past forms of common irregular verbs and their base form, for turning a lede's verb into headline tense.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    "won:win hit:hit fell:fall fallen:fall rose:rise risen:rise made:make took:take taken:take sold:sell bought:buy " +
    "lost:lose beat:beat beaten:beat said:say told:tell saw:see seen:see led:lead left:leave met:meet grew:grow " +
    "grown:grow paid:pay gave:give given:give got:get came:come went:go gone:go struck:strike set:set cut:cut " +
    "put:put kept:keep held:hold ran:run broke:break broken:break brought:bring thought:think found:find " +
    "spent:spend began:begin begun:begin chose:choose chosen:choose drew:draw drawn:draw " +
    "stood:stand spoke:speak spoken:speak swept:sweep threw:throw thrown:throw wrote:write written:write " +
    "sent:send built:build shot:shoot sank:sink sunk:sink shut:shut quit:quit hid:hide hidden:hide " +
    "sought:seek taught:teach caught:catch fought:fight won't:won't withdrew:withdraw withdrawn:withdraw " +
    "overtook:overtake overtaken:overtake undertook:undertake forgave:forgive unveiled:unveil slid:slide " +
    "flew:fly flown:fly bid:bid felt:feel meant:mean lent:lend bore:bear borne:bear upheld:uphold " +
    "overturned:overturn dealt:deal knew:know known:know heard:hear stole:steal stolen:steal added:add died:die lied:lie tied:tie sued:sue eyed:eye " +
    "shrank:shrink shrunk:shrink sprang:spring rang:ring sang:sing swam:swim drank:drink forgot:forget froze:freeze " +
    "frozen:freeze wore:wear tore:tear swore:swear woke:wake rode:ride drove:drive driven:drive strove:strive " +
    "shook:shake shaken:shake blew:blow blown:blow laid:lay hung:hang swung:swing dug:dig spun:spin fled:flee " +
    "fed:feed sped:speed ate:eat eaten:eat overcame:overcome became:become become:become came:come come:come " +
    "had:have cast:cast forecast:forecast broadcast:broadcast cost:cost hurt:hurt upset:upset rebuilt:rebuild oversaw:oversee underwent:undergo withheld:withhold"
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

/** Whether a word is a past form newsbrief knows ("agreed", "won", "gone"): the verb after a dropped "has". */
export function isPastForm(word: string): boolean {
  return baseOf(word) !== null;
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
  // "cancelled", "controlled" → "cancel", "control"; but "spelled", "rolled" keep both letters.
  if (/(?:ell|oll)$/.test(stem) && stem.length >= 6) return stem.slice(0, -1);
  const last = stem.charAt(stem.length - 1);
  const before = stem.charAt(stem.length - 2);
  // "stopped" → "stop", but "called", "passed", "buzzed" keep their double letter.
  if (last === before && !/[lszf]/.test(last)) return stem.slice(0, -1);
  if (/(?:ch|sh|ss|x|w|y)$/.test(stem)) return stem; // "reached", "pushed", "passed", "fixed", "showed", "played"
  if (/[cvu]$/.test(stem)) return `${stem}e`; // "forced", "moved", "continued"
  if (last === "s") return /(?:focus|bias)$/.test(stem) ? stem : `${stem}e`; // "raised", "collapsed"
  if (last === "z") return /iz$/.test(stem) ? `${stem}e` : stem; // "seized", "criticized"; "blitzed"
  if (last === "g") return /(?:ong|ing)$/.test(stem) ? stem : `${stem}e`; // "changed", "urged"; "belonged"
  if (/(?:er|en|el|et)$/.test(stem)) return stem; // "hovered", "widened", "labeled", "targeted"
  if (/on$/.test(stem)) return /[hlprzt]on$/.test(stem) ? `${stem}e` : stem; // "postponed"; "abandoned"
  if (/it$/.test(stem)) return /[cvn]it$/.test(stem) ? `${stem}e` : stem; // "invited"; "visited"
  if (/op$/.test(stem) && stem.length > 4) return stem; // "developed"
  if (/[aeiou]{2}[^aeiou]$/.test(stem)) return stem; // "gained", "claimed", "looked"
  if (/[aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`; // a single vowel: "named", "voted", "scored", "hoped"
  return stem; // two consonants: "warned", "helped", "asked", "started"
}
