import { describe, expect, it } from "vitest";
import { canonicalUrl, isTrackingParam, itemId } from "../../src/ingest/item-id.js";

describe("canonicalUrl", () => {
  it("strips tracking parameters and the fragment, lower-cases the host, sorts what is left", () => {
    expect(canonicalUrl("https://News.Example.COM/story?utm_source=rss&b=2&fbclid=x&a=1&gclid=y&UTM_Campaign=z#comments")).toBe(
      "https://news.example.com/story?a=1&b=2",
    );
  });

  it("drops an emptied query and the default port", () => {
    expect(canonicalUrl("http://example.com:80/a?utm_medium=email&mc_cid=1")).toBe("http://example.com/a");
  });

  it("keeps parameters that choose the page", () => {
    expect(canonicalUrl("https://example.com/article.php?id=42&page=2")).toBe("https://example.com/article.php?id=42&page=2");
  });

  it("returns text that is not a URL unchanged (trimmed)", () => {
    expect(canonicalUrl("  not a url ")).toBe("not a url");
  });

  it.each(["utm_source", "utm_content", "fbclid", "gclid", "msclkid", "mc_eid", "_ga", "igshid"])("%s is tracking", (name) => {
    expect(isTrackingParam(name)).toBe(true);
  });
  it.each(["id", "page", "q", "ref", "article"])("%s is not tracking", (name) => {
    expect(isTrackingParam(name)).toBe(false);
  });
});

describe("itemId", () => {
  it("prefers the guid", () => {
    expect(itemId({ guid: " abc-123 ", link: "https://example.com/a" })).toBe("abc-123");
  });

  it("canonicalizes a guid that is a URL, so tracking parameters do not change the id", () => {
    expect(itemId({ guid: "https://example.com/a?utm_source=feed" })).toBe("https://example.com/a");
  });

  it("falls back to the canonical link", () => {
    const a = itemId({ link: "https://example.com/a?utm_source=twitter#top" });
    const b = itemId({ link: "https://EXAMPLE.com/a?fbclid=123" });
    expect(a).toBe("https://example.com/a");
    expect(b).toBe(a);
  });

  it("falls back to title and date, stable and distinct", () => {
    const one = itemId({ title: "Storm  warning", published: "2026-11-24" });
    expect(one).toMatch(/^title:[0-9a-f]{32}$/);
    expect(itemId({ title: "storm warning", published: "2026-11-24" })).toBe(one);
    expect(itemId({ title: "Storm warning", published: "2026-11-25" })).not.toBe(one);
  });
});
