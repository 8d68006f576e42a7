import type { APIEmbed } from "discord.js";
import { createDiscordPlatform } from "../../../adapters/discord/index.js";
import type { ChannelKey } from "../../../src/index.js";
import { describePlatformContract, type PlatformOutput } from "../../chat/platform-contract.js";
import { ADMIN_PERMISSIONS, IDS, MEMBER_PERMISSIONS, type RestCall, startFakeDiscord } from "../../helpers/fake-discord.js";

/** What a Discord user would read: markdown escapes and zero-width spaces removed. */
function visible(text: string): string {
  return text.replace(/\\([\\*_~`|>#\-[\]()<.])/g, "$1").replace(/\u200b/g, "");
}

function textOf(body: { content?: string; embeds?: APIEmbed[] } | undefined): string {
  if (!body) return "";
  const parts = [body.content ?? ""];
  for (const embed of body.embeds ?? []) {
    parts.push(embed.title ?? "", embed.description ?? "");
    for (const field of embed.fields ?? []) parts.push(`${field.name} — ${field.value}`);
    parts.push(embed.footer?.text ?? "");
  }
  return visible(parts.filter(Boolean).join("\n"));
}

/** The message a REST call posted, if it posted one, and the channel it landed in. */
function posted(call: RestCall, channelOfToken: Map<string, ChannelKey>): PlatformOutput | undefined {
  type Posted = { content?: string; embeds?: APIEmbed[] };
  const body = call.body as (Posted & { type?: number; data?: Posted; message?: Posted }) | undefined;
  const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(call.path);
  if (callback) {
    const channel = channelOfToken.get(callback[1] as string);
    return channel && body?.type === 4 ? { channel, text: textOf(body.data) } : undefined;
  }
  const webhook = /^\/webhooks\/\d+\/([^/]+)/.exec(call.path);
  if (webhook && call.method !== "DELETE") {
    const channel = channelOfToken.get(webhook[1] as string);
    return channel ? { channel, text: textOf(body) } : undefined;
  }
  const message = /^\/channels\/(\d+)\/(messages|threads)$/.exec(call.path);
  if (message && call.method === "POST") {
    return { channel: `discord:${message[1]}`, text: textOf(message[2] === "threads" ? body?.message : body) };
  }
  return undefined;
}

describePlatformContract("discord", async () => {
  const fake = await startFakeDiscord();
  const channelOfToken = new Map<string, ChannelKey>();
  const quiet = { warn: () => undefined, error: () => undefined };
  return {
    platform: createDiscordPlatform({ token: "fake.token", applicationId: IDS.app, apiRoot: fake.restBase, log: quiet }),
    knownChannel: `discord:${IDS.channel}`,
    removedChannel: "discord:399999999999999999",
    async inject(command) {
      const options = Object.entries(command.args).map(([name, value]) => ({
        name,
        type: typeof value === "boolean" ? 5 : typeof value === "number" ? 4 : 3,
        value,
      }));
      const channelId = command.channel.slice("discord:".length);
      const { token } = fake.interaction(command.command, {
        options,
        channelId,
        permissions: command.admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS,
      });
      channelOfToken.set(token, command.channel);
    },
    async output() {
      return fake.calls.flatMap((call) => posted(call, channelOfToken) ?? []);
    },
    teardown: () => fake.close(),
  };
});
