import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeCall } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADMIN, GROUP, type, visibleText } from "./setup.js";

// Issue 12, "done when": a feed read for the first time, then /subscribe and /digest at once show its recent stories.
// The feed's items were published at 05:30 and 05:00 (1 h and 1.5 h before) and on 24 Nov (2 days before).
const FIRST_FETCH_AT = new Date("2026-11-26T06:30:00Z");

let app: NewsApp;

beforeEach(async () => {
  app = await startNewsApp(FIRST_FETCH_AT);
  const xml = (await readFile(new URL("../../fixtures/telegram/valmor-gazette.xml", import.meta.url), "utf8")).replaceAll(
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

async function answers(text: string, n: number): Promise<string[]> {
  const mark = app.fake.calls.length;
  type(app.fake, text, { chat: GROUP, from: ADMIN });
  const fresh = () => app.fake.calls.slice(mark).filter((call: FakeCall) => call.method === "sendMessage");
  await expect.poll(() => fresh().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(n);
  return fresh().map((call) => visibleText(String(call.payload.text)));
}

describe("Telegram: the first digest takes the last 24 hours of a feed's first fetch", () => {
  it("shows the recent first-fetch stories in /digest right after /subscribe, never the 2-day-old one", async () => {
    const [subscribed] = await answers('/subscribe valmor "0 8 * * *" Europe/Paris', 1);
    expect(subscribed).toContain("Subscribed to valmor");
    // "valmor" names the fresh flood story and the 2-day-old bridge story: only the fresh one counts.
    expect(subscribed).toContain("First digest: Thu 26 Nov, 08:00 (Europe/Paris) — 1 story if it went now");
    const preview = (await answers("/digest", 1)).join("\n");
    expect(preview).toContain("🗞 Digest · valmor · 1 story");
    expect(preview).toContain("Flood warning: Valmor river <1 m below the wall & dams open");
    expect(preview).not.toContain("Old Valmor bridge");
    // A second topic adds its own recent first-fetch story.
    expect((await answers("/subscribe esterby", 1))[0]).toContain("2 stories if it went now");
    expect((await answers("/digest", 1)).join("\n")).toContain("Esterby orchestra wins funding for a new concert hall");
  });
});
