/** An import's one answer: counts, then the added / already followed / refused lists, trimmed to fit one message. */
import type { Block, OutgoingMessage } from "../chat/message.js";
import type { ImportReport } from "./import-opml.js";

// User-visible text of this file, in one place.
const TEXT = {
  summary: (r: ImportReport) =>
    `Imported ${r.file}: ${r.added.length} added, ${r.already.length} already followed, ${r.refused.length} refused.`,
  added: (n: number) => `Added (${n}):`,
  already: (n: number) => `Already followed (${n}):`,
  refused: (n: number) => `Refused (${n}):`,
  more: (n: number) => `… and ${n} more`,
  primed: "Their current stories are stored; new ones will be delivered.",
};

// Markup and escaping (Telegram HTML entities, list bullets) grow the text; keep a quarter of the room for them.
const MARKUP_ROOM = 0.75;

/** The report as one message of at most about `maxChars` characters; lists that do not fit end with "… and N more". */
export function importReportMessage(report: ImportReport, maxChars: number): OutgoingMessage {
  let budget = Number.isFinite(maxChars) ? Math.floor(maxChars * MARKUP_ROOM) : Number.POSITIVE_INFINITY;
  const head = TEXT.summary(report) + (report.added.length > 0 ? ` ${TEXT.primed}` : "");
  budget -= head.length;
  const blocks: Block[] = [{ type: "text", text: head }];
  const groups: [string, string[]][] = [
    [TEXT.added(report.added.length), report.added.map((feed) => (feed.title ? `${feed.title} <${feed.url}>` : feed.url))],
    [TEXT.already(report.already.length), report.already],
    [TEXT.refused(report.refused.length), report.refused.map((r) => `${r.entry} — ${r.reason}`)],
  ];
  for (const [title, lines] of groups) {
    if (lines.length === 0) continue;
    // A title, one line and the "… and N more" line must fit, else the group is left to the counts above.
    const tail = TEXT.more(lines.length).length + 4;
    if (budget < title.length + tail + 8) break;
    budget -= title.length + 2;
    const items: string[] = [];
    for (const [index, line] of lines.entries()) {
      const room = index === lines.length - 1 ? budget : budget - tail;
      if (line.length + 3 > room) {
        items.push(TEXT.more(lines.length - index));
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
