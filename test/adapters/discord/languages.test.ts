import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { ADMIN_PERMISSIONS, IDS, MEMBER_PERMISSIONS, type RestCall } from "../../helpers/fake-discord.js";
import { type NewsApp, startNewsApp } from "./news-app.js";

// Languages on Discord: the member's client locale picks the answers, the server's locale the digests; the
// registration payload carries each command's and option's description_localizations.
const FIRST_FETCH_AT = new Date("2026-03-25T06:30:00Z");
const CHANNEL = `discord:${IDS.channel}` as const;

let app: NewsApp;

beforeEach(async () => {
  app = await startNewsApp(FIRST_FETCH_AT);
  const xml = (await readFile(new URL("../../fixtures/discord/coast-news.xml", import.meta.url), "utf8")).replaceAll(
    "{{ORIGIN}}",
    app.feeds.origin,
  );
  app.feeds.route("/feed.xml", { headers: { "content-type": "application/rss+xml" }, body: xml });
  await app.poller.pollFeed(app.feedUrl, FIRST_FETCH_AT);
});

afterEach(async () => {
  await app.close();
});

/** Sends a command as an interaction in these locales and returns the JSON of its answers. */
async function run(
  name: string,
  values: Record<string, string>,
  where: { locale: string; guildLocale?: string; permissions?: string },
): Promise<string> {
  const options = Object.entries(values).map(([key, value]) => ({ name: key, type: 3, value }));
  const { token } = app.fake.interaction(name, { options, permissions: where.permissions ?? MEMBER_PERMISSIONS, ...where });
  const answersOf = () =>
    app.fake.callsFor(token).filter((call: RestCall) => call.path.startsWith("/webhooks/") && call.method !== "DELETE");
  await expect.poll(() => answersOf().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  return answersOf()
    .map((call) => JSON.stringify(call.body))
    .join("\n");
}

describe("languages on Discord", () => {
  it("registers every command with description_localizations for fr, de, es-ES, es-419 and ru, options included", async () => {
    await app.platform.registerCommands(commands);
    const put = app.fake.calls.find((call) => call.method === "PUT" && call.path.includes("/commands"));
    const body = put?.body as {
      name: string;
      description: string;
      description_localizations?: Record<string, string>;
      options: { name: string; description_localizations?: Record<string, string> }[];
    }[];
    expect(body.map((command) => command.name)).toEqual(commands.map((command) => command.name));
    for (const command of body) {
      expect(Object.keys(command.description_localizations ?? {}).sort(), command.name).toEqual([
        "de",
        "es-419",
        "es-ES",
        "fr",
        "ru",
      ]);
      for (const option of command.options) {
        expect(Object.keys(option.description_localizations ?? {}).sort(), `${command.name} ${option.name}`).toEqual([
          "de",
          "es-419",
          "es-ES",
          "fr",
          "ru",
        ]);
      }
    }
    const latest = body.find((command) => command.name === "latest");
    expect(latest?.description).toBe("Show the newest stories as briefs");
    expect(latest?.description_localizations?.ru).toBe("Показать свежие новости кратко");
    expect(latest?.description_localizations?.["es-419"]).toBe(latest?.description_localizations?.["es-ES"]);
    expect(latest?.options.find((option) => option.name === "count")?.description_localizations?.de).toBe(
      "Wie viele Meldungen (1–10)",
    );
  });

  it("answers an interaction with locale ru in Russian, and posts the digest in the server's locale (fr)", async () => {
    const refused = await run("subscribe", { topic: "marren" }, { locale: "ru", guildLocale: "fr" });
    expect(refused).toContain("Только администраторы этого чата могут использовать /subscribe.");
    const subscribed = await run(
      "subscribe",
      { topic: "marren", schedule: "0 8 * * *" },
      { locale: "ru", guildLocale: "fr", permissions: ADMIN_PERMISSIONS },
    );
    expect(subscribed).toContain("Подписка на marren оформлена.");
    expect(subscribed).toContain("Первый дайджест:");
    expect(await run("digest", {}, { locale: "en-US", guildLocale: "fr" })).toContain("🗞 Digest · marren · 1 story");

    app.clock.now = new Date("2026-03-25T07:00:00Z");
    const before = app.fake.calls.length;
    await app.scheduler.fire(`digest:${CHANNEL}`, app.clock.now);
    const posts = app.fake.calls
      .slice(before)
      .filter((call) => call.method === "POST" && call.path === `/channels/${IDS.channel}/messages`);
    const posted = JSON.stringify(posts.map((call) => call.body));
    expect(posted).toContain("🗞 Résumé · marren · 1 article");
    // The news itself stays as published.
    expect(posted).toContain("Tidewater council approves a new ferry line to the islands");
  });
});
