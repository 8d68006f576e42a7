import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FetchOptions, safeFetch, USER_AGENT } from "../../src/ingest/safe-fetch.js";
import { type FeedServer, repeatedBytes, startFeedServer } from "../helpers/feed-server.js";
import { ingestFailure } from "../helpers/ingest-failure.js";

const MB = 1024 * 1024;
const local: FetchOptions = { kind: "feed", allowPrivateNetworks: true };

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

describe("safeFetch: ordinary fetches", () => {
  it("fetches a body and sends a User-Agent naming newsbrief", async () => {
    server.route("/plain.xml", { headers: { "content-type": "application/rss+xml" }, body: "<rss/>" });
    const result = await safeFetch(server.url("/plain.xml"), local);
    expect(result).toMatchObject({ status: 200, url: server.url("/plain.xml"), contentType: "application/rss+xml" });
    expect(result.body.toString()).toBe("<rss/>");
    const sent = server.requestsTo("/plain.xml").at(-1);
    expect(sent?.headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^newsbrief\//);
  });

  it("sends validators and returns 304 on a re-fetch", async () => {
    server.route("/cond.xml", { etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT", body: "<rss>1</rss>" });
    const first = await safeFetch(server.url("/cond.xml"), local);
    expect(first).toMatchObject({ status: 200, etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT" });
    const again = await safeFetch(server.url("/cond.xml"), { ...local, etag: first.etag, lastModified: first.lastModified });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const sent = server.requestsTo("/cond.xml").at(-1);
    expect(sent?.headers["if-none-match"]).toBe('"v1"');
    expect(sent?.headers["if-modified-since"]).toBe("Tue, 24 Nov 2026 10:00:00 GMT");
  });

  it("reads max-age from Cache-Control, and Expires relative to Date", async () => {
    server.route("/cc.xml", { headers: { "cache-control": "public, max-age=900" }, body: "x" });
    server.route("/expires.xml", {
      headers: { date: "Tue, 24 Nov 2026 10:00:00 GMT", expires: "Tue, 24 Nov 2026 10:30:00 GMT" },
      body: "x",
    });
    expect((await safeFetch(server.url("/cc.xml"), local)).maxAgeSeconds).toBe(900);
    expect((await safeFetch(server.url("/expires.xml"), local)).maxAgeSeconds).toBe(1800);
  });

  it.each([
    ["gzip", (b: Buffer) => gzipSync(b)],
    ["br", (b: Buffer) => brotliCompressSync(b)],
    ["deflate", (b: Buffer) => deflateSync(b)],
    ["deflate", (b: Buffer) => deflateRawSync(b)],
  ] as const)("decompresses %s", async (encoding, compress) => {
    const text = "<rss>compressed body é</rss>".repeat(50);
    server.route("/enc", { headers: { "content-encoding": encoding }, body: compress(Buffer.from(text)) });
    expect((await safeFetch(server.url("/enc"), local)).body.toString()).toBe(text);
  });

  it("follows up to 5 redirects and reports the final URL", async () => {
    for (let i = 0; i < 5; i++) server.route(`/hop${i}`, { redirect: `/hop${i + 1}`, status: i % 2 ? 301 : 302 });
    server.route("/hop5", { body: "arrived" });
    const result = await safeFetch(server.url("/hop0"), local);
    expect(result.url).toBe(server.url("/hop5"));
    expect(result.body.toString()).toBe("arrived");
  });
});

describe("safeFetch: failures end in a clear IngestError", () => {
  it("gives up on a server that never answers", async () => {
    server.route("/hang", { hang: true });
    const started = Date.now();
    const error = await ingestFailure(safeFetch(server.url("/hang"), { ...local, timeoutMs: 300 }));
    expect(error.code).toBe("timeout");
    expect(error.message).toContain("took longer than 0.3 s");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up on a body that trickles past the total time-out", async () => {
    async function* slow() {
      for (let i = 0; i < 100; i++) {
        yield "chunk ";
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    server.route("/slow", () => ({ body: slow() }));
    const error = await ingestFailure(safeFetch(server.url("/slow"), { ...local, timeoutMs: 300 }));
    expect(error.code).toBe("timeout");
  });

  it("stops a gzip bomb at the cap", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * MB), { level: 9 });
    expect(bomb.length).toBeLessThan(MB);
    server.route("/bomb.xml", { headers: { "content-encoding": "gzip" }, body: bomb });
    const error = await ingestFailure(safeFetch(server.url("/bomb.xml"), local));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("decompresses to more than 5 MB");
  });

  it.each([
    ["br", (b: Buffer) => brotliCompressSync(b)],
    ["deflate", (b: Buffer) => deflateRawSync(b, { level: 9 })],
  ] as const)("stops a %s bomb at the cap", async (encoding, compress) => {
    server.route(`/bomb-${encoding}`, { headers: { "content-encoding": encoding }, body: compress(Buffer.alloc(32 * MB)) });
    const error = await ingestFailure(safeFetch(server.url(`/bomb-${encoding}`), local));
    expect(error.code).toBe("too-large");
  });

  it("refuses an unknown content encoding", async () => {
    server.route("/zstd", { headers: { "content-encoding": "zstd" }, body: "x" });
    const error = await ingestFailure(safeFetch(server.url("/zstd"), local));
    expect(error.code).toBe("bad-content");
    expect(error.message).toContain('unsupported content encoding "zstd"');
  });

  it("reports a body that is not the gzip it claims to be", async () => {
    server.route("/fake-gzip", { headers: { "content-encoding": "gzip" }, body: "plain text, not gzip" });
    const error = await ingestFailure(safeFetch(server.url("/fake-gzip"), local));
    expect(error.code).toBe("bad-content");
    expect(error.message).toContain("could not be decompressed");
  });

  it("stops a 50 MB streamed body at the cap without reading it all", async () => {
    let sent = 0;
    server.route("/huge", () => ({
      body: (function* () {
        for (const chunk of repeatedBytes(50 * MB)) {
          sent += chunk.length;
          yield chunk;
        }
      })(),
    }));
    const error = await ingestFailure(safeFetch(server.url("/huge"), { ...local, kind: "page" }));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("3 MB");
    expect(sent).toBeLessThan(20 * MB);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    server.route("/declared", { headers: { "content-length": String(50 * MB) }, body: repeatedBytes(50 * MB) });
    const error = await ingestFailure(safeFetch(server.url("/declared"), local));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("50 MB");
  });

  it("stops a redirect loop", async () => {
    server.route("/loop-a", { redirect: "/loop-b" });
    server.route("/loop-b", { redirect: "/loop-a" });
    const error = await ingestFailure(safeFetch(server.url("/loop-a"), local));
    expect(error.code).toBe("too-many-redirects");
    expect(error.message).toContain("loop");
  });

  it("stops after 5 redirects", async () => {
    for (let i = 0; i < 6; i++) server.route(`/chain${i}`, { redirect: `/chain${i + 1}` });
    server.route("/chain6", { body: "too far" });
    const error = await ingestFailure(safeFetch(server.url("/chain0"), local));
    expect(error.code).toBe("too-many-redirects");
    expect(error.message).toContain("more than 5 times");
  });

  it("reports an HTTP error status", async () => {
    server.route("/broken", { status: 500, body: "oops" });
    const error = await ingestFailure(safeFetch(server.url("/broken"), local));
    expect(error.code).toBe("http-status");
    expect(error.message).toContain("answered 500");
  });

  it("reports a refused connection", async () => {
    const gone = await startFeedServer();
    const url = gone.url("/feed");
    await gone.close();
    const error = await ingestFailure(safeFetch(url, local));
    expect(error.code).toBe("connect");
    expect(error.message).toContain("refused the connection");
  });

  it("refuses schemes other than http and https, also after a redirect", async () => {
    expect((await ingestFailure(safeFetch("file:///etc/passwd", local))).code).toBe("bad-url");
    expect((await ingestFailure(safeFetch("not a url", local))).code).toBe("bad-url");
    server.route("/to-file", { redirect: "file:///etc/passwd" });
    const error = await ingestFailure(safeFetch(server.url("/to-file"), local));
    expect(error.code).toBe("bad-url");
    expect(error.message).toContain("only http and https");
  });
});

describe("safeFetch: private networks", () => {
  const strict: FetchOptions = { kind: "page" };

  it("refuses the cloud metadata address with a message a user understands", async () => {
    const error = await ingestFailure(safeFetch("http://169.254.169.254/latest/meta-data/", strict));
    expect(error.code).toBe("private-address");
    expect(error.message).toBe(
      "http://169.254.169.254/latest/meta-data/ is not allowed: 169.254.169.254 is a link-local address",
    );
  });

  it("refuses cloud metadata even where private networks are allowed", async () => {
    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/"]) {
      const error = await ingestFailure(safeFetch(url, { kind: "page", allowPrivateNetworks: true }));
      expect(error.code).toBe("private-address");
      expect(error.message).toContain("a cloud metadata address, never fetched");
    }
    const viaName = await ingestFailure(
      safeFetch("http://metadata.internal.test/computeMetadata/v1/", {
        kind: "page",
        allowPrivateNetworks: true,
        lookup: async () => [{ address: "169.254.169.254", family: 4 }],
      }),
    );
    expect(viaName.message).toContain("resolves to 169.254.169.254, a cloud metadata address");
  });

  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://2130706433/", "loopback"],
    ["http://0x7f.1/", "loopback"],
    ["http://10.1.2.3/", "private"],
    ["http://192.168.0.1/", "private"],
    ["http://172.16.5.4/", "private"],
    ["http://100.64.0.1/", "carrier-grade NAT"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[::1]/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:169.254.169.254]/", "link-local"],
    ["http://[fd00::1]/", "unique-local"],
    ["http://[fe80::1]/", "link-local"],
    ["http://[::]/", "unspecified"],
  ])("refuses %s", async (url, words) => {
    const error = await ingestFailure(safeFetch(url, strict));
    expect(error.code).toBe("private-address");
    expect(error.message).toContain(words);
  });

  it("refuses a name that resolves to 127.0.0.1, without sending anything", async () => {
    const before = server.requests.length;
    const lookup = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const error = await ingestFailure(safeFetch(`http://news.example:${server.port}/plain.xml`, { kind: "feed", lookup }));
    expect(error.code).toBe("private-address");
    expect(error.message).toContain("news.example resolves to 127.0.0.1, a loopback address");
    expect(server.requests.length).toBe(before);
  });

  it("refuses a name when any of its addresses is private", async () => {
    const lookup = async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "10.0.0.8", family: 4 as const },
    ];
    const error = await ingestFailure(safeFetch("http://mixed.example/", { kind: "feed", lookup }));
    expect(error.code).toBe("private-address");
  });

  it("connects to the address the check saw, for a name allowed by policy", async () => {
    server.route("/named", { body: "named" });
    const lookup = async () => [{ address: "127.0.0.1", family: 4 as const }];
    const result = await safeFetch(`http://feeds.example:${server.port}/named`, { ...local, lookup });
    expect(result.body.toString()).toBe("named");
    expect(server.requestsTo("/named").at(-1)?.headers.host).toBe(`feeds.example:${server.port}`);
  });

  it("checks every redirect: a hop to a private address is refused", async () => {
    const lookup = async (host: string) => [
      { address: host === "intranet.example" ? "10.0.0.5" : "127.0.0.1", family: 4 as const },
    ];
    server.route("/to-metadata", { redirect: "http://169.254.169.254/latest/meta-data/" });
    server.route("/to-intranet", { redirect: "http://intranet.example/admin" });
    const options: FetchOptions = { kind: "feed", allowAddresses: ["127.0.0.1"], lookup };
    const first = await ingestFailure(safeFetch(server.url("/to-metadata"), options));
    expect(first.code).toBe("private-address");
    expect(first.message).toContain("169.254.169.254 is a link-local address");
    const second = await ingestFailure(safeFetch(server.url("/to-intranet"), options));
    expect(second.message).toContain("intranet.example resolves to 10.0.0.5, a private address");
  });

  it("reports a name that does not resolve", async () => {
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    const error = await ingestFailure(safeFetch("http://nowhere.example/", { kind: "feed", lookup }));
    expect(error.code).toBe("dns");
    expect(error.message).toContain("nowhere.example could not be found");
  });
});
