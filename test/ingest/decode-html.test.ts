import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../../src/ingest/decode-html.js";

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));

describe("decodeBody", () => {
  it("decodes a Latin-1 page declared in the Content-Type header", () => {
    const text = decodeBody(page("latin1.html"), "text/html; charset=ISO-8859-1");
    expect(text).toContain("Fête du village : la crêperie bat son record");
    expect(text).toContain("l’église"); // 0x92 is a curly apostrophe in windows-1252, the browsers' reading of "latin1"
  });

  it("decodes a Latin-1 page with no declaration at all", () => {
    expect(decodeBody(page("latin1.html"), "text/html")).toContain("Hélène Le Goff");
  });

  it("overrules a page that declares UTF-8 but is Latin-1", () => {
    const text = decodeBody(page("wrong-charset.html"), null);
    expect(text).toContain("Hélène Le Goff");
    expect(text).not.toContain("\uFFFD");
  });

  it("overrules a Latin-1 header when the bytes are UTF-8", () => {
    const bytes = Buffer.from("<p>Crème brûlée — “quoted”</p>", "utf8");
    expect(decodeBody(bytes, "text/html; charset=iso-8859-1")).toBe("<p>Crème brûlée — “quoted”</p>");
  });

  it("reads a <meta> charset for other encodings", () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>日本語のニュース</body></html>';
    expect(decodeBody(iconv.encode(html, "Shift_JIS"), null)).toContain("日本語のニュース");
    const greek = '<meta charset="windows-1253"><p>Αθήνα</p>';
    expect(decodeBody(iconv.encode(greek, "windows-1253"), "text/html")).toContain("Αθήνα");
  });

  it("reads the XML declaration of a feed", () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>Prix : 5 €</title></rss>';
    expect(decodeBody(iconv.encode(xml, "ISO-8859-15"), "application/xml")).toContain("Prix : 5 €");
  });

  it("lets a byte-order mark win and removes it", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>Zürich</p>", "utf16le")]);
    expect(decodeBody(utf16, "text/html; charset=iso-8859-1")).toBe("<p>Zürich</p>");
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Zürich</p>")]);
    expect(decodeBody(utf8, null)).toBe("<p>Zürich</p>");
  });

  it("ignores an unknown charset label", () => {
    expect(decodeBody(Buffer.from("<p>café</p>"), "text/html; charset=x-no-such-thing")).toBe("<p>café</p>");
  });
});
