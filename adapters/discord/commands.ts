/** CommandSpec → Discord slash-command JSON, and its bulk registration. */
import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  type LocalizationMap,
  PermissionFlagsBits,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import type { CommandSpec, MenuTexts, OptionSpec } from "../../src/index.js";
import { clip } from "./escape-text.js";

/** Manage Server ("32"): who sees admin-only commands by default; the dispatcher still checks memberPermissions. */
export const ADMIN_PERMISSIONS = PermissionFlagsBits.ManageGuild.toString();

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;

/** Discord's locales for each UI language but English (the default text): Spanish has two. */
export const DISCORD_LOCALES: Readonly<Record<string, readonly Locale[]>> = {
  fr: [Locale.French],
  de: [Locale.German],
  es: [Locale.SpanishES, Locale.SpanishLATAM],
  ru: [Locale.Russian],
};

/** A text per Discord locale, from the spec's translations (`pick` reads one language's text). */
function localizations(spec: CommandSpec, pick: (texts: MenuTexts) => string | undefined): LocalizationMap | undefined {
  const map: LocalizationMap = {};
  for (const [language, locales] of Object.entries(DISCORD_LOCALES)) {
    const texts = spec.translations?.[language];
    const text = texts ? pick(texts) : undefined;
    if (text) for (const locale of locales) map[locale] = clip(text, 100);
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** The slash-command JSON of one CommandSpec: typed options (required first), min/max, autocomplete, admin permissions. */
export function toSlashCommand(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  checkName(spec.name, "command");
  const entries = Object.entries(spec.options);
  const count = entries.length + (spec.attachment ? 1 : 0);
  if (count > MAX_OPTIONS) throw new Error(`/${spec.name}: Discord allows ${MAX_OPTIONS} options, got ${count}`);
  // Discord refuses a required option after an optional one; sorting is stable, so the spec's order survives otherwise.
  const options = entries
    .map(([name, option]) =>
      toOption(
        spec.name,
        name,
        option,
        localizations(spec, (texts) => texts.options[name]),
      ),
    )
    .concat(spec.attachment ? [attachmentOption(spec, spec.attachment)] : [])
    .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return {
    type: ApplicationCommandType.ChatInput,
    name: spec.name,
    description: clip(spec.description, 100),
    ...optional(
      "description_localizations",
      localizations(spec, (texts) => texts.description),
    ),
    options,
    default_member_permissions: spec.admin ? ADMIN_PERMISSIONS : null,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    // Admin commands configure a server's channels, so they exist only in servers.
    contexts: spec.admin ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
  };
}

function toOption(
  command: string,
  name: string,
  option: OptionSpec,
  descriptions: LocalizationMap | undefined,
): APIApplicationCommandBasicOption {
  checkName(name, `/${command} option`);
  const common = {
    name,
    description: clip(option.description, 100),
    ...optional("description_localizations", descriptions),
    required: option.required ?? false,
  };
  switch (option.type) {
    case "string": {
      const choices = option.choices
        ?.slice(0, MAX_CHOICES)
        .map((choice) => ({ name: clip(choice, 100), value: choice.slice(0, 100) }));
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        // Discord refuses autocomplete together with fixed choices; the choices win.
        ...(choices && choices.length > 0 ? { choices } : option.autocomplete ? { autocomplete: true } : {}),
        ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, 6000) } : {}),
      };
    }
    case "integer":
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(option.min !== undefined ? { min_value: option.min } : {}),
        ...(option.max !== undefined ? { max_value: option.max } : {}),
      };
    case "boolean":
      return { ...common, type: ApplicationCommandOptionType.Boolean };
  }
}

/** A command that takes a file gets an optional attachment option (resolved in the interaction's `resolved.attachments`). */
function attachmentOption(spec: CommandSpec, file: NonNullable<CommandSpec["attachment"]>): APIApplicationCommandBasicOption {
  checkName(file.name, `/${spec.name} option`);
  return {
    type: ApplicationCommandOptionType.Attachment,
    name: file.name,
    description: clip(file.description, 100),
    ...optional(
      "description_localizations",
      localizations(spec, (texts) => texts.options[file.name]),
    ),
    required: false,
  };
}

function optional<K extends string>(key: K, map: LocalizationMap | undefined): { [P in K]?: LocalizationMap } {
  return (map ? { [key]: map } : {}) as { [P in K]?: LocalizationMap };
}

function checkName(name: string, what: string): void {
  if (!NAME.test(name)) throw new Error(`${what} name "${name}" is not a valid Discord name (lower case, 1–32 characters)`);
}

/** Where commands are published: one server (instant updates, for testing) or everywhere. */
export interface CommandTarget {
  applicationId: string;
  guildId?: string;
}

/** Replaces all of the application's commands (bulk overwrite) in the guild when given, else globally; returns the count. */
export async function registerSlashCommands(rest: REST, target: CommandTarget, specs: readonly CommandSpec[]): Promise<number> {
  const body = specs.map(toSlashCommand);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return body.length;
}

/** What the bot needs in a channel: view, send, embed links, send in threads, create public threads (forum posts). */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads;

/** The OAuth2 link that adds the bot to a server with the scopes bot and applications.commands. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: "bot applications.commands",
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString().replace(/%20/g, "+")}`;
}
