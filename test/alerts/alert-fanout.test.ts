import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { wireServices } from "../../src/app/wire-services.js";
import { DeliveryError } from "../../src/index.js";
import { validateSchedule } from "../../src/schedule/cron-scheduler.js";
import { createManualScheduler } from "../../src/schedule/manual-scheduler.js";
import { openStores, type Stores } from "../../src/store/open-store.js";
import { recordingPlatform, type SendBehaviour } from "../digest/recording-platform.js";
import { alertStory } from "./alert-stories.js";

const NOW = new Date("2026-03-01T09:00:00Z");
const ADA = "telegram:5001" as const;
const BEN = "telegram:5002" as const;
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

const opened: Stores[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One "process" on a store: the wired services with a recording Telegram platform. */
async function processOn(url = "memory://", behaviour?: SendBehaviour) {
  const stores = await openStores(url);
  opened.push(stores);
  const recorder = recordingPlatform("telegram", { messageChars: 4096 }, behaviour);
  const wired = wireServices({
    stores,
    scheduler: createManualScheduler({ validate: (cron, timezone) => validateSchedule(cron, timezone) }),
    platforms: [recorder.platform],
    poller: {
      addFeed: async (feedUrl) => ({ url: feedUrl, failures: 0 }),
      pollFeed: async () => Promise.reject(new Error("unused")),
    },
    allowPrivateNetworks: false,
    defaultTimezone: "UTC",
    defaultSchedule: "0 8 * * *",
  });
  return { stores, wired, alerts: wired.services.alerts, fanout: wired.alerts, sent: recorder.sent };
}

/** `count` Okafor stories fetched at `at`, published a minute apart before it. */
function okaforStories(count: number, at: Date, prefix = "s") {
  return Array.from({ length: count }, (_, i) =>
    alertStory(`${prefix}${i}`, {
      speaker: "Amara Okafor",
      fetchedAt: at.toISOString(),
      publishedAt: minutesAfter(at, -(count - i)).toISOString(),
    }),
  );
}

describe("alert fan-out", () => {
  it("sends a matching user one brief per new story, headed by the alert that matched, and nobody else", async () => {
    const app = await processOn();
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.alerts.add(BEN, "tidal barrier", NOW);
    await app.fanout.storiesStored(okaforStories(1, NOW), NOW);
    expect(app.sent.map((s) => s.channel)).toEqual([ADA]);
    expect(app.sent[0]?.text).toMatchInlineSnapshot(`
      "🔔 Alert: Okafor
      📰 Larnholm approves harbour works (s0)
      The port authority of Larnholm approved the harbour works on Tuesday.
      💬 “We will open the new harbour wall before the spring tides” — Amara Okafor
      🔗 news.example.org · 1 min ago <https://news.example.org/larnholm/s0>"
    `);
    expect(app.sent[0]?.silent).toBe(false);
  });

  it("writes the alert in the private chat's language (its user's app language), the story as published", async () => {
    const app = await processOn();
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.wired.services.chats.put({ channel: ADA, seenLocale: "de-DE" });
    await app.fanout.storiesStored(okaforStories(1, NOW), NOW);
    expect(app.sent[0]?.text).toMatch(/^🔔 Alarm: Okafor\n📰 Larnholm approves harbour works \(s0\)/);
  });

  it("never alerts a first fetch's undated or old stories, nor stories older than 24 h", async () => {
    const app = await processOn();
    await app.alerts.add(ADA, "Okafor", NOW);
    const at = NOW.toISOString();
    await app.fanout.storiesStored(
      [
        alertStory("old-first", {
          speaker: "Amara Okafor",
          deliverable: false,
          fetchedAt: at,
          publishedAt: "2026-02-26T09:00:00Z",
        }),
        alertStory("undated-first", { speaker: "Amara Okafor", deliverable: false, fetchedAt: at, publishedAt: null }),
        alertStory("old-later", { speaker: "Amara Okafor", fetchedAt: at, publishedAt: "2026-02-27T09:00:00Z" }),
        alertStory("fresh-first", {
          speaker: "Amara Okafor",
          deliverable: false,
          fetchedAt: at,
          publishedAt: "2026-03-01T07:00:00Z",
        }),
      ],
      NOW,
    );
    expect(app.sent.map((s) => s.message.blocks[1])).toEqual([
      expect.objectContaining({ text: "Larnholm approves harbour works (fresh-first)" }),
    ]);
  });

  it("delivers a story once per user across a restart (SQLite store, services wired again)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-alerts-"));
    dirs.push(dir);
    const url = `sqlite://${join(dir, "store.sqlite")}`;
    const first = await processOn(url);
    await first.alerts.add(ADA, "Okafor", NOW);
    const stories = okaforStories(2, NOW);
    await first.fanout.storiesStored(stories, NOW);
    expect(first.sent).toHaveLength(2);
    await first.stores.close();
    opened.splice(opened.indexOf(first.stores), 1);

    // The same poll job retried after a crash, on a fresh process: nothing again; a new story still goes.
    const second = await processOn(url);
    expect((await second.alerts.get(ADA))?.terms).toEqual(["Okafor"]);
    await second.fanout.storiesStored([...stories, ...okaforStories(1, NOW, "new")], minutesAfter(NOW, 5));
    expect(second.sent.map((s) => s.message.blocks[1])).toEqual([
      expect.objectContaining({ text: "Larnholm approves harbour works (new0)" }),
    ]);
  });

  it("runs once when two instances fan out the same stories at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-alerts-"));
    dirs.push(dir);
    const url = `sqlite://${join(dir, "store.sqlite")}`;
    const [a, b] = [await processOn(url), await processOn(url)];
    await a.alerts.add(ADA, "Okafor", NOW);
    const stories = okaforStories(5, NOW);
    await Promise.all([a.fanout.storiesStored(stories, NOW), b.fanout.storiesStored(stories, NOW)]);
    expect(a.sent.length + b.sent.length).toBe(5);
  });

  it("sends at most 20 alerts a user's day, then one summary line, then nothing until the next day", async () => {
    const app = await processOn();
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.alerts.add(BEN, "Okafor", NOW);
    await app.fanout.storiesStored(okaforStories(18, NOW, "a"), NOW);
    const later = minutesAfter(NOW, 60);
    await app.fanout.storiesStored(okaforStories(5, later, "b"), later);
    const evening = minutesAfter(NOW, 600);
    await app.fanout.storiesStored(okaforStories(4, evening, "c"), evening);
    const toAda = app.sent.filter((s) => s.channel === ADA);
    expect(toAda).toHaveLength(21);
    expect(toAda.slice(0, 20).every((s) => s.text.startsWith("🔔 Alert: Okafor"))).toBe(true);
    expect(toAda[20]?.text).toBe("🔔 3 more stories matched your alerts today; see /latest okafor. Alerts resume tomorrow.");
    expect(app.sent.filter((s) => s.channel === BEN)).toHaveLength(21);

    const tomorrow = new Date("2026-03-02T00:30:00Z");
    await app.fanout.storiesStored(okaforStories(1, tomorrow, "d"), tomorrow);
    expect(app.sent.filter((s) => s.channel === ADA)).toHaveLength(22);
  });

  it("counts the day in the quiet hours' timezone and sends silently in quiet hours", async () => {
    const app = await processOn();
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.wired.subscriptions.subscribe(ADA, { topic: "world", timezone: "Pacific/Auckland" }, NOW);
    await app.wired.subscriptions.setQuiet(ADA, { from: "21:00", to: "07:00" });
    // 09:00 UTC is 22:00 in Auckland (UTC+13 in March): quiet.
    await app.fanout.storiesStored(okaforStories(20, NOW, "a"), NOW);
    expect(app.sent.every((s) => s.silent)).toBe(true);
    // 11:30 UTC is 00:30 the next day in Auckland: a new day, though the same UTC day; still quiet.
    const nextLocalDay = new Date("2026-03-01T11:30:00Z");
    await app.fanout.storiesStored(okaforStories(2, nextLocalDay, "b"), nextLocalDay);
    expect(app.sent).toHaveLength(22);
    expect(app.sent.at(-1)?.text).toMatch(/^🔔 Alert: Okafor/);
    // 20:00 UTC is 09:00 in Auckland: not quiet, a notification again.
    const morning = new Date("2026-03-01T20:00:00Z");
    await app.fanout.storiesStored(okaforStories(1, morning, "c"), morning);
    expect(app.sent.at(-1)?.silent).toBe(false);
  });

  it("pauses a user's alerts after a permanent delivery failure; /alert resumes them", async () => {
    const blocked: SendBehaviour = (channel, n) =>
      channel === ADA && n === 1 ? new DeliveryError("Forbidden: bot was blocked by the user", { permanent: true }) : "ok";
    const app = await processOn("memory://", blocked);
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.alerts.add(BEN, "Okafor", NOW);
    await app.fanout.storiesStored(okaforStories(3, NOW, "a"), NOW);
    expect(app.sent.map((s) => s.channel)).toEqual([BEN, BEN, BEN]);
    expect(await app.alerts.get(ADA)).toMatchObject({ paused: true });
    await app.fanout.storiesStored(okaforStories(1, NOW, "b"), NOW);
    expect(app.sent.filter((s) => s.channel === ADA)).toHaveLength(0);

    expect((await app.alerts.add(ADA, "harbour", NOW)).resumed).toBe(true);
    await app.fanout.storiesStored(okaforStories(1, NOW, "c"), NOW);
    expect(app.sent.filter((s) => s.channel === ADA)).toHaveLength(1);
  });

  it("keeps going for other users when one send fails for a while", async () => {
    const flaky: SendBehaviour = (channel) => (channel === ADA ? new DeliveryError("timeout", { permanent: false }) : "ok");
    const app = await processOn("memory://", flaky);
    await app.alerts.add(ADA, "Okafor", NOW);
    await app.alerts.add(BEN, "Okafor", NOW);
    await app.fanout.storiesStored(okaforStories(2, NOW), NOW);
    expect(app.sent.map((s) => s.channel)).toEqual([BEN, BEN]);
    expect((await app.alerts.get(ADA))?.paused).toBeUndefined();
  });
});
