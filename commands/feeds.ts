import type { FeedState } from "../src/index.js";
import {
  defineCommand,
  formatAge,
  importOpml,
  importReportMessage,
  opmlFile,
  requireAdmin,
  textMessage,
  UserError,
} from "../src/index.js";

// User-visible text of /feeds import and /feeds export, in one place.
const OPML_TEXT = {
  fileDescription: "The OPML file to import (/feeds import)",
  attachFile:
    "Send /feeds import with an OPML file: on Telegram as the file's caption (or in reply to the file), on Discord in the file option; on the console, /feeds import PATH.",
  noFeeds: "No feeds to export yet. An admin can add one: /feeds add https://www.example.com/rss.xml",
  exported: (n: number) => `${n} feed(s), as OPML.`,
  saved: (n: number, path: string) => `Wrote ${n} feed(s) as OPML to ${path}.`,
};

/** /feeds add|remove|list|pause|resume|import|export [url]: the feeds newsbrief follows (changes are for admins). */
export default defineCommand({
  name: "feeds",
  description: "List the feeds and their health; admins add, remove, pause, resume, import, export",
  options: {
    action: {
      type: "string",
      description: "What to do (default: list)",
      choices: ["list", "add", "remove", "pause", "resume", "import", "export"],
    },
    url: {
      type: "string",
      description: "The feed's address (RSS, Atom or JSON Feed); a file path for import/export on the console",
    },
  },
  attachment: { name: "file", description: OPML_TEXT.fileDescription },
  example: "/feeds add https://www.example.com/rss.xml",
  async run({ args, services, invoker, reply, now, attachment, localFiles, limits, log }) {
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
    // Export shows what /feeds list shows: anyone may have it.
    if (action === "export") {
      const feeds = await services.feeds.list();
      if (feeds.length === 0) throw new UserError(OPML_TEXT.noFeeds);
      const file = opmlFile(feeds, now);
      if (args.url && localFiles) {
        await localFiles.save(args.url, file);
        await reply(textMessage(OPML_TEXT.saved(feeds.length, args.url)));
      } else {
        await reply({ ...textMessage(OPML_TEXT.exported(feeds.length)), file });
      }
      return;
    }
    requireAdmin({ invoker }, `${action} feeds`);
    if (action === "import") {
      const file = attachment ?? (args.url && localFiles ? localFiles.open(args.url) : undefined);
      if (!file) throw new UserError(OPML_TEXT.attachFile);
      const report = await importOpml(file, {
        feeds: services.feeds,
        now,
        onError: (url, error) => log.error("opml import: adding a feed failed", { url, error }),
      });
      await reply(importReportMessage(report, limits.messageChars));
      return;
    }
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
