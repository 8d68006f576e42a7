import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.js";
import { parseFeed } from "../../src/ingest/parse-feed.js";

const URL = "https://broken.example/feed";

function parseError(body: string): IngestError {
  let caught: unknown;
  try {
    parseFeed(body, URL);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IngestError);
  const error = caught as IngestError;
  expect(error.code).toBe("parse");
  expect(error.message).toContain(`${URL} is not a feed newsbrief can read`);
  return error;
}

const RSS_HEAD = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken Tidings</title>`;
const JSON_HEAD = `{"version":"https://jsonfeed.org/version/1.1","title":"Broken Tidings"`;

describe("parseFeed on malformed feeds", () => {
  it.each([
    ["RSS cut off mid-item", `${RSS_HEAD}<item><title>One</title><link>https://broken.example/1</link></item><item><title>Tw`],
    ["RSS with an unclosed element", `${RSS_HEAD}<item><title>One<link>https://broken.example/1</link></item></channel></rss>`],
    ["RSS with no channel", `<rss version="2.0"></rss>`],
    ["XML nested 50,000 levels deep", `${RSS_HEAD}<item>${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</item></channel></rss>`],
    ["JSON Feed cut off", `${JSON_HEAD},"items":[{"id":"1","title":"One"`],
    ["JSON that is not a feed", `{"hello":"world"}`],
    ["a JSON array", "[1,2,3]"],
    ["JSON null", "null"],
  ])("refuses %s with a parse error naming the feed", (_name, body) => {
    parseError(body);
  });

  it("keeps what it can of a JSON Feed whose fields have the wrong types, without crashing", () => {
    const feed = parseFeed(
      `${JSON_HEAD},"items":[{"id":7,"title":{"x":1},"url":["no"],"date_published":"yesterday"},null,5,"text",
        {"id":"ok-1","title":"Harbour reopens","url":"https://broken.example/harbour","date_published":"2026-11-20T08:00:00Z"}]}`,
      URL,
    );
    expect(feed.title).toBe("Broken Tidings");
    const good = feed.items.find((item) => item.id === "ok-1");
    expect(good).toMatchObject({
      title: "Harbour reopens",
      url: "https://broken.example/harbour",
      publishedAt: "2026-11-20T08:00:00.000Z",
    });
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.title).toBe("string");
      expect(typeof item.url).toBe("string");
    }
  });

  it("reads a JSON Feed whose items are not a list as a feed with no items", () => {
    expect(parseFeed(`${JSON_HEAD},"items":"none today"}`, URL)).toMatchObject({ title: "Broken Tidings", items: [] });
  });

  it("turns hostile HTML in titles and descriptions into plain text, quickly", () => {
    const hostile = `&lt;script&gt;alert(1)&lt;/script&gt;Ferry &lt;b onclick="x()"&gt;fares&lt;/b&gt; rise`;
    const junk = "&lt;a ".repeat(200_000);
    const started = performance.now();
    const feed = parseFeed(
      `${RSS_HEAD}<item><title>${hostile}</title><link>https://broken.example/fares</link>
        <description>${junk}</description></item></channel></rss>`,
      URL,
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(feed.items[0]?.title).toBe("Ferry fares rise");
    expect(feed.items[0]?.url).toBe("https://broken.example/fares");
  });
});
