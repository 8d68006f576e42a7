import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN_PERMISSIONS, MEMBER_PERMISSIONS, type RestCall } from "../../helpers/fake-discord.js";
import { type NewsApp, startNewsApp } from "./news-app.js";

// Issue 12, "done when": a feed read for the first time, then /subscribe and /digest at once show its recent stories.
// The feed's items were published at 05:40 and 05:10 (50 and 80 min before) and on 23 Mar (2 days before).
const FIRST_FETCH_AT = new Date("2026-03-25T06:30:00Z");

let app: NewsApp;

beforeEach(async () => {
  app = await startNewsApp(FIRST_FETCH_AT);
  const xml = (await readFile(new URL("../../fixtures/discord/coast-news.xml", import.meta.url), "utf8")).replaceAll(
    "{{ORIGIN}}",
    app.feeds.origin,
  );
  // Every item on the first fetch: nothing was ever seen from this feed before.
  app.feeds.route("/feed.xml", { headers: { "content-type": "application/rss+xml" }, body: xml });
  expect(await app.poller.pollFeed(app.feedUrl, FIRST_FETCH_AT)).toMatchObject({ stored: 3, deliverable: false });
});

afterEach(async () => {
  await app.close();
});

/** Sends a command as an interaction and returns the JSON of its answers. */
async function run(name: string, values: Record<string, string>, permissions = MEMBER_PERMISSIONS): Promise<string> {
  const options = Object.entries(values).map(([key, value]) => ({ name: key, type: 3, value }));
  const { token } = app.fake.interaction(name, { options, permissions });
  const answersOf = () =>
    app.fake.callsFor(token).filter((call: RestCall) => call.path.startsWith("/webhooks/") && call.method !== "DELETE");
  await expect.poll(() => answersOf().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  return answersOf()
    .map((call) => JSON.stringify(call.body))
    .join("\n");
}

describe("Discord: the first digest takes the last 24 hours of a feed's first fetch", () => {
  it("shows the recent first-fetch stories in /digest right after /subscribe, never the 2-day-old one", async () => {
    const subscribed = await run("subscribe", { topic: "marren", schedule: "0 8 * * *" }, ADMIN_PERMISSIONS);
    expect(subscribed).toContain("Subscribed to marren");
    expect(subscribed).toContain("First digest: Wed 25 Mar, 08:00 (Europe/Paris) — 1 story if it went now");
    const preview = await run("digest", {});
    // "marren" names the fresh ferry story and the 2-day-old lighthouse story: only the fresh one is in.
    expect(preview).toContain("Tidewater council approves a new ferry line to the islands");
    expect(preview).not.toContain("Marren lighthouse");
  });
});
