import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type FeedServer, repeatedBytes, startFeedServer } from "./feed-server.js";

let server: FeedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("startFeedServer", () => {
  it("answers the routes a test defines, 404 otherwise, and records requests", async () => {
    server = await startFeedServer({ "/feed.xml": { headers: { "content-type": "application/rss+xml" }, body: "<rss/>" } });
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ok = await get(server.url("/feed.xml?x=1"), { "user-agent": "probe" });
    expect(ok).toMatchObject({ status: 200, headers: { "content-type": "application/rss+xml" } });
    expect(ok.body.toString()).toBe("<rss/>");
    expect((await get(server.url("/missing"))).status).toBe(404);
    expect(server.requests.map((r) => r.path)).toEqual(["/feed.xml?x=1", "/missing"]);
    expect(server.requestsTo("/feed.xml")[0]?.headers["user-agent"]).toBe("probe");
  });

  it("passes the hit count to function routes, and routes can be replaced", async () => {
    server = await startFeedServer();
    server.route("/flaky", (_request, hit) => (hit === 0 ? { status: 500 } : { body: `hit ${hit}` }));
    expect((await get(server.url("/flaky"))).status).toBe(500);
    expect((await get(server.url("/flaky"))).body.toString()).toBe("hit 1");
    server.route("/flaky", { status: 204 });
    expect((await get(server.url("/flaky"))).status).toBe(204);
  });

  it("answers 304 to matching validators and redirects with Location", async () => {
    server = await startFeedServer({
      "/v": { etag: '"a"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT", body: "x" },
      "/r": { redirect: "/v", status: 301 },
    });
    expect((await get(server.url("/v"), { "if-none-match": '"a"' })).status).toBe(304);
    expect((await get(server.url("/v"), { "if-modified-since": "Tue, 24 Nov 2026 10:00:00 GMT" })).status).toBe(304);
    expect((await get(server.url("/v"), { "if-none-match": '"b"' })).status).toBe(200);
    const moved = await get(server.url("/r"));
    expect(moved).toMatchObject({ status: 301, headers: { location: "/v" } });
  });

  it("compresses on request and streams generated bodies", async () => {
    server = await startFeedServer({
      "/gz": { body: "zipped", encoding: "gzip" },
      "/big": { body: repeatedBytes(300_000, 1000) },
    });
    const zipped = await get(server.url("/gz"));
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe("zipped");
    expect((await get(server.url("/big"))).body.length).toBe(300_000);
  });

  it("closes even while a request hangs", async () => {
    server = await startFeedServer({ "/hang": { hang: true } });
    const pending = get(server.url("/hang")).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    server = undefined;
    expect(await pending).toBeInstanceOf(Error);
  });
});
