import { defineCommand, usageOf } from "../src/index.js";

/** /help: every command with its arguments. */
export default defineCommand({
  name: "help",
  description: "List the commands",
  async run({ commands, invoker, reply }) {
    const items = commands.map((command) => `${usageOf(command)} — ${command.description}`);
    const footer = invoker.isAdmin
      ? "You are an admin here: you can change this chat's subscription."
      : "Commands marked (admins) need a chat admin.";
    await reply({
      blocks: [
        { type: "heading", text: "newsbrief commands" },
        { type: "list", items },
        { type: "text", text: footer },
      ],
    });
  },
});
