import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { FAKE_BOT, type FakeCall, type FakeChat, type FakeUser } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADA, ADMIN, FORUM, GROUP, MEMBER, PRIVATE, type, visibleText } from "./setup.js";

// Every command of commands/, typed the Telegram way in each kind of chat, with the real dispatcher.
const NOW = new Date("2026-11-26T06:30:00Z");
const ADMIN_ONLY = new Set(commands.filter((command) => command.admin).map((command) => command.name));

let app: NewsApp;
let topic: string;

beforeAll(async () => {
  app = await startNewsApp(NOW);
  await app.poller.pollFeed(app.feedUrl, new Date("2026-11-26T05:00:00Z"));
  await app.poller.pollFeed(app.feedUrl, new Date("2026-11-26T06:00:00Z"));
  topic = (await app.stores.articles.latest({ limit: 1 }))[0]?.summary.topics[0] ?? "world";
});

afterAll(async () => {
  await app.close();
});

/** One typed line per command, in menu order (subscribe before the commands that need a subscription). */
function lines(): Array<[string, string]> {
  const args: Record<string, string> = {
    latest: "2",
    quote: "Magda Okonjo",
    alert: "Okonjo",
    summarize: app.feeds.url("/news/valmor-market"),
    subscribe: topic,
    unsubscribe: topic,
    schedule: "30 7 * * 1-5 Europe/Paris",
    quiet: "22:00 07:00",
    filter: "list",
  };
  const order = [
    "latest",
    "quote",
    "alert",
    "alerts",
    "summarize",
    "topics",
    "subscribe",
    "schedule",
    "quiet",
    "filter",
    "digest",
    "unsubscribe",
    "feeds",
    "language",
    "help",
  ];
  expect([...order].sort()).toEqual(commands.map((command) => command.name).sort());
  return order.map((name) => [name, args[name] ?? ""]);
}

/** Types each command and collects its replies (it waits until the replies stop coming). */
async function runAll(where: { chat: FakeChat; from: FakeUser; threadId?: number }, addressed = false) {
  const answers = new Map<string, FakeCall[]>();
  for (const [name, text] of lines()) {
    const mark = app.fake.calls.length;
    const fresh = () => app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage");
    type(app.fake, `/${name}${addressed ? `@${FAKE_BOT.username}` : ""} ${text}`.trim(), where);
    await expect.poll(() => fresh().length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (let seen = -1; seen !== fresh().length; ) {
      seen = fresh().length;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    answers.set(name, fresh());
  }
  return answers;
}

const textsOf = (calls: readonly FakeCall[]) => calls.map((call) => visibleText(String(call.payload.text))).join("\n");
const refusal = (name: string) => `Only admins of this chat can use /${name}.`;

describe("every command on Telegram", () => {
  it("in a private chat, where the user is the admin", async () => {
    const answers = await runAll({ chat: PRIVATE, from: ADA });
    for (const [name, calls] of answers) {
      expect(
        calls.every((call) => call.payload.chat_id === PRIVATE.id && call.payload.message_thread_id === undefined),
        name,
      ).toBe(true);
      expect(textsOf(calls), name).not.toMatch(/Only admins|Sorry, something went wrong/);
    }
    expect(textsOf(answers.get("latest") ?? [])).toContain("Valmor river");
    expect(textsOf(answers.get("quote") ?? [])).toContain("Magda Okonjo");
    expect(textsOf(answers.get("summarize") ?? [])).toContain("Valmor market hall to stay open late");
    expect(textsOf(answers.get("alerts") ?? [])).toContain("• Okonjo");
    expect(await app.subscriptions.get(`telegram:${PRIVATE.id}`)).toBeUndefined();
  });

  it("in a group, from a member: admin commands refused in one line, the others answered", async () => {
    for (const addressed of [false, true]) {
      const answers = await runAll({ chat: GROUP, from: MEMBER }, addressed);
      for (const [name, calls] of answers) {
        expect(
          calls.every((call) => call.payload.chat_id === GROUP.id),
          name,
        ).toBe(true);
        if (ADMIN_ONLY.has(name))
          expect(
            calls.map((call) => call.payload.text),
            name,
          ).toEqual([refusal(name)]);
        else expect(textsOf(calls), name).not.toMatch(/Only admins|Sorry, something went wrong/);
      }
    }
    expect(await app.subscriptions.get(`telegram:${GROUP.id}`)).toBeUndefined();
  });

  it("alerts only in a private chat: a group is told so", async () => {
    const answers = await runAll({ chat: GROUP, from: ADMIN });
    for (const name of ["alert", "alerts"]) expect(textsOf(answers.get(name) ?? []), name).toContain("private chat with the bot");
  });

  it("in a group, from an admin", async () => {
    const answers = await runAll({ chat: GROUP, from: ADMIN });
    for (const [name, calls] of answers) expect(textsOf(calls), name).not.toMatch(/Only admins|Sorry, something went wrong/);
    expect(textsOf(answers.get("subscribe") ?? [])).toContain(`Subscribed to ${topic}`);
  });

  it("in a forum topic: every answer goes to the topic, and the topic subscribes on its own", async () => {
    const answers = await runAll({ chat: FORUM, from: ADMIN, threadId: 42 });
    for (const [name, calls] of answers) {
      expect(
        calls.every((call) => call.payload.chat_id === FORUM.id && call.payload.message_thread_id === 42),
        name,
      ).toBe(true);
      expect(textsOf(calls), name).not.toMatch(/Only admins|Sorry, something went wrong/);
    }
    expect(textsOf(answers.get("subscribe") ?? [])).toContain(`Subscribed to ${topic}`);
    expect(app.scheduler.ids()).not.toContain(`digest:telegram:${FORUM.id}/42`);
    type(app.fake, `/subscribe ${topic}`, { chat: FORUM, from: ADMIN, threadId: 42 });
    await expect.poll(() => app.scheduler.ids(), { timeout: 5000 }).toContain(`digest:telegram:${FORUM.id}/42`);
    expect(await app.subscriptions.get(`telegram:${FORUM.id}`)).toBeUndefined();
  });
});
