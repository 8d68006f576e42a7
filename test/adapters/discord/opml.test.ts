import type { APIEmbed } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toSlashCommand } from "../../../adapters/discord/commands.js";
import { commands } from "../../../commands/index.js";
import { parseOpml } from "../../../src/opml/parse-opml.js";
import { ADMIN_PERMISSIONS, type FakeAttachment, MEMBER_PERMISSIONS, type RestCall } from "../../helpers/fake-discord.js";
import { type NewsApp, startNewsApp } from "./news-app.js";

const NOW = new Date("2026-03-25T06:00:00Z");

type Body = { content?: string; flags?: number; embeds?: APIEmbed[]; attachments?: unknown[] };

let app: NewsApp;

beforeEach(async () => {
  app = await startNewsApp(NOW);
  app.feeds.route("/harbour.xml", {
    headers: { "content-type": "application/rss+xml" },
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Brenna Harbour Log</title>
      <item><title>Harbour dredging finishes early</title><link>${app.feeds.url("/news/dredging")}</link><guid>d1</guid></item>
      </channel></rss>`,
  });
});

afterEach(async () => {
  await app.close();
});

/** OPML 1.0 with `url` attributes and a folder: the two local feeds and a link that is not a feed. */
function opml(): string {
  return `<?xml version="1.0"?><opml version="1.0"><head><title>Coast</title></head><body>
  <outline text="Coast"><outline text="Coast news" type="rss" url="${app.feedUrl}"/>
  <outline text="Harbour" url="${app.feeds.url("/harbour.xml")}"/></outline>
  <outline text="Tide tables" type="link" url="https://tides.example/tables"/>
</body></opml>`;
}

/** Runs `/feeds` as an interaction and waits for its answer (deferred at once, then edited or followed up). */
async function feeds(values: Record<string, string>, permissions: string, attachment?: FakeAttachment) {
  const options: { name: string; type: number; value: string }[] = Object.entries(values).map(([name, value]) => ({
    name,
    type: 3,
    value,
  }));
  if (attachment) options.push({ name: "file", type: 11, value: attachment.id });
  const { token } = app.fake.interaction("feeds", { options, permissions, ...(attachment ? { attachments: [attachment] } : {}) });
  const answersOf = () =>
    app.fake.callsFor(token).filter((call) => call.path.startsWith("/webhooks/") && call.method !== "DELETE");
  await expect.poll(() => answersOf().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  const [answer] = answersOf() as [RestCall];
  const body = answer.body as Body;
  const text = body.content ?? body.embeds?.map((embed) => embed.description ?? "").join("\n") ?? "";
  return { answer, body, text };
}

describe("Discord: /feeds import and export (issue 12)", () => {
  it("publishes an optional attachment option on /feeds", () => {
    const spec = commands.find((command) => command.name === "feeds");
    expect(spec).toBeDefined();
    const json = toSlashCommand(spec as NonNullable<typeof spec>);
    expect(json.options?.find((option) => option.name === "file")).toEqual({
      type: 11,
      name: "file",
      description: "The OPML file to import (/feeds import)",
      description_localizations: expect.objectContaining({ fr: "Le fichier OPML à importer (/feeds import)" }),
      required: false,
    });
  });

  it("imports the file in the attachment option, downloaded from the URL the interaction resolves", async () => {
    const file = app.fake.addAttachment("coast.opml", opml());
    const { text } = await feeds({ action: "import" }, ADMIN_PERMISSIONS, file);
    expect(app.fake.downloads).toEqual(["coast.opml"]);
    expect(text).toMatch(/^Imported coast\.opml: 2 added, 0 already followed, 1 refused\./);
    expect(text).toContain("https://tides.example/tables — a link to a page (type “link”), not a feed");
    expect((await app.stores.feeds.list()).map((feed) => feed.url).sort()).toEqual(
      [app.feedUrl, app.feeds.url("/harbour.xml")].sort(),
    );
  });

  it("refuses an attachment over 1 MB from its announced size, and a member without Manage Server", async () => {
    const big = app.fake.addAttachment("big.opml", "x", { size: 2_000_000 });
    expect((await feeds({ action: "import" }, ADMIN_PERMISSIONS, big)).body).toMatchObject({
      content: "big.opml is larger than 1 MB; refused.",
      flags: 64,
    });
    const small = app.fake.addAttachment("coast.opml", opml());
    expect((await feeds({ action: "import" }, MEMBER_PERMISSIONS, small)).body).toMatchObject({
      content: "Only admins of this chat can import feeds.",
      flags: 64,
    });
    expect(app.fake.downloads).toEqual([]);
    expect(await app.stores.feeds.list()).toEqual([]);
  });

  it("answers /feeds export with an OPML file attached to the reply (multipart)", async () => {
    await app.stores.feeds.put({ url: app.feedUrl, title: "Brenna Coast News", failures: 0 });
    const { answer, body } = await feeds({ action: "export" }, MEMBER_PERMISSIONS);
    expect(body.content).toBe("1 feed, as OPML.");
    expect(answer.uploads?.map((upload) => upload.filename)).toEqual(["newsbrief-feeds.opml"]);
    expect(parseOpml(answer.uploads?.[0]?.text ?? "").feeds).toEqual([{ url: app.feedUrl, title: "Brenna Coast News" }]);
  });
});
