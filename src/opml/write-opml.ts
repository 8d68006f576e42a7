/** The followed feeds → an OPML 2.0 subscription list (title, xmlUrl, htmlUrl when known). */
import { generateOpml } from "feedsmith";
import type { OutgoingFile } from "../chat/message.js";
import type { FeedState } from "../store/ports.js";

/** The file name exports are sent under. */
export const OPML_EXPORT_NAME = "newsbrief-feeds.opml";
/** The OPML media type (no IANA registration; this is what feed readers send and accept). */
export const OPML_MEDIA_TYPE = "text/x-opml";

/** Writes an OPML 2.0 document listing `feeds` in the given order, dated `now`. */
export function writeOpml(feeds: readonly FeedState[], now: Date): string {
  return generateOpml({
    head: { title: "newsbrief feeds", dateCreated: now },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.title ?? feed.url,
        ...(feed.title ? { title: feed.title } : {}),
        type: "rss",
        xmlUrl: feed.url,
        ...(feed.htmlUrl ? { htmlUrl: feed.htmlUrl } : {}),
      })),
    },
  });
}

/** The export as a file to send: OPML 2.0, UTF-8. */
export function opmlFile(feeds: readonly FeedState[], now: Date): OutgoingFile {
  return { name: OPML_EXPORT_NAME, bytes: new TextEncoder().encode(writeOpml(feeds, now)), mimeType: OPML_MEDIA_TYPE };
}
