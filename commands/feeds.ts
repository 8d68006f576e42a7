import type { FeedState } from "../src/index.js";
import { defineCommand, formatAge, requireAdmin, textMessage, UserError } from "../src/index.js";

/** /feeds add|remove|list|pause|resume [url]: the feeds newsbrief follows (changes are for admins). */
export default defineCommand({
  name: "feeds",
  description: "List the feeds and their health; admins add, remove, pause, resume",
  options: {
    action: { type: "string", description: "What to do (default: list)", choices: ["list", "add", "remove", "pause", "resume"] },
    url: { type: "string", description: "The feed's address (RSS, Atom or JSON Feed)" },
  },
  example: "/feeds add https://www.example.com/rss.xml",
  async run({ args, services, invoker, reply, now }) {
    const action = args.action ?? "list";
    if (action === "list") {
      const feeds = await services.feeds.list();
      if (feeds.length === 0) {
        await reply(textMessage("No feeds yet. An admin can add one: /feeds add https://www.example.com/rss.xml"));
        return;
      }
      await reply({
        blocks: [
          { type: "heading", text: `Feeds (${feeds.length})` },
          { type: "list", items: feeds.map((f) => feedLine(f, now)) },
        ],
      });
      return;
    }
    requireAdmin({ invoker }, `${action} feeds`);
    const url = args.url;
    if (!url) throw new UserError(`Which feed? e.g. /feeds ${action} https://www.example.com/rss.xml`);
    if (action === "add") {
      const feed = await services.feeds.add(url, now);
      await reply(
        textMessage(
          `Following ${feed.title ? `${feed.title} <${feed.url}>` : feed.url}. Its current stories are stored; new ones will be delivered.`,
        ),
      );
    } else if (action === "remove") {
      const removed = await services.feeds.remove(url);
      if (!removed) throw new UserError(`I don't follow ${url}. See /feeds list`);
      await reply(textMessage(`Stopped following ${url}.`));
    } else {
      const feed = await services.feeds.setPaused(url, action === "pause", now);
      await reply(textMessage(`${feed.paused ? "Paused" : "Resumed"} ${feed.url}.`));
    }
  },
});

/** One feed's health: ok, paused, disabled (and why) or failing. */
function feedLine(feed: FeedState, now: Date): string {
  const name = feed.title ? `${feed.title} <${feed.url}>` : feed.url;
  if (feed.disabled)
    return `⛔ ${name} — disabled: ${feed.disabledReason ?? feed.lastError ?? "too many failures"} (/feeds resume to retry)`;
  if (feed.paused) return `⏸ ${name} — paused`;
  if (feed.failures > 0) return `⚠️ ${name} — ${feed.failures} failure(s) in a row: ${feed.lastError ?? "unknown error"}`;
  if (feed.lastSuccessAt) return `✅ ${name} — read ${formatAge(new Date(feed.lastSuccessAt), now)}`;
  return `🕓 ${name} — not read yet`;
}
