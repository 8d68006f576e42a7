import { describe, expect, it } from "vitest";
import { answerLanguage, postLanguage } from "../../src/i18n/chat-language.js";
import { languageOfLocale } from "../../src/i18n/languages.js";

describe("languageOfLocale", () => {
  it("maps a platform locale to a UI language by its primary subtag, and nothing else", () => {
    const locales = ["de", "de-AT", "fr_CA", "es-419", "es-ES", "RU", "en-US", "pt-BR", "zh-hans", "", " ", undefined];
    expect(locales.map(languageOfLocale)).toEqual(["de", "de", "fr", "es", "es", "ru", "en", ...Array(5).fill(undefined)]);
  });
});

describe("which language a chat gets", () => {
  const channel = "telegram:-100" as const;
  it("answers: the chosen language, else the invoker's locale, else the chat's seen locale, else English", () => {
    expect(answerLanguage({ channel, language: "es", seenLocale: "ru" }, "de")).toBe("es");
    expect(answerLanguage({ channel, seenLocale: "ru" }, "de-CH")).toBe("de");
    expect(answerLanguage({ channel, seenLocale: "ru" }, "pt-BR")).toBe("ru");
    expect(answerLanguage(undefined, "ja")).toBe("en");
  });

  it("digests: the chosen language, else the locale last seen in the chat, else English (a stale code is ignored)", () => {
    expect(postLanguage({ channel, language: "fr", seenLocale: "ru" })).toBe("fr");
    expect(postLanguage({ channel, seenLocale: "ru" })).toBe("ru");
    expect(postLanguage({ channel, language: "xx" })).toBe("en");
    expect(postLanguage(undefined)).toBe("en");
  });
});
