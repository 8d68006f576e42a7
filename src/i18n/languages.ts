/** The languages newsbrief speaks, and how a platform's locale maps to one of them. */

/** Every UI language, English first (the fallback). */
export const LANGUAGES = ["en", "fr", "de", "es", "ru"] as const;

/** One UI language (an ISO 639-1 code). */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  es: "Español",
  ru: "Русский",
};

/** Whether `code` is one of the UI languages. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The UI language of a platform locale ("de", "pt-BR", "es-419", "fr_CA") by its primary subtag; undefined when none fits. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && isLanguage(primary) ? primary : undefined;
}
