import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { inviteUrl, registerSlashCommands, toSlashCommand } from "../../../adapters/discord/commands.js";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import type { CommandSpec } from "../../../src/chat/command-spec.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../../helpers/fake-discord.js";

const latest: CommandSpec = {
  name: "latest",
  description: "Show the newest summarized stories",
  admin: false,
  options: {
    count: { type: "integer", description: "How many stories (1–10)", min: 1, max: 10 },
    topic: { type: "string", description: "Only stories about this topic", autocomplete: "topics" },
  },
};
const subscribe: CommandSpec = {
  name: "subscribe",
  description: "Send this channel a digest of a topic on a schedule",
  admin: true,
  options: {
    silent: { type: "boolean", description: "Deliver without notifications" },
    topic: { type: "string", description: "Topic", required: true, autocomplete: "topics" },
    schedule: { type: "string", description: "Cron expression", required: true, maxLength: 64 },
    mode: { type: "string", description: "Layout", choices: ["compact", "full"], autocomplete: "topics" },
  },
};

describe("toSlashCommand", () => {
  it("maps typed options with min/max and autocomplete; everyone may use a non-admin command", () => {
    expect(toSlashCommand(latest)).toEqual({
      type: 1,
      name: "latest",
      description: "Show the newest summarized stories",
      options: [
        { type: 4, name: "count", description: "How many stories (1–10)", required: false, min_value: 1, max_value: 10 },
        { type: 3, name: "topic", description: "Only stories about this topic", required: false, autocomplete: true },
      ],
      default_member_permissions: null,
      integration_types: [0],
      contexts: [0, 1],
    });
  });

  it("puts required options first, prefers fixed choices over autocomplete, and gives admin commands Manage Server", () => {
    const json = toSlashCommand(subscribe);
    expect(json.default_member_permissions).toBe("32");
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((option) => [option.name, option.required])).toEqual([
      ["topic", true],
      ["schedule", true],
      ["silent", false],
      ["mode", false],
    ]);
    expect(json.options?.[1]).toMatchObject({ type: 3, max_length: 64 });
    expect(json.options?.[2]).toMatchObject({ type: 5 });
    expect(json.options?.[3]).toEqual({
      type: 3,
      name: "mode",
      description: "Layout",
      required: false,
      choices: [
        { name: "compact", value: "compact" },
        { name: "full", value: "full" },
      ],
    });
  });

  it("refuses names Discord would refuse", () => {
    expect(() => toSlashCommand({ ...latest, name: "Latest" })).toThrow(/not a valid Discord name/);
    expect(() => toSlashCommand({ ...latest, options: { "two words": { type: "boolean", description: "x" } } })).toThrow(
      /two words/,
    );
  });
});

describe("registerSlashCommands", () => {
  let fake: FakeDiscord;
  afterEach(async () => fake.close());

  it("bulk-overwrites the guild's commands when a guild is given", async () => {
    fake = await startFakeDiscord();
    const rest = new REST({ api: fake.restBase }).setToken("fake.token");
    expect(await registerSlashCommands(rest, { applicationId: IDS.app, guildId: IDS.guild }, [latest, subscribe])).toBe(2);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ method: "PUT", path: `/applications/${IDS.app}/guilds/${IDS.guild}/commands` });
    expect(fake.calls[0]?.headers.authorization).toBe("Bot fake.token");
    expect(fake.calls[0]?.body).toEqual([toSlashCommand(latest), toSlashCommand(subscribe)]);
  });

  it("registers globally through the platform when no guild is set, without logging in", async () => {
    fake = await startFakeDiscord();
    const platform = createDiscordPlatform({ token: "fake.token", applicationId: IDS.app, apiRoot: fake.restBase });
    await platform.registerCommands([latest]);
    expect(fake.calls.map((call) => `${call.method} ${call.path}`)).toEqual([`PUT /applications/${IDS.app}/commands`]);
    expect(fake.identifies).toEqual([]);
    await platform.stop();
  });
});

describe("inviteUrl", () => {
  it("asks for bot + applications.commands and the five permissions, as the README says", async () => {
    const { readFile } = await import("node:fs/promises");
    const url = new URL(inviteUrl("123456789012345678"));
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(BigInt(url.searchParams.get("permissions") ?? "0")).toBe(1024n + 2048n + 16384n + (1n << 38n) + (1n << 35n));
    const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(inviteUrl("APPLICATION_ID"));
  });
});
