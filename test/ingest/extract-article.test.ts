import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.js";
import { decodeBody } from "../../src/ingest/decode-html.js";
import { extractArticle } from "../../src/ingest/extract-article.js";

const page = (name: string) => decodeBody(readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url)), null);

describe("extractArticle", () => {
  const article = extractArticle(page("article-clutter.html"), "https://courier.example/news/tidal-mill");

  it("keeps the article's paragraphs, in order, separated by blank lines", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^The tidal mill at Kestle Creek turned on Saturday/);
    expect(paragraphs).toContain(
      "Flour from the first milling will be sold at the visitor centre from next month, and the trust hopes to open the mill to school groups in the spring.",
    );
    expect(paragraphs.at(-1)).toMatch(/^Local historians say a mill has stood on the site since at least 1299/);
    expect(article.text).toContain("“We proved them wrong one oak paddle at a time.”");
    expect(paragraphs).toHaveLength(6);
  });

  it.each([
    ["navigation", "Weather"],
    ["the cookie banner", "We use cookies"],
    ["the caption", "turned for the first time on Saturday"],
    ["the photo credit", "Dan Reyes"],
    ["the byline line", "By Imogen Tallis"],
    ["the time stamp", "Updated Nov 24"],
    ["share buttons", "Share on"],
    ["the inline related link", "Five other mills"],
    ["the newsletter prompt", "newsletter"],
    ["the read-more list", "Harbour wall repairs"],
    ["comments", "Wonderful news"],
    ["the sidebar", "Storm warning"],
    ["the footer", "All rights reserved"],
  ])("drops %s", (_what, words) => {
    expect(article.text).not.toContain(words);
  });

  it("reads the metadata", () => {
    expect(article.title).toBe("Tidal mill restored after forty years");
    expect(article.publishedAt).toBe("2026-11-24T08:30:00.000Z");
    expect(article.byline).toBe("Imogen Tallis");
    expect(article.siteName).toBe("The Estuary Courier");
  });

  it("extracts a page decoded from Latin-1", () => {
    const french = extractArticle(page("latin1.html"));
    expect(french.title).toBe("Fête du village : la crêperie bat son record");
    expect(french.text).toContain("« On n’a jamais vu ça », a déclaré la gérante, Hélène Le Goff");
    expect(french.publishedAt).toBeNull();
  });

  it("refuses a page with no article", () => {
    let caught: unknown;
    try {
      extractArticle(page("no-article.html"), "https://consent.example/");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).code).toBe("bad-content");
    expect((caught as IngestError).message).toContain("https://consent.example/ has no article text");
  });

  it("refuses text that is not HTML at all", () => {
    expect(() => extractArticle("")).toThrow(IngestError);
  });
});
