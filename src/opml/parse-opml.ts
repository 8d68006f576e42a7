/** OPML subscription lists → the feeds they list (nested categories flattened), with the caps and refusals. */
import { type Opml, parseOpml as parseOpmlDocument } from "feedsmith";
import { IngestError } from "../errors.js";
import { userError } from "../i18n/translate.js";
import { DECLARES_ENTITIES, refuseUnsafeXml } from "../ingest/xml-safety.js";

/** The caps on an OPML file: 1 MB, 1,000 outlines (categories included). */
export const OPML_LIMITS = { maxBytes: 1_000_000, maxOutlines: 1_000 } as const;

/** A feed an OPML file lists. */
export interface OpmlFeed {
  /** The feed's address (xmlUrl; OPML 1.0's `url` on an rss/atom or untyped outline). */
  url: string;
  /** The outline's title or text. */
  title?: string;
  /** The site's page (htmlUrl), when given. */
  htmlUrl?: string;
}

/** An outline that names something but not a feed newsbrief can follow, and why. */
export interface OpmlRefusal {
  /** The outline's address or, without one, its text. */
  entry: string;
  reason: string;
}

/** What an OPML file lists: its feeds (each address once) and the outlines refused. */
export interface ParsedOpml {
  feeds: OpmlFeed[];
  refused: OpmlRefusal[];
}

// Why one outline is refused: recorded in the import report as data, like a feed's fetch error (English).
const TEXT = {
  htmlOnly: "only a web page address (htmlUrl), no feed address (xmlUrl)",
  link: "a link to a page (type “link”), not a feed",
  include: "an include of another OPML file; import that file itself",
};

// Outline types that hold a feed; Feedly, Inoreader and NetNewsWire write "rss" for Atom feeds too.
const FEED_TYPES = new Set(["", "rss", "atom"]);

/** Parses an OPML 1.0, 1.1 or 2.0 document; throws UserError when it is hostile, over the caps or not OPML. */
export function parseOpml(text: string): ParsedOpml {
  if (Buffer.byteLength(text, "utf8") > OPML_LIMITS.maxBytes) {
    throw userError("opml.tooLarge");
  }
  try {
    refuseUnsafeXml(text);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    if (error.message === DECLARES_ENTITIES) throw userError("opml.entities");
    throw userError("opml.unsafe", { why: error.message.replace(/^feed /, "it ").replace(/; refused$/, "") });
  }
  // feedsmith answers an <opml> with nothing in it like a non-OPML document; the root element tells them apart.
  const hasRoot = /<opml[\s>]/i.test(text);
  let document: Opml.Document<string>;
  try {
    document = parseOpmlDocument(text);
  } catch {
    throw hasRoot ? userError("opml.empty") : userError("opml.notOpml");
  }
  const outlines = document.body?.outlines ?? [];
  const count = countOutlines(outlines);
  if (count === 0) throw hasRoot ? userError("opml.empty") : userError("opml.notOpml");
  if (count > OPML_LIMITS.maxOutlines) {
    throw userError("opml.tooManyOutlines", { n: count, max: OPML_LIMITS.maxOutlines.toLocaleString("en") });
  }

  const feeds = new Map<string, OpmlFeed>();
  const refused: OpmlRefusal[] = [];
  const visit = (outline: Opml.Outline<string>): void => {
    const found = feedOf(outline);
    if (found && "url" in found) {
      if (!feeds.has(found.url)) feeds.set(found.url, found);
    } else if (found) {
      refused.push(found);
    }
    for (const child of outline.outlines ?? []) visit(child);
  };
  for (const outline of outlines) visit(outline);
  return { feeds: [...feeds.values()], refused };
}

function countOutlines(outlines: readonly Opml.Outline<string>[]): number {
  let count = 0;
  const stack = [...outlines];
  while (stack.length > 0) {
    const outline = stack.pop() as Opml.Outline<string>;
    count += 1;
    stack.push(...(outline.outlines ?? []));
  }
  return count;
}

/** The feed an outline lists, the refusal of one that lists something else, or undefined (a category, a note). */
function feedOf(outline: Opml.Outline<string>): OpmlFeed | OpmlRefusal | undefined {
  const type = (outline.type ?? "").trim().toLowerCase();
  const label = clean(outline.title) ?? clean(outline.text);
  const htmlUrl = clean(outline.htmlUrl);
  const url = clean(outline.xmlUrl) ?? (FEED_TYPES.has(type) ? clean(outline.url) : undefined);
  if (url) return { url, ...(label ? { title: label } : {}), ...(htmlUrl ? { htmlUrl } : {}) };
  const other = clean(outline.url);
  if (type === "link" && other) return { entry: other, reason: TEXT.link };
  if (type === "include" && other) return { entry: other, reason: TEXT.include };
  if (htmlUrl) return { entry: htmlUrl, reason: TEXT.htmlOnly };
  return undefined;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
