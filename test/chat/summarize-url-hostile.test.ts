import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSummarizeUrl } from "../../src/chat/summarize-url.js";
import { UserError } from "../../src/errors.js";
import { fetchArticle } from "../../src/ingest/fetch-article.js";
import { type FeedServer, repeatedBytes, startFeedServer } from "../helpers/feed-server.js";

const MB = 1024 * 1024;

async function* drip(): AsyncGenerator<string> {
  yield "<html><body><article><p>";
  for (let i = 0; i < 200; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    yield "word ";
  }
}

let site: FeedServer;
beforeAll(async () => {
  site = await startFeedServer({
    "/slow": () => ({ headers: { "content-type": "text/html" }, body: drip() }),
    "/huge": () => ({ headers: { "content-type": "text/html" }, body: repeatedBytes(50 * MB, 64 * 1024, "<") }),
    "/nested": { headers: { "content-type": "text/html" }, body: `<html><body>${"<div>".repeat(500_000)}</body></html>` },
  });
});
afterAll(() => site.close());

// /summarize with a short total time-out injected (the default is 20 s).
const summarizeUrl = createSummarizeUrl({
  allowPrivateNetworks: true,
  fetch: (url, options) => fetchArticle(url, { ...options, timeoutMs: 400 }),
});

async function userError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as UserError).message;
  expect(message.split("\n")).toHaveLength(1);
  return message;
}

describe("summarizeUrl on hostile pages: one line the chat can show", () => {
  it("gives up on a page whose bytes drip in past the time-out", async () => {
    const started = Date.now();
    expect(await userError(summarizeUrl(site.url("/slow")))).toMatch(/took longer than 0\.4 s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops reading a 50 MB page at the cap", async () => {
    expect(await userError(summarizeUrl(site.url("/huge")))).toContain("3 MB");
  });

  it("refuses a page nested half a million levels deep, at once", async () => {
    const started = Date.now();
    expect(await userError(summarizeUrl(site.url("/nested")))).toContain("nests its HTML more than 256 levels deep");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses the cloud metadata address without allowing private networks", async () => {
    const strict = createSummarizeUrl({ allowPrivateNetworks: false });
    expect(await userError(strict("http://169.254.169.254/latest/meta-data/"))).toContain("is not allowed");
  });
});
