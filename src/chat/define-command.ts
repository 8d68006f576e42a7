/** `defineCommand`: a command declared once for every platform, checked when it is loaded. */

import { CATALOGUES } from "../i18n/catalogues.js";
import { LANGUAGES, type Language } from "../i18n/languages.js";
import type { Translate } from "../i18n/translate.js";
import type { CommandSpec, MenuTexts, OptionSpec } from "./command-spec.js";
import type { Logger } from "./logger.js";
import type { OutgoingMessage } from "./message.js";
import type { ChannelKey, Invoker, LocalFiles, PlatformLimits, ReceivedFile } from "./platform.js";
import type { Services } from "./services.js";

/** A parsed argument value. */
export type ArgValue = string | number | boolean;

/** An option as a command declares it: its description may be left to the catalogue ("command.<name>.<option>"). */
export type OptionDefinition = OptionSpec extends infer S
  ? S extends OptionSpec
    ? Omit<S, "description"> & { description?: string }
    : never
  : never;

/** The TypeScript type of one option's value. */
export type OptionValue<O extends OptionDefinition> = O extends { type: "integer" }
  ? number
  : O extends { type: "boolean" }
    ? boolean
    : O extends { choices: readonly (infer C extends string)[] }
      ? C
      : string;

type RequiredKeys<O> = { [K in keyof O]: O[K] extends { required: true } ? K : never }[keyof O];

/** The `args` object a command receives: required options present, the others optional. */
export type ArgsOf<O extends Readonly<Record<string, OptionDefinition>>> = {
  [K in RequiredKeys<O>]: OptionValue<O[K]>;
} & {
  [K in Exclude<keyof O, RequiredKeys<O>>]?: OptionValue<O[K]>;
};

/** What a command's `run` receives. */
export interface CommandContext<A = Readonly<Record<string, ArgValue | undefined>>> {
  args: A;
  services: Services;
  channel: ChannelKey;
  invoker: Invoker;
  /** The time of the invocation (passed in, so tests control it). */
  now: Date;
  /** Answers in the chat the command came from. */
  reply(message: OutgoingMessage): Promise<void>;
  /** Every command, in menu order (for /help). */
  commands: readonly Command[];
  log: Logger;
  /** The file sent with the command, if any. */
  attachment?: ReceivedFile;
  /** The console only: local files, by path. */
  localFiles?: LocalFiles;
  /** What one answer can carry on this platform (text per message). */
  limits: PlatformLimits;
  /** The chat's language, and its messages: `t("key", { name })` (see src/i18n/translate.ts). */
  language: Language;
  t: Translate;
}

/** A command: its published spec plus what it does. */
export interface Command extends CommandSpec {
  /** One example invocation shown with argument errors, e.g. "/latest 3 climate change". */
  example: string;
  run(context: CommandContext): Promise<void>;
}

/** What `defineCommand` takes: the spec (admin and options optional), an example and `run` with typed args. */
export interface CommandDefinition<O extends Readonly<Record<string, OptionDefinition>>> {
  name: string;
  /** English; only for a command whose "command.<name>" key is not in the catalogue yet (the catalogue wins). */
  description?: string;
  admin?: boolean;
  options?: O;
  /** The command takes a file (see CommandSpec.attachment). */
  attachment?: CommandSpec["attachment"];
  example?: string;
  run(context: CommandContext<ArgsOf<O>>): Promise<void>;
}

const NAME = /^[a-z0-9_]{1,32}$/;
const DESCRIPTION_MAX = 100;
const OPTIONS_MAX = 25;

/**
 * Declares a command; its menu texts come from the catalogue (`command.<name>`, `command.<name>.<option>`, in every
 * language). Throws at load time when its name, description or options break Discord's or Telegram's rules.
 */
export function defineCommand<const O extends Readonly<Record<string, OptionDefinition>> = Record<never, OptionSpec>>(
  definition: CommandDefinition<O>,
): Command {
  const declared = (definition.options ?? {}) as Readonly<Record<string, OptionDefinition>>;
  // English always; another language once the catalogue has this command (else its menus stay English).
  const languages = LANGUAGES.filter((language) => language === "en" || `command.${definition.name}` in CATALOGUES[language]);
  const translations = Object.fromEntries(
    languages.map((language) => [
      language,
      menuTexts(definition.name, definition.description, declared, language, definition.attachment),
    ]),
  ) as Partial<Record<Language, MenuTexts>> & { en: MenuTexts };
  const english = translations.en;
  const options = Object.fromEntries(
    Object.entries(declared).map(([key, option]) => [key, { ...option, description: english.options[key] ?? "" }]),
  ) as Record<string, OptionSpec>;
  const problems = Object.entries(translations).flatMap(([language, texts]) =>
    specProblems(definition.name, texts.description, withDescriptions(options, texts)).map((problem) =>
      language === "en" ? problem : `${problem} (${language})`,
    ),
  );
  const file = definition.attachment;
  if (file && (!NAME.test(file.name) || file.name in options)) problems.push("attachment: a valid name not used by an option");
  if (file && (file.description.trim().length === 0 || file.description.length > DESCRIPTION_MAX)) {
    problems.push(`attachment: description must have 1–${DESCRIPTION_MAX} characters`);
  }
  if (problems.length > 0) throw new Error(`Invalid command "/${definition.name}": ${[...new Set(problems)].join("; ")}`);
  return {
    name: definition.name,
    description: english.description,
    admin: definition.admin ?? false,
    options,
    ...(definition.attachment ? { attachment: definition.attachment } : {}),
    translations,
    example: definition.example ?? `/${definition.name}`,
    // The dispatcher validates args against `options` before calling run, so the typed view is sound.
    run: definition.run as (context: CommandContext) => Promise<void>,
  };
}

// A language's menu texts: its catalogue, else English, else what the definition says.
function menuTexts(
  name: string,
  description: string | undefined,
  options: Readonly<Record<string, OptionDefinition>>,
  language: Language,
  attachment?: CommandSpec["attachment"],
): MenuTexts {
  const text = (key: string, fallback: string | undefined) => CATALOGUES[language][key] ?? CATALOGUES.en[key] ?? fallback ?? "";
  const described: [string, string | undefined][] = Object.entries(options).map(([key, option]) => [key, option.description]);
  // A file option's texts sit beside the options' ("command.feeds.file").
  if (attachment) described.push([attachment.name, attachment.description]);
  return {
    description: text(`command.${name}`, description),
    options: Object.fromEntries(described.map(([key, fallback]) => [key, text(`command.${name}.${key}`, fallback)])),
  };
}

function withDescriptions(options: Readonly<Record<string, OptionSpec>>, texts: MenuTexts): Record<string, OptionSpec> {
  return Object.fromEntries(
    Object.entries(options).map(([key, option]) => [key, { ...option, description: texts.options[key] ?? "" }]),
  );
}

/** Everything wrong with a command spec (empty when it is valid on every platform). */
export function specProblems(name: string, description: string, options: Readonly<Record<string, OptionSpec>>): string[] {
  const problems: string[] = [];
  if (!NAME.test(name)) problems.push("name must match [a-z0-9_]{1,32}");
  if (description.trim().length === 0 || description.length > DESCRIPTION_MAX) {
    problems.push(`description must have 1–${DESCRIPTION_MAX} characters`);
  }
  const entries = Object.entries(options);
  if (entries.length > OPTIONS_MAX) problems.push(`at most ${OPTIONS_MAX} options`);
  let optionalSeen = false;
  for (const [key, option] of entries) {
    if (!NAME.test(key)) problems.push(`option "${key}": name must match [a-z0-9_]{1,32}`);
    if (option.description.trim().length === 0 || option.description.length > DESCRIPTION_MAX) {
      problems.push(`option "${key}": description must have 1–${DESCRIPTION_MAX} characters`);
    }
    // Discord rejects a required option after an optional one.
    if (option.required && optionalSeen) problems.push(`option "${key}": required options must come first`);
    if (!option.required) optionalSeen = true;
    if (option.type === "integer" && option.min !== undefined && option.max !== undefined && option.min > option.max) {
      problems.push(`option "${key}": min > max`);
    }
    if (option.type === "string" && option.choices && (option.choices.length === 0 || option.choices.length > 25)) {
      problems.push(`option "${key}": 1–25 choices`);
    }
  }
  return problems;
}

/** "/latest [count] [topic]": the command with its options, required ones in <>, optional in []. */
export function usageOf(spec: Pick<CommandSpec, "name" | "options">): string {
  const parts = Object.entries(spec.options).map(([key, option]) => {
    const label = option.type === "string" && option.choices ? option.choices.join("|") : key;
    return option.required ? `<${label}>` : `[${label}]`;
  });
  return [`/${spec.name}`, ...parts].join(" ");
}
