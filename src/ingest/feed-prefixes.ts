// feedsmith finds RSS 1.0 and Atom elements under any prefix, but not the RSS 0.90 and UserLand RSS namespaces:
// `<n:item>` with xmlns:n="http://my.netscape.com/rdf/simple/0.9/" reads as nothing. XML Namespaces make the prefix
// a local alias, so writing the same elements in the default namespace changes nothing about the document.
const UNPREFIXED_NAMESPACES = new Set([
  "http://my.netscape.com/rdf/simple/0.9/",
  "http://backend.userland.com/rss2",
  "http://backend.userland.com/rss",
  "http://blogs.law.harvard.edu/tech/rss",
]);

/** The document with elements of the RSS 0.90 / UserLand namespaces written without their prefix (outside CDATA). */
export function unprefixFeedElements(body: string): string {
  const prefixes: string[] = [];
  for (const declaration of body.slice(0, 4096).matchAll(/\bxmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g)) {
    if (declaration[1] && UNPREFIXED_NAMESPACES.has(declaration[2]?.trim() ?? "")) prefixes.push(declaration[1]);
  }
  if (prefixes.length === 0) return body;
  const names = prefixes.map((prefix) => prefix.replace(/[.]/g, "\\.")).join("|");
  const tag = new RegExp(`<(/?)(?:${names}):`, "g");
  const declaration = new RegExp(`\\bxmlns:(?:${names})(\\s*=)`, "g");
  // CDATA sections are text: rewrite only the markup between them (indexOf, so an unclosed one costs one scan).
  const rewrite = (markup: string) => markup.replace(tag, "<$1").replace(declaration, "xmlns$1");
  let out = "";
  let from = 0;
  for (let start = body.indexOf("<![CDATA[", from); start !== -1; start = body.indexOf("<![CDATA[", from)) {
    const end = body.indexOf("]]>", start + 9);
    const stop = end === -1 ? body.length : end + 3;
    out += rewrite(body.slice(from, start)) + body.slice(start, stop);
    from = stop;
  }
  return out + rewrite(body.slice(from));
}
