/**
 * The one owner of i18next: turns a message key into text in a chat's language. The core and commands only see
 * a {@link Translate} function (CommandContext `t`), never i18next.
 *
 * Adding a message:
 * 1. add `"area.what": "English text with {{name}}"` to src/i18n/locales/en.ts (a count uses `_one`/`_other` keys
 *    and the variable `count`; i18next picks the plural form by the language's CLDR rules);
 * 2. add the same key to fr.ts, de.ts, es.ts and ru.ts (Russian plurals: `_one`, `_few`, `_many`, `_other`);
 * 3. use it with a literal key: `t("area.what", { name })` in a command, `userError("area.what", { name })` in the
 *    core (a UserError that the dispatcher shows in the chat's language).
 * A command's menu texts are `command.<name>` and `command.<name>.<option>` (defineCommand reads them).
 * test/i18n/catalogue.test.ts fails on a key missing in a language, used but absent, or never used.
 */
import i18next from "i18next";
import { UserError } from "../errors.js";
import { CATALOGUES } from "./catalogues.js";
import { LANGUAGES, type Language } from "./languages.js";
import type { en } from "./locales/en.js";

type PluralSuffix = "_zero" | "_one" | "_two" | "_few" | "_many" | "_other";
type BaseKey<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** A key of the catalogue (plural keys without their suffix). */
export type MessageKey = BaseKey<keyof typeof en>;

/** Values put into a message's `{{placeholders}}`; `count` also picks the plural form. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** Text of a message in one language. */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: CATALOGUES[language] }])),
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  // Synchronous: resources are in memory, so t works as soon as this module is loaded.
  initAsync: false,
  // Keys are flat ("feeds.none"), so dots are not paths; "command.latest" and "command.latest.count" coexist.
  keySeparator: false,
  nsSeparator: false,
  // Messages are plain text: each adapter escapes for its own markup.
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<Language, Translate>();

/** The translate function of one language (a missing key falls back to English, then to the key itself). */
export function translator(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const fixed = i18n.getFixedT(language);
    translate = (key, vars) => fixed(key, vars ?? {});
    translators.set(language, translate);
  }
  return translate;
}

/** English: what logs, the CLI and callers without a chat use. */
export const english: Translate = translator("en");

/** Whether a language's catalogue (or English, its fallback) has this key, plural forms included. */
export function hasMessage(key: string, language: Language = "en"): boolean {
  return i18n.exists(key, { lng: language, count: 2 }) || i18n.exists(key, { lng: language });
}

/** A UserError whose text the dispatcher shows in the chat's language; its `message` is the English text. */
export function userError(key: MessageKey, vars?: MessageVars): UserError {
  return new UserError(english(key, vars), { translation: { key, ...(vars ? { vars } : {}) } });
}

/** A UserError's text in a language: translated when it carries a key, its message verbatim otherwise. */
export function userErrorText(error: UserError, t: Translate): string {
  return error.translation ? t(error.translation.key as MessageKey, error.translation.vars) : error.message;
}
