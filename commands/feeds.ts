import type { FeedState, Translate } from "../src/index.js";
import {
  defineCommand,
  english,
  formatAge,
  importOpml,
  importReportMessage,
  opmlFile,
  textMessage,
  UserError,
} from "../src/index.js";

/** /feeds add|remove|list|pause|resume|import|export [url]: the feeds newsbrief follows (changes are for admins). */
export default defineCommand({
  name: "feeds",
  options: {
    action: { type: "string", choices: ["list", "add", "remove", "pause", "resume", "import", "export"] },
    url: { type: "string" },
  },
  attachment: { name: "file", description: english("command.feeds.file") },
  example: "/feeds add https://www.example.com/rss.xml",
  async run({ args, services, invoker, reply, now, t, attachment, localFiles, limits, log }) {
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
    // Export shows what /feeds list shows: anyone may have it.
    if (action === "export") {
      const feeds = await services.feeds.list();
      if (feeds.length === 0) throw new UserError(t("feeds.none"));
      const file = opmlFile(feeds, now);
      if (args.url && localFiles) {
        await localFiles.save(args.url, file);
        await reply(textMessage(t("opml.saved", { count: feeds.length, path: args.url })));
      } else {
        await reply({ ...textMessage(t("opml.exported", { count: feeds.length })), file });
      }
      return;
    }
    if (!invoker.isAdmin) throw new UserError(t("feeds.adminOnly", { action }));
    if (action === "import") {
      const file = attachment ?? (args.url && localFiles ? localFiles.open(args.url) : undefined);
      if (!file) throw new UserError(t("opml.attachFile"));
      const report = await importOpml(file, {
        feeds: services.feeds,
        now,
        onError: (url, error) => log.error("opml import: adding a feed failed", { url, error }),
      });
      await reply(importReportMessage(report, limits.messageChars, t));
      return;
    }
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
