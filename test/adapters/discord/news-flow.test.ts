import type { APIEmbed } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { ADMIN_PERMISSIONS, IDS, MEMBER_PERMISSIONS, type RestCall } from "../../helpers/fake-discord.js";
import { type NewsApp, startNewsApp } from "./news-app.js";

// Issue 6, "done when": a local feed, the real commands and dispatcher, the Discord double behind DISCORD_API_ROOT.
const PRIMED_AT = new Date("2026-03-25T05:00:00Z");
const POLLED_AT = new Date("2026-03-25T06:00:00Z");
const SUBSCRIBED_AT = new Date("2026-03-25T06:30:00Z");
// 08:00 in Paris on 25 March 2026 (CET, before the switch to summer time).
const DIGEST_MINUTE = new Date("2026-03-25T07:00:00Z");
const CHANNEL = `discord:${IDS.channel}` as const;
const STORM_TITLE = "Storm @\u200beveryone \\*\\*alert\\*\\*: Brenna coast braces for gales";

type Body = { type?: number; content?: string; flags?: number; embeds?: APIEmbed[]; allowed_mentions?: unknown };
const bodyOf = (call: RestCall | undefined) => call?.body as Body | undefined;
const titles = (bodies: (Body | undefined)[]) => bodies.flatMap((body) => body?.embeds ?? []).map((embed) => embed.title);

let app: NewsApp;
let topic: string;

beforeEach(async () => {
  app = await startNewsApp(POLLED_AT);
  expect(await app.poller.pollFeed(app.feedUrl, PRIMED_AT)).toMatchObject({ stored: 1, deliverable: false });
  expect(await app.poller.pollFeed(app.feedUrl, POLLED_AT)).toMatchObject({ stored: 2, deliverable: true });
  const storm = (await app.stores.articles.latest({ limit: 10 })).find((article) => article.url.endsWith("/news/brenna-gales"));
  expect(storm).toBeDefined();
  // A free keyword the story names: digests match it on the story's words, whatever sections it was tagged with.
  topic = "gales";
});

afterEach(async () => {
  await app.close();
});

/** Sends a command as an interaction and waits for `parts` answers (deferred at once: an edit, or a private follow-up). */
async function run(name: string, values: Record<string, string | number>, permissions = MEMBER_PERMISSIONS, parts = 1) {
  const options = Object.entries(values).map(([key, value]) => ({ name: key, type: typeof value === "number" ? 4 : 3, value }));
  const { token } = app.fake.interaction(name, { options, permissions });
  const answersOf = () =>
    app.fake.callsFor(token).filter((call) => call.path.startsWith("/webhooks/") && call.method !== "DELETE");
  await expect.poll(() => answersOf().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(parts);
  const answers = answersOf().map(bodyOf);
  const text = answers.map((body) => JSON.stringify(body)).join("\n");
  return { calls: app.fake.callsFor(token), answers, text, private: answers.every((body) => body?.flags === 64) };
}

describe("Discord, end to end (issue 6: done when)", () => {
  it("answers /latest with briefs, refuses /subscribe to a member, and delivers an admin's digest at its minute without pings", async () => {
    // /latest: deferred at once, then the first brief edits the answer and the others follow up.
    const latest = await run("latest", {}, MEMBER_PERMISSIONS, 3);
    expect(bodyOf(latest.calls[0])?.type).toBe(5);
    expect(latest.calls.slice(1).map((call) => call.method)).toEqual(["PATCH", "POST", "POST"]);
    expect(titles(latest.answers)).toEqual([
      STORM_TITLE,
      "Tidewater council approves a new ferry line to the islands",
      "Marren lighthouse reopens to visitors after restoration",
    ]);
    const stormEmbed = latest.answers[0]?.embeds?.[0];
    expect(stormEmbed?.url).toBe(app.feeds.url("/news/brenna-gales"));
    expect(stormEmbed?.description).toContain("— **Ilse Varga**");
    expect(stormEmbed?.fields?.length).toBeGreaterThan(0);
    expect(stormEmbed?.footer?.text).toBe("127.0.0.1 · 20 min ago");

    // /subscribe from a member without Manage Server: refused, privately; nothing scheduled.
    app.clock.now = SUBSCRIBED_AT;
    const refused = await run("subscribe", { topic });
    expect(refused.answers).toEqual([
      expect.objectContaining({ content: "Only admins of this chat can use /subscribe.", flags: 64 }),
    ]);
    expect(app.scheduler.ids()).toEqual([]);

    // From an admin: subscribed, on the schedule asked for.
    const accepted = await run("subscribe", { topic, schedule: "0 8 * * *", timezone: "Europe/Paris" }, ADMIN_PERMISSIONS);
    expect(accepted.text).toContain(`Subscribed to ${topic}`);
    expect(app.scheduler.job(`digest:${CHANNEL}`)).toMatchObject({ cron: "0 8 * * *", timezone: "Europe/Paris" });

    // The scheduled minute comes: the digest goes to the channel, and nothing in it can ping.
    app.clock.now = DIGEST_MINUTE;
    const before = app.fake.calls.length;
    await app.scheduler.fire(`digest:${CHANNEL}`, DIGEST_MINUTE);
    const posts = app.fake.calls
      .slice(before)
      .filter((call) => call.method === "POST" && call.path === `/channels/${IDS.channel}/messages`);
    expect(posts.length).toBeGreaterThanOrEqual(1);
    const bodies = posts.map(bodyOf);
    expect(titles(bodies)).toContain(STORM_TITLE);
    expect(titles(bodies)).not.toContain("Marren lighthouse reopens to visitors after restoration");
    for (const body of bodies) {
      expect(body?.allowed_mentions).toEqual({ parse: [] });
      expect(JSON.stringify(body)).not.toMatch(/@everyone|@here/);
      expect(body?.embeds?.length).toBeLessThanOrEqual(10);
    }

    // The same scheduled minute fired again (another instance, a retry) delivers nothing more.
    const after = app.fake.calls.length;
    await app.scheduler.fire(`digest:${CHANNEL}`, DIGEST_MINUTE);
    expect(app.fake.calls.slice(after).filter((call) => call.path === `/channels/${IDS.channel}/messages`)).toEqual([]);
  });

  it("runs every command as an interaction, from a member and from a member with Manage Server", async () => {
    const values: Record<string, Record<string, string | number>> = {
      latest: { count: 2 },
      quote: { who: "Ilse Varga" },
      summarize: { url: app.feeds.url("/news/marren-lighthouse") },
      digest: {},
      topics: {},
      subscribe: { topic },
      schedule: { cron: "30 7 * * 1-5", timezone: "Europe/Paris" },
      quiet: { from: "22:00", to: "07:00" },
      filter: { action: "list" },
      feeds: {},
      language: {},
      help: {},
      unsubscribe: { topic },
      alert: { what: "Ilse Varga" },
      alerts: {},
    };
    // Alerts live in DMs (test/adapters/discord/alerts.test.ts): a server channel is told so, privately.
    const dmOnly = new Set(["alert", "alerts"]);
    const order = [
      "alert",
      "alerts",
      "subscribe",
      "schedule",
      "quiet",
      "filter",
      "latest",
      "quote",
      "summarize",
      "digest",
      "topics",
      "feeds",
      "language",
      "help",
      "unsubscribe",
    ];
    expect([...order].sort()).toEqual(commands.map((command) => command.name).sort());
    for (const name of order) {
      const spec = commands.find((command) => command.name === name);
      const member = await run(name, values[name] ?? {}, MEMBER_PERMISSIONS);
      if (dmOnly.has(name)) {
        expect(member.text, `/${name}`).toContain("private chat with the bot");
        expect(member.private, `/${name} answered privately`).toBe(true);
        continue;
      }
      if (spec?.admin) {
        expect(member.answers, `/${name} from a member`).toEqual([
          expect.objectContaining({ content: `Only admins of this chat can use /${name}.`, flags: 64 }),
        ]);
      }
      const admin = await run(name, values[name] ?? {}, ADMIN_PERMISSIONS);
      for (const answer of spec?.admin ? [admin] : [member, admin]) {
        expect(answer.text, `/${name}`).not.toMatch(/Only admins|something went wrong|I don't know/);
        expect(answer.private, `/${name} answered in the channel`).toBe(false);
        for (const body of answer.answers) expect(body?.allowed_mentions).toEqual({ parse: [] });
      }
    }
    const outputs = async (name: string) => (await run(name, values[name] ?? {})).answers;
    expect(titles(await outputs("summarize"))).toEqual(["Marren lighthouse reopens to visitors after restoration"]);
    expect(JSON.stringify(await outputs("help"))).toContain("/subscribe");
  });
});
