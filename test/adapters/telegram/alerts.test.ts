import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeCall } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADA, GROUP, MEMBER, PRIVATE, type, visibleText } from "./setup.js";

// The first fetch holds only the two-day-old bridge story (Tomas Reyl); the second brings the flood (Magda Okonjo).
const PRIMED_AT = new Date("2026-11-26T05:00:00Z");
const POLLED_AT = new Date("2026-11-26T06:00:00Z");

let app: NewsApp;
beforeEach(async () => {
  app = await startNewsApp(PRIMED_AT);
});
afterEach(async () => {
  await app.close();
});

/** The sendMessage calls that arrived after `from` calls, once there are at least `n` of them. */
async function sendsAfter(from: number, n: number): Promise<FakeCall[]> {
  const fresh = () => app.fake.calls.slice(from).filter((call) => call.method === "sendMessage");
  await expect.poll(() => fresh().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(n);
  return fresh();
}

describe("Telegram alerts, end to end", () => {
  it("refuses /alert in a group; in a private chat, a poll bringing a story that quotes the person sends one brief", async () => {
    let mark = app.fake.calls.length;
    type(app.fake, "/alert Okonjo", { chat: GROUP, from: MEMBER });
    const [refused] = await sendsAfter(mark, 1);
    expect(refused?.payload).toMatchObject({ chat_id: GROUP.id, text: expect.stringContaining("private chat with the bot") });

    mark = app.fake.calls.length;
    type(app.fake, "/alert Okonjo", { chat: PRIVATE, from: ADA });
    type(app.fake, "/alert reyl", { chat: PRIVATE, from: ADA });
    const accepted = await sendsAfter(mark, 2);
    expect(accepted.map((call) => visibleText(String(call.payload.text)))).toEqual([
      expect.stringContaining("Alert set for “Okonjo” (1 of 10)"),
      expect.stringContaining("Alert set for “reyl” (2 of 10)"),
    ]);

    // The first fetch: a two-day-old backlog story quoting Reyl alerts nobody.
    mark = app.fake.calls.length;
    expect(await app.poller.pollFeed(app.feedUrl, PRIMED_AT)).toMatchObject({ stored: 1, deliverable: false });
    app.clock.now = POLLED_AT;
    expect(await app.poller.pollFeed(app.feedUrl, POLLED_AT)).toMatchObject({ stored: 2, deliverable: true });
    const [alert, ...others] = await sendsAfter(mark, 1);
    expect(others).toEqual([]);
    expect(alert?.payload).toMatchObject({ chat_id: PRIVATE.id, parse_mode: "HTML" });
    expect(alert?.payload.disable_notification).not.toBe(true);
    const text = visibleText(String(alert?.payload.text));
    expect(text.split("\n")[0]).toBe("🔔 Alert: Okonjo");
    expect(text).toContain("Flood warning: Valmor river <1 m below the wall & dams open");
    expect(text).toMatch(/💬 “.+” — Magda Okonjo/);

    // Polled again (nothing new): still one.
    await app.poller.pollFeed(app.feedUrl, new Date(POLLED_AT.getTime() + 3_600_000));
    expect(app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage")).toHaveLength(1);
  });

  it("pauses the alerts of a user who blocked the bot (403), and /alerts turns them on again", async () => {
    const mark = app.fake.calls.length;
    type(app.fake, "/alert Okonjo", { chat: PRIVATE, from: ADA });
    await sendsAfter(mark, 1);
    await app.poller.pollFeed(app.feedUrl, PRIMED_AT);
    app.fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user", chatId: PRIVATE.id });
    app.clock.now = POLLED_AT;
    await app.poller.pollFeed(app.feedUrl, POLLED_AT);
    const refused = app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage" && call.status === 403);
    expect(refused).toHaveLength(1);
    expect(await app.services.alerts.get(`telegram:${PRIVATE.id}`)).toMatchObject({ paused: true });

    const again = app.fake.calls.length;
    type(app.fake, "/alerts", { chat: PRIVATE, from: ADA });
    const [listed] = await sendsAfter(again, 1);
    expect(visibleText(String(listed?.payload.text))).toContain("they are on again");
    expect((await app.services.alerts.get(`telegram:${PRIVATE.id}`))?.paused).toBeUndefined();
  });
});
