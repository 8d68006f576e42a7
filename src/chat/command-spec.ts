/** The data half of a command: what adapters need to publish and parse it. */

/** An option of a command, typed for both platforms. */
export type OptionSpec =
  | {
      type: "string";
      description: string;
      required?: boolean;
      /** Discord autocompletes it from this source; Telegram ignores it. */
      autocomplete?: "topics";
      choices?: readonly string[];
      maxLength?: number;
      /** Text input only: "cron" takes the 5–6 unquoted cron fields as one value. */
      format?: "cron";
    }
  | { type: "integer"; description: string; required?: boolean; min?: number; max?: number }
  | { type: "boolean"; description: string; required?: boolean };

/** A command's menu texts in one language. */
export interface MenuTexts {
  description: string;
  /** Option name → description. */
  options: Readonly<Record<string, string>>;
}

/** A command as published to a platform: name, description, typed options in order, and whether it is admin-only. */
export interface CommandSpec {
  /** `[a-z0-9_]{1,32}`: valid on both Discord and Telegram. */
  name: string;
  /** ≤ 100 characters (Discord's limit; Telegram allows 256). */
  description: string;
  /** Only chat admins may run it (Discord: Manage Server; Telegram: chat administrators). */
  admin: boolean;
  /** Options in the order text arguments fill them. */
  options: Readonly<Record<string, OptionSpec>>;
  /** The command takes a file: Discord publishes it as an attachment option with this name; Telegram takes the document the command is the caption of. */
  attachment?: { name: string; description: string };
  /** The menu texts per UI language code ("fr", "ru"…), from the catalogue; `description` above is the English one. */
  translations?: Readonly<Record<string, MenuTexts>>;
}
