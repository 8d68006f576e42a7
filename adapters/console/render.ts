import type { Block, OutgoingMessage } from "../../src/index.js";

/** Renders a message as plain terminal text, one block per line. */
export function renderText(message: OutgoingMessage): string {
  return message.blocks.map(renderBlock).join("\n");
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      return `📰 ${block.text}`;
    case "text":
      return block.text;
    case "quote":
      return `💬 “${block.text}”${block.by ? ` — ${block.by}` : ""}`;
    case "figure":
      return `🔢 ${block.value} — ${block.label}`;
    case "list":
      return block.items.map((item) => `• ${item}`).join("\n");
    case "link":
      return `🔗 ${block.text}${block.text.includes(block.url) ? "" : ` <${block.url}>`}`;
    case "separator":
      return "";
  }
}
