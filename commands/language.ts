import {
  chosenLanguage,
  defineCommand,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  textMessage,
  translator,
  UserError,
} from "../src/index.js";

/** /language [en|fr|de|es|ru]: shows this chat's language and the choices; admins set it. */
export default defineCommand({
  name: "language",
  options: { code: { type: "string", choices: LANGUAGES } },
  example: "/language fr",
  async run({ args, services, channel, invoker, reply, language, t }) {
    const settings = await services.chats.get(channel);
    if (!args.code) {
      const list = LANGUAGES.map(nameOf).join(", ");
      const current = chosenLanguage(settings)
        ? t("language.chosen", { language: nameOf(language) })
        : t("language.automatic", { language: nameOf(language) });
      await reply({
        blocks: [
          { type: "text", text: current },
          { type: "text", text: t("language.list", { list }) },
        ],
      });
      return;
    }
    if (!invoker.isAdmin) throw new UserError(t("language.adminOnly"));
    await services.chats.put({ ...settings, channel, language: args.code });
    // Answered in the new language: the first proof that it took.
    await reply(textMessage(translator(args.code)("language.set", { language: nameOf(args.code) })));
  },
});

function nameOf(language: Language): string {
  return `${LANGUAGE_NAMES[language]} (${language})`;
}
