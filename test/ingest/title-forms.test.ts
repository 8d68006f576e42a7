import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/ingest/parse-feed.js";

// XML 1.0 §2.2: the characters a document may hold (controls but tab/newline/return, surrogates and U+FFFE/F are not).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const xmlEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const htmlEscape = xmlEscape;
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
const numericRefs = (text: string) => [...text].map((char) => `&#x${char.codePointAt(0)?.toString(16)};`).join("");

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>P</title><item><title>${title}</title><link>https://p.example/1</link></item></channel></rss>`;
const rdf = (title: string) =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://p.example/"><title>P</title></channel><item rdf:about="https://p.example/1"><title>${title}</title><link>https://p.example/1</link></item></rdf:RDF>`;
const atom = (type: string, title: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><entry><title type="${type}">${title}</title><id>https://p.example/1</id><link href="https://p.example/1"/></entry></feed>`;
const json = (title: string) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "P",
    items: [{ id: "1", url: "https://p.example/1", title }],
  });

/** Every form the formats allow for a title, each written the way a correct publisher writes arbitrary text in it. */
const FORMS: Record<string, (text: string) => string> = {
  "RSS, entity-escaped HTML": (t) => rss(xmlEscape(htmlEscape(t))),
  "RSS, CDATA holding escaped HTML": (t) => rss(cdata(htmlEscape(t))),
  "RSS, numeric character references": (t) => rss(numericRefs(htmlEscape(t))),
  "RDF, entity-escaped HTML": (t) => rdf(xmlEscape(htmlEscape(t))),
  'Atom type="text"': (t) => atom("text", xmlEscape(t)),
  'Atom type="text" in CDATA': (t) => atom("text", cdata(t)),
  'Atom type="html"': (t) => atom("html", xmlEscape(htmlEscape(t))),
  'Atom type="html" in CDATA': (t) => atom("html", cdata(htmlEscape(t))),
  'Atom type="xhtml"': (t) => atom("xhtml", `<div xmlns="http://www.w3.org/1999/xhtml">${xmlEscape(t)}</div>`),
  "JSON Feed": (t) => json(t),
};

// Titles are one line: spaces collapse, so the text generated is already collapsed and trimmed.
const title = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/\s+/g, " ").trim())
  .filter((text) => text.length > 0 && !NOT_XML.test(text));

// Text with markup-like pieces, so "<b>", "&amp;", "]]>" and "&lol;" are tried much more often than chance would.
const tricky = fc
  .array(
    fc.oneof(fc.constantFrom("<b>", "</b>", "&", "&amp;", "&lt;", ";", "]]>", "&lol9;", "<", ">", '"', "'", "&#38;"), title),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(" ").replace(/\s+/g, " ").trim());

describe("any title survives escaping into every form and back", () => {
  it.each(Object.entries(FORMS))("%s", (_form, write) => {
    fc.assert(
      fc.property(fc.oneof(title, tricky), (text) => {
        expect(parseFeed(write(text), "https://p.example/feed").items[0]?.title).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("RSS plain text (escaped for XML only) survives when it cannot be read as HTML", () => {
    // An RSS title with a closing tag or a character reference is read as HTML (the spec never said which it is).
    fc.assert(
      fc.property(
        fc.oneof(title, tricky).filter((text) => !/<\/\w+\s*>|&#?\w+;/.test(text)),
        (text) => {
          expect(parseFeed(rss(xmlEscape(text)), "https://p.example/feed").items[0]?.title).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
