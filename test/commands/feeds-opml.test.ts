import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NOW, startConsoleBot } from "./console-bot.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/opml/${name}`, import.meta.url));

describe("/feeds import and /feeds export, through the console", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsbrief-opml-"));
  });
  afterEach(async () => {
    await bot.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("imports a nested OPML file from a path: added, already followed and refused, in one answer", async () => {
    bot = await startConsoleBot({
      feeds: [{ url: "https://fells.example/courier/atom", title: "North Fells Courier", failures: 0 }],
    });
    const printed = await bot.run([`/feeds import ${fixture("nested-folders.opml")}`]);
    expect(printed).toMatchInlineSnapshot(`
      "Imported nested-folders.opml: 3 added, 1 already followed, 3 refused. Their current stories are stored; new ones will be delivered.
      Added (3):
      • Example Feed <http://moorland.example/bulletin.rss>
      • Example Feed <https://southmarsh.example/tidings.xml>
      • Example Feed <https://lowbridge.example/crier.json>
      Already followed (1):
      • https://fells.example/courier/atom
      Refused (3):
      • https://walks.example/map — a link to a page (type “link”), not a feed
      • https://stonemason.example/blog — only a web page address (htmlUrl), no feed address (xmlUrl)
      • https://friend.example/list.opml — an include of another OPML file; import that file itself

      "
    `);
    expect((await bot.stores.feeds.get("https://southmarsh.example/tidings.xml"))?.htmlUrl).toBe("https://southmarsh.example");
  });

  it("answers in the chat's language: the report's own words translated, the feeds' names and reasons as recorded", async () => {
    bot = await startConsoleBot();
    const printed = await bot.run(["/language ru", `/feeds import ${fixture("nested-folders.opml")}`, "/feeds import"]);
    const answers = printed.split("\n\n").slice(1).join("\n\n");
    expect(answers).toContain("Импорт nested-folders.opml: добавлено 4, уже отслеживается 0, отклонено 3.");
    expect(answers).toContain("Отклонены (3):");
    expect(answers).toContain("Отправьте /feeds import с OPML-файлом");
  });

  it("exports the followed feeds as OPML 2.0 to the console, or to a path", async () => {
    bot = await startConsoleBot({
      feeds: [
        {
          url: "https://gazette.example/rss.xml",
          title: "Harbour Town Gazette",
          htmlUrl: "https://gazette.example/",
          failures: 0,
        },
        { url: "https://plateau.example/atom.xml", failures: 0 },
      ],
    });
    const path = join(dir, "out.opml");
    // Export shows what /feeds list shows, so members may have it too.
    const printed = await bot.run(["/feeds export", `/feeds export ${path}`], { admin: false });
    expect(printed.replace(path, "OUT")).toMatchInlineSnapshot(`
      "2 feeds, as OPML.

      <?xml version="1.0" encoding="utf-8"?>
      <opml version="2.0">
        <head>
          <title>newsbrief feeds</title>
          <dateCreated>Sun, 01 Mar 2026 09:00:00 GMT</dateCreated>
        </head>
        <body>
          <outline text="Harbour Town Gazette" type="rss" xmlUrl="https://gazette.example/rss.xml" htmlUrl="https://gazette.example/" title="Harbour Town Gazette"/>
          <outline text="https://plateau.example/atom.xml" type="rss" xmlUrl="https://plateau.example/atom.xml"/>
        </body>
      </opml>

      Wrote 2 feeds as OPML to OUT.

      "
    `);
    expect(await readFile(path, "utf8")).toContain('xmlUrl="https://plateau.example/atom.xml"');
    expect(NOW.toUTCString()).toBe("Sun, 01 Mar 2026 09:00:00 GMT");
  });

  it("refuses hostile, oversized or missing files and non-admins, and says how to attach a file", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run([
        `/feeds import ${fixture("entities.opml")}`,
        `/feeds import ${fixture("over-outline-cap.opml")}`,
        `/feeds import ${join(dir, "missing.opml")}`,
        "/feeds import",
        "/feeds export",
      ]),
    ).toBe(
      [
        "This OPML file declares XML entities (a DOCTYPE with <!ENTITY>); refused as a whole.",
        "This OPML file has 1020 outlines; I take at most 1,000. Split it and import the parts.",
        `I could not read ${join(dir, "missing.opml")}: no such file.`,
        "Send /feeds import with an OPML file: on Telegram as the file's caption (or in reply to the file), on Discord in the file option; on the console, /feeds import PATH.",
        "No feeds yet. An admin can add one: /feeds add https://www.example.com/rss.xml",
        "",
      ].join("\n\n"),
    );
    expect(await bot.stores.feeds.list()).toEqual([]);
    expect(await bot.run([`/feeds import ${fixture("reader-export.opml")}`], { admin: false })).toBe(
      "Only admins of this chat can import feeds.\n\n",
    );
    expect(await bot.stores.feeds.list()).toEqual([]);
  });
});
