import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { createRegisterCommand } from "../../src/app/cli-register.js";
import { type FakeDiscord, IDS, startFakeDiscord } from "../helpers/fake-discord.js";

let fake: FakeDiscord;
afterEach(async () => fake?.close());

function io() {
  const out: string[] = [];
  return { out, io: { out: (text: string) => void out.push(text), err: (text: string) => void out.push(text) } };
}

const envFor = (fake: FakeDiscord, extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: "fake.token.for.the.discord.double",
  DISCORD_APPLICATION_ID: IDS.app,
  DISCORD_API_ROOT: fake.restBase,
  ...extra,
});

describe("newsbrief register", () => {
  it("bulk-overwrites every command in DISCORD_GUILD_ID and prints the invite link", async () => {
    fake = await startFakeDiscord();
    const { out, io: cliIo } = io();
    const code = await createRegisterCommand({ env: envFor(fake, { DISCORD_GUILD_ID: IDS.guild }) }).run([], cliIo);
    expect(code).toBe(0);
    expect(fake.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `PUT /applications/${IDS.app}/guilds/${IDS.guild}/commands`,
    ]);
    const published = (fake.calls[0]?.body ?? []) as { name: string; default_member_permissions: string | null }[];
    expect(published.map((c) => c.name)).toEqual(commands.map((command) => command.name));
    const subscribe = published.find((c) => c.name === "subscribe");
    expect(subscribe?.default_member_permissions).toBe("32");
    expect(out[0]).toMatch(new RegExp(`^Registered ${commands.length} slash commands in server ${IDS.guild}`));
    expect(out[1]).toContain("scope=bot+applications.commands");
  });

  it("registers globally with --global, and needs the Discord settings", async () => {
    fake = await startFakeDiscord();
    const { io: cliIo } = io();
    await createRegisterCommand({ env: envFor(fake, { DISCORD_GUILD_ID: IDS.guild }) }).run(["--global"], cliIo);
    expect(fake.calls.map((call) => call.path)).toEqual([`/applications/${IDS.app}/commands`]);
    await expect(createRegisterCommand({ env: {} }).run([], cliIo)).rejects.toThrow(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });

  it("reports Discord's refusal as a user-facing error", async () => {
    fake = await startFakeDiscord();
    fake.fail({ method: "PUT", path: /commands$/, status: 401, body: { message: "401: Unauthorized", code: 0 } });
    const { io: cliIo } = io();
    await expect(createRegisterCommand({ env: envFor(fake) }).run([], cliIo)).rejects.toMatchObject({
      name: "UserError",
      message: expect.stringMatching(/^Discord refused the commands: .*Unauthorized/),
    });
  });
});
