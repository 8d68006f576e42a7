import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.js";
import { decodeBody } from "../../src/ingest/decode-html.js";
import { parseFeed } from "../../src/ingest/parse-feed.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const text = (name: string) => decodeBody(fixture(name), null);

describe("parseFeed", () => {
  it("reads RSS 2.0: titles decoded, links absolute, ids stable, dates in ISO", () => {
    const feed = parseFeed(text("rss2.xml"), "https://gazette.example/feed.xml");
    expect(feed.title).toBe("Harbour Town Gazette & Friends");
    expect(feed.ttlMinutes).toBe(45);
    expect(feed.items).toHaveLength(3);
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      id: "gazette-2026-1101",
      title: "Council approves new ferry timetable – with caveats",
      url: "https://gazette.example/news/ferry-timetable?utm_source=rss&utm_medium=feed&id=7",
      publishedAt: "2026-11-24T09:00:00.000Z",
      summary: "The council voted 7–2 on Monday.\n\nFerries will run every 40 minutes.",
    });
    expect(first?.content).toContain("to approve the timetable");
    // No guid: the id is the canonical link, tracking parameter and fragment gone.
    expect(second).toMatchObject({
      id: "https://gazette.example/news/lighthouse",
      url: "https://gazette.example/news/lighthouse?fbclid=abc123#comments",
      publishedAt: "2026-11-23T08:30:00.000Z",
    });
    // No guid, no link: the title comes from the summary and the id from title + date.
    expect(third?.title).toBe("A short note without a title or a link: the fish market opens an…");
    expect(third?.url).toBe("");
    expect(third?.publishedAt).toBeNull();
    expect(third?.id).toMatch(/^title:[0-9a-f]{32}$/);
  });

  it("gives the same ids when the same feed is parsed again", () => {
    const a = parseFeed(text("rss2.xml"), "https://gazette.example/feed.xml");
    const b = parseFeed(text("rss2.xml"), "https://gazette.example/feed.xml");
    expect(a.items.map((item) => item.id)).toEqual(b.items.map((item) => item.id));
    expect(new Set(a.items.map((item) => item.id)).size).toBe(3);
  });

  it("reads Atom: alternate links resolved, html summaries turned to text", () => {
    const feed = parseFeed(text("atom.xml"), "https://observer.example/atom.xml");
    expect(feed.title).toBe("Valley & Ridge Observer");
    expect(feed.items[0]).toMatchObject({
      id: "tag:observer.example,2026:orchard",
      title: "Orchard harvest breaks a record",
      url: "https://observer.example/stories/orchard-harvest",
      publishedAt: "2026-11-25T07:15:00.000Z",
      summary: "Growers picked 4,100 tonnes of apples.",
    });
    expect(feed.items[0]?.content).toContain("4,100 tonnes of apples this season");
    // A URL id with tracking parameters: the link falls back to it, the id is canonical.
    expect(feed.items[1]).toMatchObject({
      id: "https://observer.example/stories/bridge",
      url: "https://observer.example/stories/bridge?utm_campaign=atom",
      publishedAt: "2026-11-24T18:00:00.000Z",
      summary: "Engineers <will> report next week.",
    });
  });

  it("reads JSON Feed", () => {
    const feed = parseFeed(text("jsonfeed.json"), "https://plateau.example/feed.json");
    expect(feed.title).toBe("Plateau Weekly");
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: "pw-311",
      title: "Solar farm plan goes to a public vote",
      url: "https://plateau.example/2026/11/solar-farm?gclid=xyz&page=2",
      publishedAt: "2026-11-26T05:00:00.000Z",
      summary: "Residents will decide in March.",
    });
    expect(feed.items[1]).toMatchObject({
      id: "312",
      title: "The library extends its opening hours to 9 pm on weekdays from December.",
      publishedAt: "2026-11-25T12:00:00.000Z",
    });
  });

  it("reads RSS 0.91 in ISO-8859-1 and RSS 0.90 (RDF)", () => {
    const old = parseFeed(text("rss091.xml"), "http://cafe.example/rss");
    expect(old.title).toBe("Café Corner");
    expect(old.items[0]).toMatchObject({ title: "Crêpes for the town fair", url: "http://cafe.example/crepes.html" });
    const rdf = parseFeed(text("rdf090.xml"), "http://moor.example/rss");
    expect(rdf.title).toBe("Moorland Bulletin");
    expect(rdf.items.map((item) => item.title)).toEqual(["Sheep count complete", "Trail closed for winter"]);
    expect(rdf.items[0]?.publishedAt).toBe("2026-11-20T12:00:00.000Z");
  });

  it.each([
    ["a billion-laughs feed", "entity-bomb.xml"],
    ["an external (SYSTEM) entity", "external-entity.xml"],
  ])("refuses %s as a whole, quickly and without reading any file", (_name, file) => {
    const started = performance.now();
    let caught: unknown;
    try {
      parseFeed(text(file), "https://bomb.example/rss");
    } catch (error) {
      caught = error;
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).code).toBe("parse");
    expect((caught as IngestError).message).toBe("feed declares XML entities; refused");
  });

  it.each([
    ["an HTML page", "<!DOCTYPE html><html><body>Hello</body></html>", "HTML page, not a feed"],
    ["an empty body", "", "empty"],
    ["garbage", "{{{ not xml or json", "not a feed"],
  ])("refuses %s with IngestError('parse')", (_name, body, words) => {
    let caught: unknown;
    try {
      parseFeed(body, "https://x.example/feed");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).code).toBe("parse");
    expect((caught as IngestError).message).toContain("https://x.example/feed");
    expect((caught as IngestError).message).toContain(words);
  });
});
