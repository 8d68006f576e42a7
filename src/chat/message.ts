/** Small, platform-neutral messages; each adapter renders them its own way. */

/** One piece of a message. */
export type Block =
  | { type: "heading"; text: string; url?: string }
  | { type: "text"; text: string }
  | { type: "quote"; text: string; by?: string }
  | { type: "figure"; value: string; label: string }
  | { type: "list"; items: readonly string[] }
  | { type: "link"; text: string; url: string }
  | { type: "separator" };

/** A file sent with a message (an OPML export). */
export interface OutgoingFile {
  name: string;
  bytes: Uint8Array;
  /** e.g. "text/x-opml"; adapters default to application/octet-stream. */
  mimeType?: string;
}

/** A message to a chat: a list of blocks, and optionally one file. */
export interface OutgoingMessage {
  blocks: readonly Block[];
  file?: OutgoingFile;
}
