import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FetchOptions, safeFetch } from "../../src/ingest/safe-fetch.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";
import { ingestFailure } from "../helpers/ingest-failure.js";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

describe("safeFetch: private IPv6 behind names and redirects", () => {
  it.each([
    ["::1", "loopback"],
    ["fd12:3456::7", "unique-local"],
    ["fe80::1", "link-local"],
    ["::ffff:169.254.169.254", "link-local"],
  ])("refuses a name whose AAAA record is %s, without connecting", async (address, words) => {
    const before = server.requests.length;
    const lookup = async () => [{ address, family: 6 as const }];
    const error = await ingestFailure(safeFetch(`http://v6.example:${server.port}/feed.xml`, { kind: "feed", lookup }));
    expect(error.code).toBe("private-address");
    expect(error.message).toContain(`v6.example resolves to ${address}`);
    expect(error.message).toContain(words);
    expect(server.requests.length).toBe(before);
  });

  it("refuses a redirect to an IPv6 loopback literal, and to the metadata address by name", async () => {
    const lookup = async (host: string) =>
      host === "metadata.example"
        ? [{ address: "169.254.169.254", family: 4 as const }]
        : [{ address: "127.0.0.1", family: 4 as const }];
    server.route("/to-v6", { redirect: `http://[::1]:${server.port}/secret` });
    server.route("/to-metadata-name", { redirect: "http://metadata.example/latest/meta-data/" });
    server.route("/secret", { body: "should never be read" });
    const options: FetchOptions = { kind: "page", allowAddresses: ["127.0.0.1"], lookup };
    const v6 = await ingestFailure(safeFetch(server.url("/to-v6"), options));
    expect(v6.code).toBe("private-address");
    expect(v6.message).toContain("loopback");
    const metadata = await ingestFailure(safeFetch(server.url("/to-metadata-name"), options));
    expect(metadata.message).toContain("metadata.example resolves to 169.254.169.254, a link-local address");
    expect(server.requestsTo("/secret")).toEqual([]);
  });
});
