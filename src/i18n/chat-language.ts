/** Which language a chat is answered in: the one an admin chose, else the invoker's locale, else the chat's seen locale. */
import type { ChatSettings } from "../store/ports.js";
import { isLanguage, type Language, languageOfLocale } from "./languages.js";

/** The language of an answer to someone whose platform locale is `invokerLocale`, in a chat with these settings. */
export function answerLanguage(settings: ChatSettings | undefined, invokerLocale: string | undefined): Language {
  return chosenLanguage(settings) ?? languageOfLocale(invokerLocale) ?? languageOfLocale(settings?.seenLocale) ?? "en";
}

/** The language of an unprompted post (digest): the chosen one, else the locale last seen in the chat, else English. */
export function postLanguage(settings: ChatSettings | undefined): Language {
  return chosenLanguage(settings) ?? languageOfLocale(settings?.seenLocale) ?? "en";
}

/** The language an admin chose for the chat, if any (and still supported). */
export function chosenLanguage(settings: ChatSettings | undefined): Language | undefined {
  return settings?.language && isLanguage(settings.language) ? settings.language : undefined;
}
