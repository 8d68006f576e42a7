/** `/feeds import`: every feed an OPML file lists goes through the same add path as `/feeds add`. */
import pLimit from "p-limit";
import { isWebAddress } from "../chat/feed-admin.js";
import type { ReceivedFile } from "../chat/platform.js";
import type { FeedAdmin } from "../chat/services.js";
import { UserError } from "../errors.js";
import { OPML_LIMITS, type OpmlRefusal, parseOpml } from "./parse-opml.js";

/** What an import did, feed by feed. */
export interface ImportReport {
  /** The file's name. */
  file: string;
  added: { url: string; title?: string }[];
  /** Feeds the file lists that were followed already (left as they were). */
  already: string[];
  /** Outlines that are not feeds, and feeds that could not be added, with why. */
  refused: OpmlRefusal[];
}

/** What an import needs. */
export interface ImportOptions {
  feeds: FeedAdmin;
  now: Date;
  /** Feeds read at once (default 4): each add fetches the feed once, as `/feeds add` does. */
  concurrency?: number;
  /** Told about an unexpected failure of one feed (the import goes on). */
  onError?: (url: string, error: unknown) => void;
}

// User-visible text of this file, in one place.
const TEXT = { unexpected: "an unexpected error (logged)", notWeb: "not a web address (http or https)" };

/** Decodes an OPML file's bytes: UTF-8, or UTF-16 when it starts with a byte-order mark. */
export function decodeOpml(bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  // TextDecoder drops the byte-order mark itself.
  return new TextDecoder(utf16 ?? "utf-8").decode(bytes);
}

/** Reads the file (capped at 1 MB), parses it and adds each feed it lists; throws UserError when the file is refused as a whole. */
export async function importOpml(file: ReceivedFile, options: ImportOptions): Promise<ImportReport> {
  const bytes = await file.read(OPML_LIMITS.maxBytes);
  const parsed = parseOpml(decodeOpml(bytes));
  const followed = new Set((await options.feeds.list()).map((feed) => feed.url));
  const report: ImportReport = { file: file.name, added: [], already: [], refused: [...parsed.refused] };
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  // Each feed's outcome is a closure that records it: applied in the file's order, whatever order the fetches end in.
  const outcomeOf = async (feed: (typeof parsed.feeds)[number]): Promise<() => void> => {
    if (followed.has(feed.url)) return () => report.already.push(feed.url);
    if (!isWebAddress(feed.url)) return () => report.refused.push({ entry: feed.url, reason: TEXT.notWeb });
    try {
      const state = await options.feeds.add(feed.url, options.now, feed.htmlUrl ? { htmlUrl: feed.htmlUrl } : {});
      const title = state.title ?? feed.title;
      return () => report.added.push({ url: state.url, ...(title ? { title } : {}) });
    } catch (error) {
      if (!(error instanceof UserError)) options.onError?.(feed.url, error);
      const reason = error instanceof UserError ? reasonOf(error.message, feed.url) : TEXT.unexpected;
      return () => report.refused.push({ entry: feed.url, reason });
    }
  };
  const outcomes = await Promise.all(parsed.feeds.map((feed) => limit(() => outcomeOf(feed))));
  for (const outcome of outcomes) outcome();
  return report;
}

/** A refusal's reason without the address (the report shows it beside): "I could not read it as a feed: …". */
function reasonOf(message: string, url: string): string {
  return message.split(url).join("it").replace(/\.$/, "");
}
