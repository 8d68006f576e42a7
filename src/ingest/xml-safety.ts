import { decodeHTMLStrict } from "entities";
import { IngestError } from "../errors.js";

/** The refusal shown for a feed whose DOCTYPE declares entities (billion laughs, external entities). */
export const DECLARES_ENTITIES = "feed declares XML entities; refused";

// The five entities every XML document has (XML 1.0 §4.6).
const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);
const REFERENCE = /&([A-Za-z_][\w.-]*);/g;

/**
 * Refuses an XML feed that declares entities (an internal DTD subset with `<!ENTITY`, general or parameter,
 * internal or external) or refers to one that cannot be resolved safely: a name that is neither one of XML's five
 * nor an HTML named character reference (those are fixed strings: they expand to one character, never to markup).
 * A DOCTYPE that only names an external DTD (RSS 0.91's Netscape DTD) is fine: it is never fetched.
 * Text inside CDATA sections and comments is literal and ignored. Throws IngestError("parse").
 */
export function refuseUnsafeXml(body: string): void {
  const markup = outsideLiterals(body);
  if (/<!ENTITY\b/i.test(markup)) throw new IngestError("parse", DECLARES_ENTITIES);
  const checked = new Set<string>();
  for (const match of markup.matchAll(REFERENCE)) {
    const name = match[1] ?? "";
    if (checked.has(name)) continue;
    checked.add(name);
    if (XML_ENTITIES.has(name) || decodeHTMLStrict(`&${name};`) !== `&${name};`) continue;
    throw new IngestError("parse", `feed refers to an XML entity it does not define (&${name};); refused`);
  }
}

/** The document without its CDATA sections and comments (their text is literal, not markup). */
function outsideLiterals(body: string): string {
  if (!body.includes("<![CDATA[") && !body.includes("<!--")) return body;
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const cdata = body.indexOf("<![CDATA[", from);
    const comment = body.indexOf("<!--", from);
    if (cdata === -1 && comment === -1) break;
    const isCdata = cdata !== -1 && (comment === -1 || cdata < comment);
    const start = isCdata ? cdata : comment;
    parts.push(body.slice(from, start));
    const end = body.indexOf(isCdata ? "]]>" : "-->", start + 4);
    // An unclosed section runs to the end: nothing after it is markup.
    if (end === -1) return parts.join(" ");
    from = end + 3;
    parts.push(" ");
  }
  parts.push(body.slice(from));
  return parts.join("");
}
