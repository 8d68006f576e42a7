import { parseArgs } from "node:util";
import type { CommandSpec } from "../chat/command-spec.js";
import { UserError } from "../errors.js";
import type { CliCommand } from "./cli-command.js";
import { environment } from "./environment.js";

/** What the register command reads besides its arguments (tests pass their own). */
export interface RegisterCommandContext {
  /** DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_ROOT (default: process.env over ./.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The command menu (default: commands/index.ts). */
  specs?: readonly CommandSpec[];
}

/** Builds `newsbrief register`: publishes the slash commands to Discord with one bulk overwrite. */
export function createRegisterCommand(context: RegisterCommandContext = {}): CliCommand {
  return {
    usage: `register                    publish the slash commands to Discord (to DISCORD_GUILD_ID when set, else globally)
    --guild ID                this server only (instant), whatever DISCORD_GUILD_ID says
    --global                  every server (can take a while to show), even when DISCORD_GUILD_ID is set`,
    async run(args, io) {
      const { values } = parseArgs({
        args: [...args],
        options: { guild: { type: "string" }, global: { type: "boolean", default: false } },
      });
      if (values.global && values.guild) throw new UserError("use --guild or --global, not both");
      const { loadConfig } = await import("../config.js");
      const discord = loadConfig(context.env ?? environment()).discord;
      if (!discord) {
        throw new UserError(
          "register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (in the environment or .env; see the Discord section of README.md)",
        );
      }
      const guildId = values.global ? undefined : (values.guild ?? discord.guildId);
      if (guildId !== undefined && !/^\d{15,21}$/.test(guildId)) throw new UserError("--guild must be a numeric server id");
      const specs = context.specs ?? (await import("../../commands/index.js")).commands;
      // Loaded here so that other sub-commands never pay for discord.js.
      const { createDiscordPlatform, inviteUrl } = await import("../../adapters/discord/index.js");
      const platform = createDiscordPlatform({
        token: discord.token,
        applicationId: discord.applicationId,
        ...(discord.apiRoot ? { apiRoot: discord.apiRoot } : {}),
        ...(guildId ? { guildId } : {}),
      });
      try {
        await platform.registerCommands(specs);
      } catch (error) {
        throw new UserError(`Discord refused the commands: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await platform.stop();
      }
      const where = guildId ? `in server ${guildId} (visible now)` : "globally (new servers may take a few minutes to show them)";
      io.out(`Registered ${specs.length} slash commands ${where}: ${specs.map((spec) => `/${spec.name}`).join(" ")}`);
      io.out(`Invite the bot: ${inviteUrl(discord.applicationId)}`);
      return 0;
    },
  };
}

/** `newsbrief register` over process.env and ./.env. */
export const registerCommand: CliCommand = createRegisterCommand();
