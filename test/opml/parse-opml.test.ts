import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { decodeOpml } from "../../src/opml/import-opml.js";
import { OPML_LIMITS, parseOpml } from "../../src/opml/parse-opml.js";
import { writeOpml } from "../../src/opml/write-opml.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/opml/${name}`, import.meta.url), "utf8");

/** The message of the UserError `run` throws (fails the test when it throws something else, or nothing). */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("parseOpml: dialects", () => {
  it("reads a feed reader's OPML 2.0 export: folders flattened, entities in attributes decoded, each address once", () => {
    expect(parseOpml(fixture("reader-export.opml"))).toEqual({
      feeds: [
        { url: "https://gazette.example/rss.xml", title: "Harbour Town Gazette", htmlUrl: "https://gazette.example/" },
        {
          url: "https://observer.example/feed?format=rss&section=valley",
          title: "Valley & Ridge Observer",
          htmlUrl: "https://observer.example/valley",
        },
        { url: "https://plateau.example/atom.xml", title: "Plateau Weekly", htmlUrl: "https://plateau.example/" },
        { url: "https://cafe-corner.example/labs/feed/", title: "Café Corner Labs", htmlUrl: "https://cafe-corner.example/labs" },
      ],
      refused: [],
    });
  });

  it("reads nested folders and every spelling of xmlUrl; refuses links, includes and sites without a feed, with why", () => {
    expect(parseOpml(fixture("nested-folders.opml"))).toEqual({
      feeds: [
        { url: "http://moorland.example/bulletin.rss", title: "Moorland Bulletin" },
        { url: "https://fells.example/courier/atom", title: "North Fells Courier" },
        { url: "https://southmarsh.example/tidings.xml", title: "Southmarsh Tidings", htmlUrl: "https://southmarsh.example" },
        { url: "https://lowbridge.example/crier.json", title: "The Lowbridge Crier" },
      ],
      refused: [
        { entry: "https://walks.example/map", reason: "a link to a page (type “link”), not a feed" },
        {
          entry: "https://stonemason.example/blog",
          reason: "only a web page address (htmlUrl), no feed address (xmlUrl)",
        },
        { entry: "https://friend.example/list.opml", reason: "an include of another OPML file; import that file itself" },
      ],
    });
  });

  it("reads OPML 1.0's url attribute on rss and untyped outlines", () => {
    expect(parseOpml(fixture("opml1-url.opml")).feeds).toEqual([
      { url: "http://ferry.example/news.rss", title: "Ferry timetable news" },
      { url: "http://keepers.example/index.xml", title: "Lighthouse keepers" },
      { url: "http://tideline.example/rss", title: "Tideline" },
    ]);
  });

  it("reads its own export back (OPML 2.0 from writeOpml)", () => {
    const feeds = [
      { url: "https://a.example/rss?x=1&y=2", title: "A <&> B", htmlUrl: "https://a.example/", failures: 0 },
      { url: "https://b.example/atom", failures: 0 },
    ];
    const written = writeOpml(feeds, new Date("2026-12-07T10:00:00Z"));
    expect(written).toContain('<opml version="2.0">');
    expect(parseOpml(written).feeds).toEqual([
      { url: "https://a.example/rss?x=1&y=2", title: "A <&> B", htmlUrl: "https://a.example/" },
      { url: "https://b.example/atom", title: "https://b.example/atom" },
    ]);
  });

  it("decodes UTF-8 with or without a byte-order mark, and UTF-16 with one", () => {
    const text = fixture("reader-export.opml");
    const utf8 = Buffer.from(text, "utf8");
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    for (const bytes of [utf8, withBom, utf16]) expect(parseOpml(decodeOpml(bytes)).feeds).toHaveLength(4);
  });
});

describe("parseOpml: refused as a whole", () => {
  it("refuses a DOCTYPE that declares entities, without expanding them", () => {
    expect(refusal(() => parseOpml(fixture("entities.opml")))).toBe(
      "This OPML file declares XML entities (a DOCTYPE with <!ENTITY>); refused as a whole.",
    );
  });

  it("refuses a reference to an entity nobody defined", () => {
    const text = '<opml version="2.0"><body><outline text="&ghost;" xmlUrl="https://x.example/rss"/></body></opml>';
    expect(refusal(() => parseOpml(text))).toBe(
      "This OPML file is refused as a whole: it refers to an XML entity it does not define (&ghost;).",
    );
  });

  it(`refuses more than ${OPML_LIMITS.maxOutlines} outlines, folders counted`, () => {
    expect(refusal(() => parseOpml(fixture("over-outline-cap.opml")))).toBe(
      "This OPML file has 1020 outlines; I take at most 1,000. Split it and import the parts.",
    );
  });

  it("accepts exactly 1,000 outlines", () => {
    const outlines = Array.from({ length: 1000 }, (_, i) => `<outline text="F${i}" xmlUrl="https://n.example/${i}"/>`);
    expect(parseOpml(`<opml version="2.0"><body>${outlines.join("")}</body></opml>`).feeds).toHaveLength(1000);
  });

  it("refuses more than 1 MB, even under the outline cap", () => {
    const padding = "x".repeat(1200);
    const outlines = Array.from(
      { length: 900 },
      (_, i) => `<outline text="F${i}" description="${padding}" xmlUrl="https://n.example/${i}"/>`,
    );
    const text = `<opml version="2.0"><body>${outlines.join("\n")}</body></opml>`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(OPML_LIMITS.maxBytes);
    expect(refusal(() => parseOpml(text))).toBe("This OPML file is larger than 1 MB; refused.");
  });

  it("refuses what is not OPML, or lists nothing", () => {
    expect(refusal(() => parseOpml(fixture("../feeds/rss2.xml")))).toBe(
      "This is not an OPML file (no <opml> document with a <body> of outlines).",
    );
    expect(refusal(() => parseOpml("not xml at all <<<"))).toMatch(/not an OPML file/);
    expect(refusal(() => parseOpml('<opml version="2.0"><head/><body></body></opml>'))).toBe("This OPML file lists no outlines.");
  });
});
