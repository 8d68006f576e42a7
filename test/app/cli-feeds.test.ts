import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/app/cli.js";
import { createFeedsCommand } from "../../src/app/cli-feeds.js";
import { parseOpml } from "../../src/opml/parse-opml.js";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";

const NOW = new Date("2026-12-07T09:00:00Z");
let server: FeedServer;
let dir: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const rss = (title: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>${title} opens a reading room</title><guid>${title}</guid></item></channel></rss>`;

beforeEach(async () => {
  server = await startFeedServer();
  server.route("/a.xml", { headers: { "content-type": "application/rss+xml" }, body: rss("Quarry Lane Journal") });
  server.route("/b.xml", { headers: { "content-type": "application/rss+xml" }, body: rss("Saltmarsh Letter") });
  dir = await mkdtemp(join(tmpdir(), "newsbrief-cli-feeds-"));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("newsbrief feeds import|export", () => {
  it("imports an OPML file into the configured store, and exports the followed feeds as OPML to stdout", async () => {
    const env = { STORE_URL: `sqlite://${join(dir, "store.sqlite")}`, ALLOW_PRIVATE_NETWORKS: "true" };
    const file = join(dir, "list.opml");
    await writeFile(
      file,
      `<opml version="2.0"><body><outline text="Local">
        <outline text="A" type="rss" xmlUrl="${server.url("/a.xml")}" htmlUrl="${server.origin}/a"/>
        <outline text="B" type="rss" xmlUrl="${server.url("/b.xml")}"/></outline>
        <outline text="C" type="rss" xmlUrl="${server.url("/missing.xml")}"/></body></opml>`,
    );
    const command = createFeedsCommand({ env, now: () => NOW });
    const imported = capture();
    expect(await command.run(["import", file], imported.io)).toBe(0);
    expect(imported.err).toEqual([]);
    expect(imported.out.join("\n")).toMatch(/^Imported list\.opml: 2 added, 0 already followed, 1 refused\./);

    // A second process (the same store file) sees them: the export lists both, with the htmlUrl the file gave.
    const exported = capture();
    expect(await createFeedsCommand({ env, now: () => NOW }).run(["export"], exported.io)).toBe(0);
    const feeds = parseOpml(exported.out.join("\n")).feeds.sort((x, y) => x.url.localeCompare(y.url));
    expect(feeds).toEqual([
      { url: server.url("/a.xml"), title: "Quarry Lane Journal", htmlUrl: `${server.origin}/a` },
      { url: server.url("/b.xml"), title: "Saltmarsh Letter" },
    ]);

    const again = capture();
    expect(await command.run(["import", file], again.io)).toBe(0);
    expect(again.out.join("\n")).toMatch(/0 added, 2 already followed, 1 refused\./);

    const out = join(dir, "export.opml");
    expect(await command.run(["export", out], capture().io)).toBe(0);
    expect(parseOpml(await readFile(out, "utf8")).feeds).toHaveLength(2);
  });

  it("explains bad usage and refused files with exit code 1", async () => {
    const env = { STORE_URL: "memory://" };
    for (const [args, message] of [
      [["feeds"], 'newsbrief: feeds needs "import FILE" or "export [FILE]"'],
      [["feeds", "import"], "newsbrief: feeds import needs the OPML FILE to read"],
      [["feeds", "sync"], 'newsbrief: feeds: unknown action "sync" (import or export)'],
    ] as const) {
      const { io, err } = capture();
      expect(await main(args, io)).toBe(1);
      expect(err).toEqual([message]);
    }
    const hostile = join(dir, "hostile.opml");
    await writeFile(hostile, await readFile(new URL("../fixtures/opml/entities.opml", import.meta.url)));
    const { io, err } = capture();
    await expect(createFeedsCommand({ env }).run(["import", hostile], io)).rejects.toThrow(
      "This OPML file declares XML entities (a DOCTYPE with <!ENTITY>); refused as a whole.",
    );
    expect(err).toEqual([]);
  });

  it("keeps feed parsing out of `newsbrief help`: the CLI's static imports reach no OPML, ingest or store module", async () => {
    const staticImports = async (file: string) => {
      const source = await readFile(new URL(`../../src/app/${file}`, import.meta.url), "utf8");
      return [...source.matchAll(/^import\s(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]);
    };
    expect(await staticImports("cli.ts")).toContain("./cli-feeds.js");
    expect(await staticImports("cli-feeds.ts")).toEqual(["../errors.js", "./environment.js"]);
  });
});
