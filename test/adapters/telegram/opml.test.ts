import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseOpml } from "../../../src/opml/parse-opml.js";
import { documentUpdate, type FakeCall, type FakeUpload } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADA, GROUP, MEMBER, PRIVATE, type, visibleText } from "./setup.js";

const NOW = new Date("2026-11-26T06:00:00Z");

let app: NewsApp;

beforeEach(async () => {
  app = await startNewsApp(NOW);
  app.feeds.route("/second.xml", {
    headers: { "content-type": "application/rss+xml" },
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Esterby Evening Post</title>
      <item><title>Esterby night market returns</title><link>${app.feeds.url("/news/esterby-market")}</link><guid>m1</guid></item>
      </channel></rss>`,
  });
});

afterEach(async () => {
  await app.close();
});

/** An Inoreader-like list of the two local feeds in folders, a 500ing feed and a site without a feed address. */
function opml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Valmor reading</title></head><body>
  <outline text="Valley"><outline text="Gazette" type="rss" xmlUrl="${app.feedUrl}" htmlUrl="${app.feeds.origin}/"/>
    <outline text="Evenings"><outline text="Evening Post" type="rss" xmlUrl="${app.feeds.url("/second.xml")}"/></outline></outline>
  <outline text="Broken" type="rss" xmlUrl="${app.feeds.url("/gone.xml")}"/>
  <outline text="Only a site" htmlUrl="https://only-a-site.example/"/>
</body></opml>`;
}

/** The calls of `method` that arrived after `from` calls, once there are at least `n` of them. */
async function callsAfter(method: string, from: number, n = 1): Promise<FakeCall[]> {
  const fresh = () => app.fake.calls.slice(from).filter((call) => call.method === method && call.status === 200);
  await expect.poll(() => fresh().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(n);
  return fresh();
}

describe("Telegram: /feeds import and export (issue 12)", () => {
  it("imports the document sent with /feeds import as its caption: getFile, then the file route of the same apiRoot", async () => {
    const path = app.fake.addFile("doc-1", { name: "valmor.opml", bytes: opml() });
    const mark = app.fake.calls.length;
    app.fake.pushUpdate(documentUpdate("/feeds import", { fileId: "doc-1", name: "valmor.opml" }, { chat: PRIVATE, from: ADA }));
    const [answer] = await callsAfter("sendMessage", mark);
    expect(app.fake.callsTo("getFile").map((call) => call.payload.file_id)).toEqual(["doc-1"]);
    expect(app.fake.downloads).toEqual([path]);
    const text = visibleText(String(answer?.payload.text));
    expect(text).toMatch(/^Imported valmor\.opml: 2 added, 0 already followed, 2 refused\./);
    expect(text).toContain(`Valmor Valley Gazette <${app.feedUrl}>`);
    expect(text).toContain(`Esterby Evening Post <${app.feeds.url("/second.xml")}>`);
    expect(text).toMatch(new RegExp(`${app.feeds.url("/gone.xml")} — I could not read it as a feed: .*404`));
    expect(text).toContain("https://only-a-site.example/ — only a web page address (htmlUrl), no feed address (xmlUrl)");
    expect((await app.stores.feeds.list()).map((feed) => feed.url).sort()).toEqual([app.feedUrl, app.feeds.url("/second.xml")]);
  });

  it("imports a document the command replies to, and reports feeds already followed", async () => {
    app.fake.addFile("doc-2", { name: "again.opml", bytes: opml() });
    await app.stores.feeds.put({ url: app.feedUrl, failures: 0 });
    const replied = documentUpdate("ignored caption", { fileId: "doc-2", name: "again.opml" }, { chat: PRIVATE, from: ADA });
    const mark = app.fake.calls.length;
    // Without a document: how to send one. Then the same command in reply to the document message.
    type(app.fake, "/feeds import", { chat: PRIVATE, from: ADA });
    app.fake.pushUpdate({
      message: {
        message_id: 12,
        date: 1_780_000_001,
        chat: PRIVATE,
        from: { is_bot: false, ...ADA },
        text: "/feeds import",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
        reply_to_message: replied.message as Record<string, unknown>,
      },
    });
    const answers = await callsAfter("sendMessage", mark, 2);
    const texts = answers.map((call) => visibleText(String(call.payload.text)));
    expect(texts).toContain(
      "Send /feeds import with an OPML file: on Telegram as the file's caption (or in reply to the file), on Discord in the file option; on the console, /feeds import PATH.",
    );
    expect(texts.find((t) => t.startsWith("Imported"))).toMatch(
      /^Imported again\.opml: 1 added, 1 already followed, 2 refused\./,
    );
  });

  it("refuses a document over 1 MB from its announced size, without downloading it, and a member in a group", async () => {
    app.fake.addFile("doc-3", { name: "huge.opml", bytes: "x" });
    const mark = app.fake.calls.length;
    app.fake.pushUpdate(
      documentUpdate("/feeds import", { fileId: "doc-3", name: "huge.opml", size: 5_000_000 }, { chat: PRIVATE, from: ADA }),
    );
    const [answer] = await callsAfter("sendMessage", mark);
    expect(visibleText(String(answer?.payload.text))).toBe("huge.opml is larger than 1 MB; refused.");
    expect(app.fake.callsTo("getFile")).toEqual([]);
    expect(app.fake.downloads).toEqual([]);

    const before = app.fake.calls.length;
    app.fake.pushUpdate(documentUpdate("/feeds import", { fileId: "doc-3", name: "huge.opml" }, { chat: GROUP, from: MEMBER }));
    const [refused] = await callsAfter("sendMessage", before);
    expect(visibleText(String(refused?.payload.text))).toBe("Only admins of this chat can import feeds.");
    expect(app.fake.downloads).toEqual([]);
  });

  it("explains a refused or failed download in the user's language (German)", async () => {
    const jonas = { ...ADA, language_code: "de" };
    const mark = app.fake.calls.length;
    app.fake.pushUpdate(
      documentUpdate("/feeds import", { fileId: "doc-4", name: "gross.opml", size: 5_000_000 }, { chat: PRIVATE, from: jonas }),
    );
    const [tooLarge] = await callsAfter("sendMessage", mark);
    expect(visibleText(String(tooLarge?.payload.text))).toBe("gross.opml ist größer als 1 MB; abgelehnt.");

    // getFile does not know this document: the Bot API answers 400, and nothing is downloaded.
    const before = app.fake.calls.length;
    app.fake.pushUpdate(documentUpdate("/feeds import", { fileId: "doc-5", name: "weg.opml" }, { chat: PRIVATE, from: jonas }));
    const [failed] = await callsAfter("sendMessage", before);
    expect(visibleText(String(failed?.payload.text))).toMatch(
      /^weg\.opml konnte nicht heruntergeladen werden: .*invalid file_id.*\.$/,
    );
    expect(app.fake.downloads).toEqual([]);
  });

  it("sends /feeds export as an OPML document (sendDocument, multipart) with a caption", async () => {
    await app.stores.feeds.put({ url: app.feedUrl, title: "Valmor Valley Gazette", htmlUrl: app.feeds.origin, failures: 0 });
    await app.stores.feeds.put({ url: app.feeds.url("/second.xml"), failures: 0 });
    const mark = app.fake.calls.length;
    type(app.fake, "/feeds export", { chat: PRIVATE, from: ADA });
    const [sent] = await callsAfter("sendDocument", mark);
    expect(sent?.payload).toMatchObject({ chat_id: String(PRIVATE.id), caption: "2 feeds, as OPML.", parse_mode: "HTML" });
    const document = sent?.payload.document as FakeUpload;
    expect(document.filename).toBe("newsbrief-feeds.opml");
    expect(parseOpml(document.text).feeds).toEqual([
      { url: app.feedUrl, title: "Valmor Valley Gazette", htmlUrl: app.feeds.origin },
      { url: app.feeds.url("/second.xml"), title: app.feeds.url("/second.xml") },
    ]);
    expect(app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage")).toEqual([]);
  });
});
