/** OutgoingMessage → Discord messages: one embed per story, packed within Discord's embed limits. */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Block, OutgoingMessage } from "../../src/index.js";
import { clip, escapeText, neutraliseMentions } from "./escape-text.js";

/** Discord's limits on a message and its embeds (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  charsPerMessage: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
} as const;

/** A message body before the adapter adds allowedMentions and flags. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

const EMBED_COLOR = 0x2f6fb3;

interface Segment {
  heading?: Extract<Block, { type: "heading" }>;
  blocks: Block[];
}

/** Renders a message: each heading starts a story (one embed); Discord messages split only between stories. */
export function renderMessage(message: OutgoingMessage): DiscordMessage[] {
  const segments = splitSegments(message.blocks);
  const first = segments[0];
  let content: string | undefined;
  if (first && !first.heading) {
    const text = first.blocks.map(blockLine).join("\n").trim();
    if (text.length <= DISCORD_LIMITS.content) {
      content = text;
      segments.shift();
    }
  }
  const embeds = segments.map(renderEmbed).filter((embed) => embedLength(embed) > 0);
  return packEmbeds(embeds, content);
}

/** Packs embeds into messages of ≤ 10 embeds and ≤ 6000 characters, in order; `content` goes on the first. */
export function packEmbeds(embeds: readonly APIEmbed[], content?: string): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordMessage = { ...(content ? { content } : {}), embeds: [] };
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (current.embeds.length >= DISCORD_LIMITS.embedsPerMessage || size + length > DISCORD_LIMITS.charsPerMessage) {
      if (current.embeds.length > 0 || current.content) messages.push(current);
      current = { embeds: [] };
      size = 0;
    }
    current.embeds.push(embed);
    size += length;
  }
  if (current.embeds.length > 0 || current.content) messages.push(current);
  return messages;
}

/** The characters Discord counts against the 6000 limit: title, description, field names and values, footer, author. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

function splitSegments(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const block of blocks) {
    if (block.type === "separator") {
      current = undefined;
      continue;
    }
    if (block.type === "heading" || !current) {
      current = block.type === "heading" ? { heading: block, blocks: [] } : { blocks: [block] };
      segments.push(current);
      continue;
    }
    current.blocks.push(block);
  }
  return segments;
}

/** One story (or a heading-less part) as one embed, every part within its own limit and the whole within 6000. */
function renderEmbed(segment: Segment): APIEmbed {
  const embed: APIEmbed = { color: EMBED_COLOR };
  const url = segment.heading?.url;
  if (segment.heading) embed.title = clip(escapeText(segment.heading.text.replace(/\s+/g, " ").trim()), DISCORD_LIMITS.title);
  if (url && isWebUrl(url)) embed.url = url;

  const fields: APIEmbedField[] = [];
  const parts: DescriptionPart[] = [];
  let footer: string | undefined;
  for (const block of segment.blocks) {
    if (block.type === "figure" && fields.length < DISCORD_LIMITS.fields) {
      fields.push({
        name: clip(escapeText(clip(block.value, DISCORD_LIMITS.fieldName)), DISCORD_LIMITS.fieldName),
        value: clip(escapeText(clip(block.label || "—", DISCORD_LIMITS.fieldValue)), DISCORD_LIMITS.fieldValue),
        inline: true,
      });
    } else if (block.type === "link" && segment.heading && footer === undefined && (!url || block.url === url)) {
      // The footer is plain text (no markdown), so only mentions need neutralising.
      footer = clip(neutraliseMentions(block.text), DISCORD_LIMITS.footer);
    } else if (block.type === "text") {
      parts.push({ text: escapeText(clip(block.text, DISCORD_LIMITS.charsPerMessage)), prose: true });
    } else {
      parts.push({ text: clip(blockLine(block), DISCORD_LIMITS.fieldValue), prose: false });
    }
  }
  if (footer) embed.footer = { text: footer };
  // Fields give way to the description: keep room for up to 1024 characters of prose and quotes.
  const wanted = Math.min(DISCORD_LIMITS.fieldValue, joinParts(parts).length);
  let room = DISCORD_LIMITS.charsPerMessage - embedLength(embed) - wanted;
  const kept = fields.filter((field) => {
    const size = field.name.length + field.value.length;
    if (size > room) return false;
    room -= size;
    return true;
  });
  if (kept.length > 0) embed.fields = kept;

  const budget = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.charsPerMessage - embedLength(embed));
  const description = fitDescription(parts, budget);
  if (description) embed.description = description;
  return embed;
}

interface DescriptionPart {
  text: string;
  /** Article text, which gives way first when the description is too long (quotes and lists are kept whole). */
  prose: boolean;
}

/** Parts in block order: paragraphs apart, consecutive quote or list lines together. */
function joinParts(parts: readonly DescriptionPart[]): string {
  return parts.map((part, i) => (i === 0 ? "" : part.prose || parts[i - 1]?.prose ? "\n\n" : "\n") + part.text).join("");
}

/** The description within `budget`: when too long, the prose shrinks (each paragraph in proportion) before anything else. */
function fitDescription(parts: readonly DescriptionPart[], budget: number): string {
  const whole = joinParts(parts);
  if (whole.length <= budget) return whole;
  const proseLength = parts.reduce((sum, part) => sum + (part.prose ? part.text.length : 0), 0);
  const room = Math.max(budget - (whole.length - proseLength), Math.floor(budget / 2));
  const fitted = parts.map((part) =>
    part.prose ? { ...part, text: clip(part.text, Math.max(1, Math.floor((room * part.text.length) / proseLength))) } : part,
  );
  return clip(joinParts(fitted), budget);
}

/** A block as one escaped markdown line (for descriptions and plain content). */
function blockLine(block: Block): string {
  switch (block.type) {
    case "heading":
      return `**${escapeText(block.text)}**`;
    case "text":
      return escapeText(block.text);
    case "quote": {
      const speaker = block.by ? ` — **${escapeText(block.by)}**` : "";
      return `> “${escapeText(block.text.replace(/\s+/g, " ").trim())}”${speaker}`;
    }
    case "figure":
      return `**${escapeText(block.value)}** — ${escapeText(block.label)}`;
    case "list":
      return block.items.map((item) => `• ${escapeText(item)}`).join("\n");
    case "link":
      return isWebUrl(block.url)
        ? `[${escapeText(block.text)}](<${new URL(block.url).href.replace(/\)/g, "%29")}>)`
        : escapeText(block.text);
    case "separator":
      return "";
  }
}

function isWebUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
