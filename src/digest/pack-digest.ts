/** Digest packing: stories into as few messages as the platform's limits allow, split only between stories. */
import { articleBlocks } from "../chat/format-brief.js";
import type { Block, OutgoingMessage } from "../chat/message.js";
import type { PlatformLimits } from "../chat/platform.js";
import { english, type Translate } from "../i18n/translate.js";
import type { DigestStory } from "./merge-stories.js";

/** One message of a digest and the stored stories it carries. */
export interface DigestPart {
  message: OutgoingMessage;
  storyIds: string[];
}

// Room left for each platform's markup and escaping (HTML tags, markdown, entities) on top of the plain text.
const MARKUP_SHARE = 0.9;
const BLOCK_OVERHEAD = { heading: 24, text: 1, quote: 8, figure: 6, list: 3, link: 24, separator: 2 } as const;

/** Characters a block takes once rendered, estimated generously. */
export function blockLength(block: Block): number {
  switch (block.type) {
    case "heading":
      return block.text.length + (block.url?.length ?? 0) + BLOCK_OVERHEAD.heading;
    case "text":
      return block.text.length + BLOCK_OVERHEAD.text;
    case "quote":
      return block.text.length + (block.by?.length ?? 0) + BLOCK_OVERHEAD.quote;
    case "figure":
      return block.value.length + block.label.length + BLOCK_OVERHEAD.figure;
    case "list":
      return block.items.reduce((sum, item) => sum + item.length + BLOCK_OVERHEAD.list, 0);
    case "link":
      return block.text.length + block.url.length + BLOCK_OVERHEAD.link;
    case "separator":
      return BLOCK_OVERHEAD.separator;
  }
}

/** Characters a message takes once rendered, estimated generously. */
export function messageLength(message: OutgoingMessage): number {
  return message.blocks.reduce((sum, block) => sum + blockLength(block), 0);
}

/** The blocks of one digest story (its brief, with the merged source count). */
export function storyBlocks(story: DigestStory, now: Date, t: Translate = english): Block[] {
  return articleBlocks({ ...story.article, sources: story.sources }, now, t);
}

/** Options of {@link packDigest}. */
export interface PackOptions {
  limits: PlatformLimits;
  /** "Digest · world, tech": the first line of each message; "(2/3)" is appended when there are several. */
  title: string;
  now: Date;
  /** The chat's language for the briefs' source lines (default English). */
  t?: Translate;
}

/** Packs ranked stories; a story too long for a message on its own is trimmed (figures, quotes, then its text). */
export function packDigest(stories: readonly DigestStory[], options: PackOptions): DigestPart[] {
  const budget = Number.isFinite(options.limits.messageChars)
    ? Math.floor(options.limits.messageChars * MARKUP_SHARE)
    : Number.POSITIVE_INFINITY;
  const perMessage = options.limits.embedsPerMessage ?? Number.POSITIVE_INFINITY;
  const titleRoom = options.title.length + 12 + BLOCK_OVERHEAD.text;
  const groups: { blocks: Block[]; ids: string[]; length: number; count: number }[] = [];
  for (const story of stories) {
    const blocks = fitBlocks(storyBlocks(story, options.now, options.t), budget - titleRoom - BLOCK_OVERHEAD.separator);
    const length = blocks.reduce((sum, block) => sum + blockLength(block), 0) + BLOCK_OVERHEAD.separator;
    const last = groups.at(-1);
    if (last && last.length + length <= budget - titleRoom && last.count < perMessage) {
      last.blocks.push({ type: "separator" }, ...blocks);
      last.ids.push(...story.ids);
      last.length += length;
      last.count += 1;
    } else {
      groups.push({ blocks, ids: [...story.ids], length, count: 1 });
    }
  }
  return groups.map((group, index) => {
    const part = groups.length > 1 ? ` (${index + 1}/${groups.length})` : "";
    return {
      message: { blocks: [{ type: "text", text: `${options.title}${part}` }, { type: "separator" }, ...group.blocks] },
      storyIds: group.ids,
    };
  });
}

/** Trims a story's blocks to a budget: drops figures, then quotes, then shortens its texts. */
function fitBlocks(blocks: Block[], budget: number): Block[] {
  const total = (list: Block[]) => list.reduce((sum, block) => sum + blockLength(block), 0);
  if (total(blocks) <= budget) return blocks;
  let fitted = blocks.filter((block) => block.type !== "figure");
  if (total(fitted) > budget) fitted = fitted.filter((block) => block.type !== "quote");
  if (total(fitted) > budget) {
    fitted = fitted.map((block) => {
      if (block.type !== "text" && block.type !== "heading") return block;
      const room = Math.max(20, Math.floor(budget / 3));
      return block.text.length > room ? { ...block, text: `${block.text.slice(0, room - 1).trimEnd()}…` } : block;
    });
  }
  return fitted;
}
