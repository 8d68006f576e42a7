/** Text patterns of page clutter that survives Readability: captions, credits, datelines, prompts, lead-ins to link lists. */

const PHOTO_AGENCIES =
  "Getty(?: Images)?|AP|AFP|Reuters|EPA|Bloomberg|Shutterstock|iStock(?:photo)?|Alamy|PA(?: Wire| Images)?|Rex(?: Features)?|Xinhua|Corbis|NurPhoto|SOPA Images|Sipa|dpa";

// A whole paragraph that is a photo caption's credit, or a caption ending in one.
const CAPTION_PATTERNS = [
  /^(?:photo|image|picture|pic|video|graphic|illustration|photograph)s?(?: by| credits?| courtesy(?: of)?)?\s*[:|]/i,
  /^(?:image|photo) (?:copyright|caption|source)\b/i,
  /^\(?(?:©|copyright\b)/i,
  /\((?:image|photo|picture|pic|credit|source|illustration)s?\s*(?::|by|credit)[^)]*\)\s*$/i,
  /\(\s*(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?[^)]{0,80}\)\s*$/,
  /Credit:\s*[^.!?]{1,80}$/,
  new RegExp(`(?:\\||/)\\s*(?:${PHOTO_AGENCIES})(?:\\s*(?:/|via)\\s*[^|]{1,40})?\\s*$`),
  new RegExp(`^(?:[A-Z][\\w'’.-]+\\s+){1,4}(?:/|\\|)\\s*(?:${PHOTO_AGENCIES})\\s*$`),
  new RegExp(`^(?:${PHOTO_AGENCIES})\\s*$`),
  /^courtesy(?: of)? [^.]{1,60}$/i,
];

// Standalone clutter lines: gallery controls, ad labels, share buttons, widget placeholders.
// Reading-time badges, category and tag lines, WordPress shortcodes left in the text.
const META_LINE =
  /^(?:\d+\s*min(?:ute)?s?\.?\s*read|(?:estimated )?reading time\s*:?.{0,20}|tempo de leitura\s*:?.{0,20}|lesezeit\s*:?.{0,20}|temps de lecture\s*:?.{0,20}|(?:filed under|posted in|categor(?:y|ies)|tags?|tagged(?: with)?|topics?)\s*:.{0,120}|\[[a-z_-]+(?:\s[^\]]*)?\].*)$/i;

// Credits and legal lines at the foot of an article.
const CREDIT_LINE =
  /^(?:(?:additional )?reporting by|(?:written|edited|compiled|produced) by|editing by|citation\s*:|source\s*:\s*\S.{0,60}$|(?:the )?contents? of this (?:site|website|page) (?:are|is) ©)/i;

const WIDGET_LINE =
  /^(?:advert(?:isement)?|sponsored(?: content)?|ad|caption|close|enlarge(?: this)? image|expand|open gallery|view gallery|skip to (?:main )?content|continue reading(?: below| the main story)?|story continues below(?: advertisement)?|article continues below|loading(?: content)?(?: \.\.\.|…)?|share(?: this)?(?: article| story)?|tweet|email|print|view comments|view author archive|email the author|follow on twitter|sign in|log in|subscribe(?: now)?|subscriber services|breaking news|latest|popular|highlights|this slideshow requires javascript\.?|(?:image|photo|slide|picture) \d+ of(?: \/)? ?\d*|\d+ of \d+|\d+|[_\-–—=*•·.~\s]+)$/i;

// Datelines and time stamps on their own ("Updated Nov 19, 6:55 AM", "PUBLISHED: 10:48, Tue, Nov 19, 2019").
const TIMESTAMP_LINE =
  /^\|?\s*(?:(?:last )?updated|published|posted|modified|first published|created)(?: on| at)?\s*:?\s*(?:\d|[a-z]{3,9}\.? \d|\d+ (?:minutes?|hours?|days?) ago|(?:mon|tue|wed|thu|fri|sat|sun))/i;
const DATE_ONLY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?(?:\s*[/|].{0,30})?$/i;

// "By Jane Doe", "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "Staff Reports".
const NAME = "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|da|del|la|le|bin|al)){0,4}";
// "By Monday, ..." and "By the time ..." start sentences, not bylines.
const NOT_A_NAME =
  "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Today|Tomorrow|Yesterday|Contrast|Comparison|Law|Far|Design|Default|Night|Day|Noon|Midnight)\\b)";
const BYLINE_LINE = new RegExp(
  `^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\\s+${NOT_A_NAME}${NAME}(?:\\s*(?:,|and|&|und|et|y|e)\\s*${NAME})*\\s*` +
    `(?:$|[-–—|,·:]\\s*.{0,60}$|\\s(?:on|at|updated|published|posted)\\b.{0,60}$|\\s(?=\\S*\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d).{0,40}$)`,
  "u",
);
const STAFF_LINE = /^(?:staff reports?|staff writer|associated press|(?:[\p{Lu}][\p{L}]+ ){0,3}(?:wire services|staff))$/iu;

// Prompts to do something other than read, unmistakable anywhere in a short paragraph ("Click here", "our newsletter").
const PROMPT =
  /\b(?:click(?:ing)? here|tap here|our (?:free |daily |weekly )?newsletters?|(?:free|daily|weekly) newsletter|follow (?:us|him|her|them|me) (?:on|at) (?:twitter|facebook|instagram|youtube|linkedin|tiktok|x\b)|follow @|follow [\w' ]{1,30} on (?:twitter|facebook|instagram|youtube|linkedin|tiktok)|like us on facebook|have a (?:news )?tip\??|send us (?:a|your) (?:news )?tips?|affiliate (?:and\/or referral )?links?|we (?:may )?(?:earn|receive) (?:a )?commission|this (?:web)?site uses cookies|all rights reserved|(?:is|are) subject to copyright|may not be (?:published|reproduced|redistributed)|listen back here|(?:tell|let) us (?:know )?what you think)/i;
// Prompts that are only clutter when the paragraph opens with them ("Sign up for ...", "Subscribe to ...").
const IMPERATIVE =
  /^(?:(?:please|you can(?: also)?|don'?t forget to|be sure to|make sure to|and)\s+)?(?:sign up|subscribe|follow (?:us|me)|like us|download (?:the|our)|get (?:the|our) [\w ]{0,30}(?:app|newsletter)|join (?:us|the conversation|our)|share this|let us know)\b/i;

// A short line that announces a list of links or a section newsbrief drops ("Related:", "You may also like").
const LEAD_IN =
  /^(?:related(?: (?:coverage|stories|articles|news|content|reading|links|posts|topics|video))?(?: from [^:]{1,60})?|more(?: (?:stories|news|coverage|from [^:]{1,40}|on this(?: story)?|like this|to read|reading))?|see more|read more|read next|up next|also(?: read| see| on [^:]{1,40})?|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:popular|read|viewed|shared)|popular (?:stories|now)|latest (?:news|stories|headlines|videos?)|top stories|don'?t miss|further reading|in (?:other|related) news|what to read next|editor'?s picks|more in [^:]{1,40}|watch(?: more)?)\s*[:.…]*$/i;
// A lead-in followed by the linked headline on the same line ("Related: The 15 Weirdest Galaxies").
const INLINE_LEAD_IN =
  /^(?:related(?: (?:coverage|stories|articles|content|reading|links))?|more|see more|read more|read next|also read|also see|also|don'?t miss|recommended|watch|listen|read|previously|trending|more on this)\s*(?::|\|)\s*\S/i;

// Sections after which nothing belongs to the article ("About the author", "Comments", the footer).
const TAIL_LEAD_IN =
  /^(?:about (?:the|this) (?:authors?|writer|reporter)|author(?:'s)? bio(?:graphy)?|(?:\d+\s+)?(?:comments?|responses|reader comments|leave a (?:reply|comment))(?: \(\d+\))?|join the (?:discussion|conversation)|share (?:this|your) (?:article|story|thoughts)|tell us what you think\.*)\s*[:.…]*$/i;

/** What a paragraph looks like to the clean-up: the kind of clutter it is, or null for article text. */
export type JunkKind = "caption" | "widget" | "timestamp" | "byline" | "prompt" | "lead-in" | "inline-lead-in" | "tail" | "url";

/** Classifies one paragraph of extracted text; `words` is its word count (clutter is short). */
export function junkKind(text: string): JunkKind | null {
  const line = text.trim();
  const words = line.split(/\s+/).filter(Boolean).length;
  if (WIDGET_LINE.test(line)) return "widget";
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) return "url";
  if (words <= 8 && TAIL_LEAD_IN.test(line)) return "tail";
  if (words <= 10 && LEAD_IN.test(line)) return "lead-in";
  if (words <= 40 && CAPTION_PATTERNS.some((pattern) => pattern.test(line))) return "caption";
  if (words <= 16 && (TIMESTAMP_LINE.test(line) || DATE_ONLY.test(line))) return "timestamp";
  if (words <= 16 && (BYLINE_LINE.test(line) || STAFF_LINE.test(line))) return "byline";
  if (words <= 30 && META_LINE.test(line)) return "widget";
  if (words <= 60 && CREDIT_LINE.test(line)) return "byline";
  if (words <= 40 && PROMPT.test(line)) return "prompt";
  if (words <= 30 && IMPERATIVE.test(line)) return "prompt";
  if (words <= 25 && INLINE_LEAD_IN.test(line)) return "inline-lead-in";
  return null;
}
