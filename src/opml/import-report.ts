/** An import's one answer: counts, then the added / already followed / refused lists, trimmed to fit one message. */
import type { Block, OutgoingMessage } from "../chat/message.js";
import { english, type Translate } from "../i18n/translate.js";
import type { ImportReport } from "./import-opml.js";

// Markup and escaping (Telegram HTML entities, list bullets) grow the text; keep a quarter of the room for them.
const MARKUP_ROOM = 0.75;

/** The report as one message of at most about `maxChars` characters; lists that do not fit end with "… and N more". */
export function importReportMessage(report: ImportReport, maxChars: number, t: Translate = english): OutgoingMessage {
  let budget = Number.isFinite(maxChars) ? Math.floor(maxChars * MARKUP_ROOM) : Number.POSITIVE_INFINITY;
  const summary = t("opml.summary", {
    file: report.file,
    added: report.added.length,
    already: report.already.length,
    refused: report.refused.length,
  });
  const head = summary + (report.added.length > 0 ? ` ${t("opml.primed")}` : "");
  const more = (n: number) => t("opml.more", { n });
  budget -= head.length;
  const blocks: Block[] = [{ type: "text", text: head }];
  const groups: [string, string[]][] = [
    [
      t("opml.added", { n: report.added.length }),
      report.added.map((feed) => (feed.title ? `${feed.title} <${feed.url}>` : feed.url)),
    ],
    [t("opml.already", { n: report.already.length }), report.already],
    [t("opml.refused", { n: report.refused.length }), report.refused.map((r) => `${r.entry} — ${r.reason}`)],
  ];
  for (const [title, lines] of groups) {
    if (lines.length === 0) continue;
    // A title, one line and the "… and N more" line must fit, else the group is left to the counts above.
    const tail = more(lines.length).length + 4;
    if (budget < title.length + tail + 8) break;
    budget -= title.length + 2;
    const items: string[] = [];
    for (const [index, line] of lines.entries()) {
      const room = index === lines.length - 1 ? budget : budget - tail;
      if (line.length + 3 > room) {
        items.push(more(lines.length - index));
        budget -= tail;
        break;
      }
      items.push(line);
      budget -= line.length + 3;
    }
    blocks.push({ type: "text", text: title }, { type: "list", items });
  }
  return { blocks };
}
