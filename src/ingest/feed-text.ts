import { decodeHTMLStrict } from "entities";
import { htmlToLine, htmlToText } from "./html-to-text.js";

/**
 * What a feed value is, once the XML parser has decoded it (exactly once): plain text, HTML, or (RSS titles, whose
 * form the spec never fixed) either, told apart the way Universal Feed Parser does.
 */
export type TextForm = "text" | "html" | "rss-title";

// Element names of HTML (WHATWG), for telling an HTML title from a plain one that mentions a tag.
const HTML_ELEMENTS = new Set(
  (
    "a abbr acronym address area article aside audio b bdi bdo big blockquote br button caption center cite code col " +
    "colgroup data dd del details dfn dialog dir div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 " +
    "h5 h6 header hr i img input ins kbd label legend li main map mark menu meter nav ol optgroup option output p " +
    "picture pre progress q rp rt ruby s samp section select small source span strike strong sub summary sup table " +
    "tbody td textarea tfoot th thead time tr tt u ul var video wbr script style noscript iframe object embed " +
    "template link meta base head body html title svg math"
  ).split(" "),
);

/**
 * Whether an RSS title is HTML (Universal Feed Parser's rule): it must hold a closing tag or a character reference,
 * every tag must be an HTML element and every named reference an HTML one. "Use <b> for bold" stays plain text.
 */
export function looksLikeHtml(value: string): boolean {
  if (!/<\/\w+\s*>/.test(value) && !/&#?\w+;/.test(value)) return false;
  for (const tag of value.matchAll(/<\/?([A-Za-z][\w-]*)/g)) {
    if (!HTML_ELEMENTS.has((tag[1] ?? "").toLowerCase())) return false;
  }
  for (const reference of value.matchAll(/&(\w+);/g)) {
    if (decodeHTMLStrict(reference[0]) === reference[0]) return false;
  }
  return true;
}

/** A title as one line of the text a reader sees. */
export function titleText(value: string | undefined, form: TextForm): string {
  if (!value) return "";
  return isHtml(value, form) ? htmlToLine(value) : value.replace(/\s+/g, " ").trim();
}

/** A summary as the text a reader sees (paragraphs kept); RSS descriptions may have their markup escaped twice. */
export function summaryText(value: string | undefined, form: TextForm, options: { rssDescription?: boolean } = {}): string {
  if (!value) return "";
  if (!isHtml(value, form)) return plainParagraphs(value);
  return htmlToText(value, { escapedMarkup: options.rssDescription === true });
}

/** The form an Atom text construct declares: Atom 1.0 `type="text|html|xhtml"`, Atom 0.3 MIME types. */
export function atomForm(type: string | undefined): TextForm {
  const lower = type?.trim().toLowerCase() ?? "";
  return lower === "html" || lower === "xhtml" || lower.includes("html") ? "html" : "text";
}

function isHtml(value: string, form: TextForm): boolean {
  return form === "html" || (form === "rss-title" && looksLikeHtml(value));
}

function plainParagraphs(text: string): string {
  return text
    .split(/\s*\n\s*\n\s*/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
