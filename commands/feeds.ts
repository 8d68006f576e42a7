import type { FeedState, Translate } from "../src/index.js";
import { defineCommand, formatAge, textMessage, UserError } from "../src/index.js";

/** /feeds add|remove|list|pause|resume [url]: the feeds newsbrief follows (changes are for admins). */
export default defineCommand({
  name: "feeds",
  options: {
    action: { type: "string", choices: ["list", "add", "remove", "pause", "resume"] },
    url: { type: "string" },
  },
  example: "/feeds add https://www.example.com/rss.xml",
  async run({ args, services, invoker, reply, now, t }) {
    const action = args.action ?? "list";
    if (action === "list") {
      const feeds = await services.feeds.list();
      if (feeds.length === 0) {
        await reply(textMessage(t("feeds.none")));
        return;
      }
      await reply({
        blocks: [
          { type: "heading", text: t("feeds.heading", { count: feeds.length }) },
          { type: "list", items: feeds.map((f) => feedLine(f, now, t)) },
        ],
      });
      return;
    }
    if (!invoker.isAdmin) throw new UserError(t("feeds.adminOnly", { action }));
    const url = args.url;
    if (!url) throw new UserError(t("feeds.which", { action }));
    if (action === "add") {
      const feed = await services.feeds.add(url, now);
      await reply(textMessage(t("feeds.following", { name: feed.title ? `${feed.title} <${feed.url}>` : feed.url })));
    } else if (action === "remove") {
      const removed = await services.feeds.remove(url);
      if (!removed) throw new UserError(t("feeds.notFollowed", { url }));
      await reply(textMessage(t("feeds.stopped", { url })));
    } else {
      const feed = await services.feeds.setPaused(url, action === "pause", now);
      await reply(textMessage(feed.paused ? t("feeds.paused", { url: feed.url }) : t("feeds.resumed", { url: feed.url })));
    }
  },
});

/** One feed's health: ok, paused, disabled (and why) or failing. */
function feedLine(feed: FeedState, now: Date, t: Translate): string {
  const name = feed.title ? `${feed.title} <${feed.url}>` : feed.url;
  if (feed.disabled) {
    return t("feeds.lineDisabled", { name, reason: feed.disabledReason ?? feed.lastError ?? t("feeds.tooManyFailures") });
  }
  if (feed.paused) return t("feeds.linePaused", { name });
  if (feed.failures > 0) {
    return t("feeds.lineFailing", { name, count: feed.failures, error: feed.lastError ?? t("error.unknown") });
  }
  if (feed.lastSuccessAt) return t("feeds.lineRead", { name, age: formatAge(new Date(feed.lastSuccessAt), now, t) });
  return t("feeds.lineNew", { name });
}
