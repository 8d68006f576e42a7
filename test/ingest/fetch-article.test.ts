import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchArticle } from "../../src/ingest/fetch-article.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { ingestFailure } from "../helpers/ingest-failure.js";

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const local = { allowPrivateNetworks: true };

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    "/mill": { headers: { "content-type": "text/html; charset=utf-8" }, body: page("article-clutter.html") },
    "/old-link": { redirect: "/mill", status: 301 },
    "/latin1": { headers: { "content-type": "text/html; charset=iso-8859-1" }, body: page("latin1.html") },
    "/wrong-charset": { headers: { "content-type": "text/html" }, body: page("wrong-charset.html") },
    "/gzipped": { headers: { "content-type": "text/html" }, body: page("latin1.html"), encoding: "gzip" },
    "/image.png": { headers: { "content-type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    "/consent": { headers: { "content-type": "text/html" }, body: page("no-article.html") },
  });
});
afterAll(async () => {
  await server.close();
});

describe("fetchArticle", () => {
  it("fetches, follows a redirect and extracts the article", async () => {
    const article = await fetchArticle(server.url("/old-link"), local);
    expect(article.url).toBe(server.url("/mill"));
    expect(article.title).toBe("Tidal mill restored after forty years");
    expect(article.text).toMatch(/^The tidal mill at Kestle Creek/);
  });

  it.each(["/latin1", "/wrong-charset", "/gzipped"])("decodes %s correctly", async (path) => {
    const article = await fetchArticle(server.url(path), local);
    expect(article.text).toContain("a déclaré la gérante, Hélène Le Goff");
  });

  it("refuses what is not a web page", async () => {
    const error = await ingestFailure(fetchArticle(server.url("/image.png"), local));
    expect(error.code).toBe("bad-content");
    expect(error.message).toContain("is not a web page (it is image/png)");
  });

  it("refuses a page without an article", async () => {
    expect((await ingestFailure(fetchArticle(server.url("/consent"), local))).code).toBe("bad-content");
  });

  it("refuses private addresses unless allowed", async () => {
    const lookup = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const error = await ingestFailure(fetchArticle(`http://courier.example:${server.port}/mill`, { lookup }));
    expect(error.code).toBe("private-address");
    expect(error.message).toContain("courier.example resolves to 127.0.0.1, a loopback address");
  });
});
