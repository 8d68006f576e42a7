import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import type { FakeCall, FakeChat, FakeUser } from "../../helpers/fake-telegram.js";
import { type NewsApp, startNewsApp } from "./news-app.js";
import { ADMIN, GROUP, MEMBER, type, visibleText } from "./setup.js";

// Languages on Telegram: the user's app language (from.language_code) picks the answers; menus per language_code.
const NOW = new Date("2026-11-26T06:30:00Z");
const GERMAN_USER: FakeUser = { id: 6101, first_name: "Jonas", language_code: "de" };
const GERMAN_CHAT: FakeChat = { id: 6101, type: "private", first_name: "Jonas" };

let app: NewsApp;

beforeAll(async () => {
  app = await startNewsApp(NOW);
});

afterAll(async () => {
  await app.close();
});

/** Types one command and returns the text of its answers. */
async function answer(text: string, where: { chat: FakeChat; from: FakeUser }): Promise<string> {
  const mark = app.fake.calls.length;
  const fresh = (): FakeCall[] => app.fake.calls.slice(mark).filter((call) => call.method === "sendMessage");
  type(app.fake, text, where);
  await expect.poll(() => fresh().length, { timeout: 10_000 }).toBeGreaterThan(0);
  return fresh()
    .map((call) => visibleText(String(call.payload.text)))
    .join("\n");
}

describe("languages on Telegram", () => {
  it("publishes one menu per language with language_code, plus the English default without it", () => {
    const calls = app.fake.callsTo("setMyCommands").map((call) => call.payload);
    expect(calls.map((payload) => `${payload.scope.type}:${payload.language_code ?? "-"}`).sort()).toEqual(
      ["-", "de", "es", "fr", "ru"]
        .flatMap((code) => ["all_chat_administrators", "all_private_chats", "default"].map((s) => `${s}:${code}`))
        .sort(),
    );
    const menuOf = (code: string | undefined, scope: string) =>
      calls.find((payload) => payload.language_code === code && payload.scope.type === scope)?.commands as
        | { command: string; description: string }[]
        | undefined;
    const russian = menuOf("ru", "all_private_chats");
    expect(russian?.map((entry) => entry.command)).toEqual(commands.map((command) => command.name));
    expect(russian?.find((entry) => entry.command === "latest")?.description).toBe("Показать свежие новости кратко");
    expect(menuOf(undefined, "default")?.find((entry) => entry.command === "latest")?.description).toBe(
      "Show the newest stories as briefs",
    );
    // Admin-only commands stay out of the default menu in every language.
    expect(menuOf("de", "default")?.map((entry) => entry.command)).not.toContain("subscribe");
  });

  it("answers a user whose app is in German in German, and one without a language in English", async () => {
    expect(await answer("/digest", { chat: GERMAN_CHAT, from: GERMAN_USER })).toBe(
      "Dieser Chat hat kein Abonnement, also keine Übersicht. Ein Admin kann eins starten: /subscribe world",
    );
    expect(await answer("/latest 30", { chat: GERMAN_CHAT, from: GERMAN_USER })).toContain(
      "count muss zwischen 1 und 10 liegen, nicht 30.",
    );
    expect(await answer("/digest", { chat: GROUP, from: MEMBER })).toBe(
      "This chat has no subscription, so no digest. An admin can start one: /subscribe world",
    );
  });

  it("follows a chat's /language over each user's app language", async () => {
    expect(await answer("/language es", { chat: GROUP, from: ADMIN })).toBe(
      "Hecho: el idioma de este chat ahora es Español (es).",
    );
    expect(await answer("/digest", { chat: GROUP, from: GERMAN_USER })).toBe(
      "Este chat no tiene suscripción, así que no hay resumen. Un administrador puede crear una: /subscribe world",
    );
    expect(await answer("/subscribe", { chat: GROUP, from: MEMBER })).toBe(
      "Solo los administradores de este chat pueden usar /subscribe.",
    );
  });
});
