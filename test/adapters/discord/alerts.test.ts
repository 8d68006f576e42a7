import type { APIEmbed } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IDS, type InteractionOptions } from "../../helpers/fake-discord.js";
import { type NewsApp, startNewsApp } from "./news-app.js";

type Body = { content?: string; flags?: number; embeds?: APIEmbed[] };

let app: NewsApp;
beforeEach(async () => {
  app = await startNewsApp(new Date("2026-03-25T06:00:00Z"));
});
afterEach(async () => {
  await app.close();
});

/** Sends `/name what:<value>` and returns the text of its first answer. */
async function answer(name: string, what: string | undefined, where: Pick<InteractionOptions, "dm">): Promise<Body> {
  const options = what === undefined ? [] : [{ name: "what", type: 3, value: what }];
  const { token } = app.fake.interaction(name, { options, ...where });
  const answersOf = () =>
    app.fake.callsFor(token).filter((call) => call.path.startsWith("/webhooks/") && call.method !== "DELETE");
  await expect.poll(() => answersOf().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  return answersOf()[0]?.body as Body;
}

const textOf = (body: Body) => JSON.stringify(body);

describe("Discord alerts: DMs only", () => {
  it("sets and lists alerts in a DM with the bot, keyed by the DM channel", async () => {
    expect(textOf(await answer("alert", "Okafor", { dm: true }))).toContain("Alert set for “Okafor” (1 of 10)");
    expect(textOf(await answer("alerts", undefined, { dm: true }))).toContain("Okafor");
    expect((await app.services.alerts.get(`discord:${IDS.dm}`))?.terms).toEqual(["Okafor"]);
  });

  it("answers privately in a server channel that alerts work in a DM", async () => {
    const body = await answer("alert", "Okafor", {});
    expect(textOf(body)).toContain("Alerts work in a private chat with the bot");
    expect(body.flags).toBe(64);
    expect(await app.services.alerts.get(`discord:${IDS.channel}`)).toBeUndefined();
  });
});

describe("Discord alerts, end to end", () => {
  it("sends the DM one brief when a poll brings a story quoting the person, without pings", async () => {
    expect(textOf(await answer("alert", "Ilse Varga", { dm: true }))).toContain("Alert set for “Ilse Varga”");
    const posts = () => app.fake.calls.filter((call) => call.method === "POST" && call.path === `/channels/${IDS.dm}/messages`);
    await app.poller.pollFeed(app.feedUrl, new Date("2026-03-25T05:00:00Z"));
    app.clock.now = new Date("2026-03-25T06:00:00Z");
    await app.poller.pollFeed(app.feedUrl, app.clock.now);
    expect(posts()).toHaveLength(1);
    const body = posts()[0]?.body as Body & { allowed_mentions?: unknown };
    expect(JSON.stringify(body)).toContain("🔔 Alert: Ilse Varga");
    expect(JSON.stringify(body)).toContain("Ilse Varga");
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
