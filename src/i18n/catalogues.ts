/** Every language's message catalogue, by language. */
import type { Language } from "./languages.js";
import { de } from "./locales/de.js";
import { en } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { ru } from "./locales/ru.js";

/** One language's messages: key → text with `{{name}}` placeholders; plural keys end in _one, _few, _many, _other. */
export type Catalogue = Readonly<Record<string, string>>;

/** The catalogues; a language without a key falls back to English. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, de, es, ru };
