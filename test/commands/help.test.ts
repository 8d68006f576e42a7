import { afterEach, describe, expect, it } from "vitest";
import { startConsoleBot } from "./console-bot.js";

describe("/help", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("lists every command with its arguments, and hints at /help for unknown commands", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/help", "/helpme", "latest"], { admin: false })).toMatchInlineSnapshot(`
      "📰 newsbrief commands
      • /latest [count] [topic] — Show the newest stories as briefs
      • /quote [who] — Recent quotes by a person or about a topic
      • /alert [what] — Get a private brief when a new story quotes a person or names a keyword
      • /alerts — List your personal alerts
      • /summarize <url> — Brief any article from its web address
      • /digest — Preview this chat's next digest now
      • /topics — Show this chat's subscription and the topics you can follow
      • /subscribe <topic> [schedule] [timezone] — Send this chat digests about a topic (admins)
      • /unsubscribe <topic> — Stop digests about a topic, or all (admins)
      • /schedule <cron> [timezone] — Set when this chat's digests go out (admins)
      • /quiet <from> [to] — Set quiet hours: digests wait, then go out silently (admins)
      • /filter [list|include|exclude|clear] [words] — Keep or drop stories by words, phrases or /regex/ in digests and /latest
      • /feeds [list|add|remove|pause|resume|import|export] [url] — List the feeds and their health; admins add, remove, pause, resume, import, export
      • /language [en|fr|de|es|ru] — Show or set the language I answer in here (setting: admins)
      • /help — List the commands
      Commands marked (admins) need a chat admin.

      I don't know /helpme. Type /help to see what I can do.

      Commands start with a slash. Type /help to see them.

      "
    `);
  });
});
