import { defineCommand, usageOf } from "../src/index.js";

/** /help: every command with its arguments, described in the chat's language. */
export default defineCommand({
  name: "help",
  async run({ commands, invoker, reply, language, t }) {
    const items = commands.map(
      (command) => `${usageOf(command)} — ${command.translations?.[language]?.description ?? command.description}`,
    );
    const footer = invoker.isAdmin ? t("help.admin") : t("help.notAdmin");
    await reply({
      blocks: [
        { type: "heading", text: t("help.title") },
        { type: "list", items },
        { type: "text", text: footer },
      ],
    });
  },
});
