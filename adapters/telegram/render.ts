/** OutgoingMessage → Telegram HTML messages: escaped, packed ≤ 4096 characters, split only between stories or blocks. */
import type { Block, OutgoingMessage } from "../../src/chat/message.js";

/** Telegram's limit on a message's text (UTF-16 code units, like String#length). */
export const TELEGRAM_MESSAGE_CHARS = 4096;

/** One Telegram message ready for sendMessage with parse_mode HTML. */
export interface TelegramText {
  html: string;
  /** The only link of the message when it has exactly one (then its preview is shown); undefined turns previews off. */
  previewUrl?: string;
}

/** A rendered piece with the links it carries; pieces are never cut, only moved to the next message. */
interface Piece {
  html: string;
  links: readonly string[];
}

// A run of quotes longer than this (or with this many quotes) folds into an expandable blockquote.
const FOLD_QUOTES_AT = 3;
const FOLD_CHARS_AT = 400;

/** Escapes text for Telegram HTML: `&`, `<`, `>` and `"` (so it is also safe inside an attribute). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The URL if it is http(s) (nothing else goes into an href), else undefined. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function anchor(text: string, url: string | undefined): Piece {
  const href = safeUrl(url);
  if (!href) return { html: escapeHtml(text), links: [] };
  return { html: `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`, links: [href] };
}

function listItem(item: string): string {
  return `• ${escapeHtml(item)}`;
}

/** Escaped text as pieces ≤ limit (a heading or link this long would need a 4 KB title: only its text survives). */
function fitted(html: string, limit: number): Piece[] {
  return splitLongText(html.length > limit ? html.replace(/<[^>]*>/g, "") : html, limit).map((part) => ({
    html: part,
    links: [],
  }));
}

function quoteLine(block: Extract<Block, { type: "quote" }>): string {
  return `💬 “${escapeHtml(block.text)}”${block.by ? ` — <i>${escapeHtml(block.by)}</i>` : ""}`;
}

/** Renders one block (never a quote run, see renderQuotes). */
function renderBlock(block: Block): Piece {
  switch (block.type) {
    case "heading": {
      const title = anchor(block.text, block.url);
      return { html: `📰 <b>${title.html}</b>`, links: title.links };
    }
    case "text":
      return { html: escapeHtml(block.text), links: [] };
    case "quote":
      return { html: quoteLine(block), links: [] };
    case "figure":
      return { html: `🔢 <b>${escapeHtml(block.value)}</b> — ${escapeHtml(block.label)}`, links: [] };
    case "list":
      return { html: block.items.map(listItem).join("\n"), links: [] };
    case "link": {
      const link = anchor(block.text, block.url);
      return { html: `🔗 ${link.html}`, links: link.links };
    }
    case "separator":
      return { html: "", links: [] };
  }
}

/** A run of consecutive quotes: plain lines when short, one expandable blockquote when long. */
function renderQuotes(quotes: readonly Extract<Block, { type: "quote" }>[], limit: number): Piece[] {
  const lines = quotes.map(quoteLine);
  const folded = `<blockquote expandable>${lines.join("\n")}</blockquote>`;
  const long = quotes.length >= FOLD_QUOTES_AT || lines.join("\n").length > FOLD_CHARS_AT;
  if (long && folded.length <= limit) return [{ html: folded, links: [] }];
  return lines.map((html) => ({ html, links: [] }));
}

/** Splits escaped text that cannot fit one message at a space (else anywhere but inside an entity), each part ≤ limit. */
function splitLongText(html: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = html;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    const amp = rest.lastIndexOf("&", cut - 1);
    if (amp !== -1 && amp > cut - 6 && rest.indexOf(";", amp) >= cut) cut = amp;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Groups blocks into stories: a heading starts one, a separator ends one. */
function stories(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    if (block.type === "separator" || (block.type === "heading" && current.length > 0)) {
      if (current.length > 0) groups.push(current);
      current = [];
    }
    if (block.type !== "separator") current.push(block);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The pieces of one story, each ≤ limit. */
function storyPieces(blocks: readonly Block[], limit: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type === "quote") {
      const run: Extract<Block, { type: "quote" }>[] = [];
      for (let next = blocks[i]; next?.type === "quote"; next = blocks[++i]) run.push(next);
      i--;
      pieces.push(...renderQuotes(run, limit));
      continue;
    }
    const piece = renderBlock(block);
    if (piece.html.length <= limit) pieces.push(piece);
    else if (block.type === "list") pieces.push(...block.items.flatMap((item) => fitted(listItem(item), limit)));
    else pieces.push(...fitted(piece.html, limit));
  }
  return pieces.filter((p) => p.html.length > 0);
}

/** Packs pieces joined by `glue` into as few chunks ≤ limit as possible, in order. */
function pack(pieces: readonly Piece[], glue: string, limit: number): Piece[] {
  const out: Piece[] = [];
  let current: Piece | undefined;
  for (const piece of pieces) {
    if (current && current.html.length + glue.length + piece.html.length <= limit) {
      current = { html: current.html + glue + piece.html, links: [...current.links, ...piece.links] };
    } else {
      if (current) out.push(current);
      current = piece;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Renders a message as Telegram HTML messages of at most `limit` characters, split only between stories or blocks. */
export function renderTelegram(message: OutgoingMessage, limit = TELEGRAM_MESSAGE_CHARS): TelegramText[] {
  const units = stories(message.blocks).flatMap((story) => {
    const pieces = storyPieces(story, limit);
    const whole = pack(pieces, "\n", Number.POSITIVE_INFINITY)[0];
    // A story that fits stays whole; a longer one is split between its blocks.
    return whole && whole.html.length <= limit ? [whole] : pack(pieces, "\n", limit);
  });
  return pack(units, "\n\n", limit).map(({ html, links }) => {
    const distinct = [...new Set(links)];
    return distinct.length === 1 ? { html, previewUrl: distinct[0] as string } : { html };
  });
}
