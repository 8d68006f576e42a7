import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAKE_BOT, type FakeCall } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADA, ADMIN, GROUP, MEMBER, PRIVATE, type, visibleText } from "./setup.js";

// Issue 5, "done when": a local feed, the real commands and dispatcher, the Bot API double behind TELEGRAM_API_ROOT.
const PRIMED_AT = new Date("2026-11-26T05:00:00Z");
const POLLED_AT = new Date("2026-11-26T06:00:00Z");
const SUBSCRIBED_AT = new Date("2026-11-26T06:30:00Z");
// 08:00 in Paris on 26 November 2026 (CET).
const DIGEST_MINUTE = new Date("2026-11-26T07:00:00Z");
const GROUP_KEY = `telegram:${GROUP.id}` as const;
// Ingestion drops the <script> element of the feed's title; its "<1" and "&" reach the renderer as text.
const FLOOD_HTML = "Flood warning: Valmor river &lt;1 m below the wall &amp; dams open";

let app: NewsApp;
let topic: string;

beforeEach(async () => {
  app = await startNewsApp(POLLED_AT);
  expect(await app.poller.pollFeed(app.feedUrl, PRIMED_AT)).toMatchObject({ stored: 1, deliverable: false });
  expect(await app.poller.pollFeed(app.feedUrl, POLLED_AT)).toMatchObject({ stored: 2, deliverable: true });
  const flood = (await app.stores.articles.latest({ limit: 10 })).find((article) => article.url.endsWith("/news/valmor-flood"));
  expect(flood).toBeDefined();
  // A free keyword the story names: digests match it on the story's words, whatever sections it was tagged with.
  topic = "flood";
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

describe("Telegram, end to end (issue 5: done when)", () => {
  it("briefs /latest as HTML in a private chat, refuses a member's /subscribe in a group, delivers an admin's digest at its minute", async () => {
    let mark = app.fake.calls.length;
    type(app.fake, "/latest", { chat: PRIVATE, from: ADA });
    // One brief per message, newest first; a brief has one link, so its preview stays on.
    const briefs = await sendsAfter(mark, 3);
    const [flood, hall, bridge] = briefs.map((call) => String(call.payload.text));
    expect(briefs[0]?.payload).toMatchObject({
      chat_id: PRIVATE.id,
      parse_mode: "HTML",
      link_preview_options: { url: app.feeds.url("/news/valmor-flood") },
    });
    expect(flood).toContain(`📰 <b><a href="${app.feeds.url("/news/valmor-flood")}">${FLOOD_HTML}</a></b>`);
    expect(flood).toMatch(/💬 “.+” — <i>Magda Okonjo<\/i>/);
    expect(flood).not.toContain("<script>");
    expect(hall).toContain("Esterby orchestra wins funding for a new concert hall");
    expect(bridge).toContain("Old Valmor bridge reopens after repairs");
    for (const call of briefs) expect(String(call.payload.text).length).toBeLessThanOrEqual(4096);

    app.clock.now = SUBSCRIBED_AT;
    mark = app.fake.calls.length;
    type(app.fake, `/subscribe ${topic}`, { chat: GROUP, from: MEMBER });
    const [refused] = await sendsAfter(mark, 1);
    expect(refused?.payload).toMatchObject({ chat_id: GROUP.id, text: "Only admins of this chat can use /subscribe." });
    expect(app.scheduler.ids()).toEqual([]);

    mark = app.fake.calls.length;
    type(app.fake, `/subscribe@${FAKE_BOT.username} ${topic} "0 8 * * *" Europe/Paris`, { chat: GROUP, from: ADMIN });
    const [accepted] = await sendsAfter(mark, 1);
    expect(visibleText(String(accepted?.payload.text))).toContain(`Subscribed to ${topic}`);
    expect(app.scheduler.job(`digest:${GROUP_KEY}`)).toMatchObject({ cron: "0 8 * * *", timezone: "Europe/Paris" });

    app.clock.now = DIGEST_MINUTE;
    mark = app.fake.calls.length;
    await app.scheduler.fire(`digest:${GROUP_KEY}`, DIGEST_MINUTE);
    const digest = app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage");
    expect(digest.length).toBeGreaterThanOrEqual(1);
    const digestHtml = digest.map((call) => String(call.payload.text)).join("\n");
    expect(digest.every((call) => call.payload.chat_id === GROUP.id && call.payload.parse_mode === "HTML")).toBe(true);
    expect(digestHtml).toContain(FLOOD_HTML);
    expect(digestHtml).not.toContain("Old Valmor bridge");

    // The same minute fired again (another instance, a retry) sends nothing more.
    mark = app.fake.calls.length;
    await app.scheduler.fire(`digest:${GROUP_KEY}`, DIGEST_MINUTE);
    expect(app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage")).toEqual([]);
  });

  it("pauses the subscription of a group that kicked the bot", async () => {
    await app.subscriptions.subscribe(GROUP_KEY, { topic }, SUBSCRIBED_AT);
    app.fake.failNext("sendMessage", {
      status: 403,
      description: "Forbidden: bot was kicked from the supergroup chat",
      chatId: GROUP.id,
    });
    expect(await app.runner.run(GROUP_KEY, DIGEST_MINUTE, DIGEST_MINUTE)).toBe("failed");
    expect(await app.subscriptions.get(GROUP_KEY)).toMatchObject({
      paused: true,
      pausedReason: expect.stringContaining("kicked"),
    });
    // The next scheduled minute sends nothing to the group that removed the bot.
    const mark = app.fake.calls.length;
    expect(await app.runner.run(GROUP_KEY, new Date("2026-11-27T07:00:00Z"), new Date("2026-11-27T07:00:00Z"))).toBe("skipped");
    expect(app.fake.calls.slice(mark)).toEqual([]);
  });

  it("moves a group's subscription when Telegram announces the upgrade to a supergroup", async () => {
    const oldKey = "telegram:-4321" as const;
    await app.subscriptions.subscribe(oldKey, { topic }, SUBSCRIBED_AT);
    app.fake.pushUpdate({
      message: { message_id: 9, date: 1, chat: { id: -4321, type: "group", title: "Old" }, migrate_to_chat_id: -1004321 },
    });
    await expect.poll(() => app.subscriptions.get("telegram:-1004321"), { timeout: 5000 }).toMatchObject({ topics: [topic] });
    expect(await app.subscriptions.get(oldKey)).toBeUndefined();
    expect(app.scheduler.ids()).toEqual(["digest:telegram:-1004321"]);
  });

  it("carries the group's chosen language to the supergroup, unless the supergroup already chose one", async () => {
    await app.subscriptions.subscribe("telegram:-4321", { topic }, SUBSCRIBED_AT);
    await app.services.chats.put({ channel: "telegram:-4321", language: "de", seenLocale: "de" });
    await app.services.chats.put({ channel: "telegram:-4322", language: "fr" });
    await app.subscriptions.subscribe("telegram:-4322", { topic }, SUBSCRIBED_AT);
    await app.services.chats.put({ channel: "telegram:-1004322", language: "es" });
    app.fake.pushUpdate({
      message: { message_id: 9, date: 1, chat: { id: -4321, type: "group", title: "Old" }, migrate_to_chat_id: -1004321 },
    });
    app.fake.pushUpdate({
      message: { message_id: 10, date: 1, chat: { id: -4322, type: "group", title: "Other" }, migrate_to_chat_id: -1004322 },
    });
    // Settings move before the subscription, so once both subscriptions moved, so did the settings.
    for (const moved of ["telegram:-1004321", "telegram:-1004322"] as const)
      await expect.poll(() => app.subscriptions.get(moved), { timeout: 5000 }).toBeDefined();
    expect(await app.services.chats.get("telegram:-1004321")).toEqual({
      channel: "telegram:-1004321",
      language: "de",
      seenLocale: "de",
    });
    expect((await app.services.chats.get("telegram:-1004322"))?.language).toBe("es");
  });

  it("follows the upgrade found while sending a digest: delivered to the supergroup, subscription moved", async () => {
    const oldKey = "telegram:-4321" as const;
    await app.subscriptions.subscribe(oldKey, { topic }, SUBSCRIBED_AT);
    app.fake.failNext("sendMessage", {
      status: 400,
      description: "Bad Request: group chat was upgraded to a supergroup chat",
      parameters: { migrate_to_chat_id: -1004321 },
      chatId: -4321,
    });
    expect(await app.runner.run(oldKey, DIGEST_MINUTE, DIGEST_MINUTE)).toBe("sent");
    const delivered = app.fake.callsTo("sendMessage");
    expect(delivered.map((call) => call.payload.chat_id)).toEqual([-1004321]);
    expect(String(delivered[0]?.payload.text)).toContain(FLOOD_HTML);
    expect(await app.subscriptions.get("telegram:-1004321")).toMatchObject({ topics: [topic] });
  });
});
