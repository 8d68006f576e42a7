import { junkKind } from "./junk-patterns.js";

/** The few DOM members the text walker needs (linkedom and browsers both provide them). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements that start a new paragraph of text.
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME", "OBJECT"]);

// Class or id fragments of elements that hold captions, credits and hidden pop-ups: matched anywhere ("imageEmbedCaption").
const CAPTION_CLASS = /caption|credit/i;
const HIDDEN_CLASS = /tooltip|popover|rollover|hovercard|popup|modal|sr-only|visually-hidden|screen-reader|offscreen/i;
// Whole class or id words of clutter inside an article body ("share-bar", "related_links", "newsletter").
const CLUTTER_CLASS =
  /(?:^|[\s_-])(?:byline|dateline|timestamp|share|sharing|social|related|newsletter|promo|advert|ad-container|author-?bio|tags|breadcrumbs?|rail|swiper|carousel|recirc|recirculation|outbrain|taboola|trending|most-popular|more-stories|subscribe|signup|sign-up|comments|comment-list|disqus)(?:$|[\s_-])/i;

interface Block {
  text: string;
  words: number;
  /** Share of the text inside links. */
  linkDensity: number;
  inList: boolean;
  /** Part of the block sat in a caption or credit element: the rest is the caption's text. */
  captioned: boolean;
}

/** The part of a DOM document the pre-clean needs. */
export interface DomDocument {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
/** An element that can be removed. */
export interface DomElement extends DomNode {
  parentNode: DomElement | null;
  remove(): void;
}

// Captions and pop-ups are short: a longer element with such a class is a container that merely shares the word.
const MAX_REMOVED_CHARS = 600;

/**
 * Removes captions, credits and hidden pop-ups from a page before Readability reads it (Readability rewrites
 * some elements and loses their classes, so this cannot wait until after). A caption inline in a paragraph
 * takes the paragraph with it.
 */
export function removeCaptions(document: DomDocument): void {
  const elements = Array.from(document.querySelectorAll("figcaption, [class], [id], [hidden], [aria-hidden], [style]"));
  for (const element of elements) {
    const name = element.nodeName.toUpperCase();
    if (name === "BODY" || name === "HTML" || name === "MAIN" || name === "ARTICLE") continue;
    const marker = `${element.getAttribute?.("class") ?? ""} ${element.getAttribute?.("id") ?? ""}`;
    const caption = name === "FIGCAPTION" || CAPTION_CLASS.test(marker);
    if (!caption && !HIDDEN_CLASS.test(marker) && !isHidden(element)) continue;
    if ((element.textContent ?? "").length > MAX_REMOVED_CHARS) continue;
    const parent = element.parentNode;
    const parentName = parent?.nodeName.toUpperCase();
    if (caption && parent && parentName === "P" && (parent.textContent ?? "").length <= MAX_REMOVED_CHARS) parent.remove();
    else element.remove();
  }
}

/** The article element's text: one paragraph per block, separated by blank lines, without the clutter newsbrief drops. */
export function articleText(root: DomNode, title?: string): string {
  return dropClutter(collectBlocks(root), title ? comparable(title) : "")
    .map((block) => block.text)
    .join("\n\n");
}

function collectBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  const rootLength = (root.textContent ?? "").length;
  let text = "";
  let linkText = "";
  let listDepth = 0;
  let inListAtStart = false;
  let captioned = false;
  let started = false;
  const flush = () => {
    const line = text.replace(/\s+/g, " ").trim();
    if (line) {
      const words = line.split(" ").length;
      const linkLength = linkText.replace(/\s+/g, "").length;
      blocks.push({
        text: line,
        words,
        linkDensity: linkLength / Math.max(1, line.replace(/\s+/g, "").length),
        inList: inListAtStart,
        captioned,
      });
    }
    text = "";
    linkText = "";
    started = false;
    captioned = false;
    inListAtStart = listDepth > 0;
  };
  const walk = (node: DomNode, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? "";
      if (!started && value.trim()) {
        started = true;
        inListAtStart = listDepth > 0;
      }
      text += value;
      if (inLink) linkText += value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || name === "FIGCAPTION") return;
    if (isHidden(node)) return;
    const marker = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("id") ?? ""}`;
    if (marker.trim()) {
      if (CAPTION_CLASS.test(marker)) {
        captioned = true;
        return;
      }
      // A container that shares a clutter word ("entry-content-share") holds most of the text: keep walking it.
      if (HIDDEN_CLASS.test(marker) || (CLUTTER_CLASS.test(marker) && (node.textContent ?? "").length < rootLength * 0.3)) return;
    }
    if (name === "BR") {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === "LI") listDepth++;
    // linkedom builds childNodes afresh on every access: read it once.
    const children = Array.from(node.childNodes);
    for (const child of children) {
      walk(child, inLink || name === "A");
    }
    if (block) flush();
    if (name === "LI") listDepth--;
  };
  walk(root, false);
  flush();
  return blocks;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function isLinkLine(block: Block | undefined): boolean {
  return block !== undefined && block.linkDensity >= 0.8 && block.words <= 15;
}

function isShout(block: Block): boolean {
  return /\p{Lu}{3}/u.test(block.text) && block.text === block.text.toUpperCase();
}

// A few words without sentence punctuation: a heading or a kicker ("RANDY ANDY").
function isLabel(block: Block): boolean {
  return block.words <= 5 && !/[.!?:;,"”]$/.test(block.text);
}

function isHidden(node: DomNode): boolean {
  if (node.getAttribute?.("hidden") !== null && node.getAttribute?.("hidden") !== undefined) return true;
  if (node.getAttribute?.("aria-hidden") === "true") return true;
  const style = node.getAttribute?.("style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function dropClutter(blocks: Block[], title: string): Block[] {
  const kept: Block[] = [];
  const totalWords = blocks.reduce((sum, block) => sum + block.words, 0);
  let seenWords = 0;
  let skippingLinks = false;
  for (const [index, block] of blocks.entries()) {
    seenWords += block.words;
    const kind = junkKind(block.text);
    // The headline repeated above the text.
    if (title && index < 5 && comparable(block.text) === title) continue;
    if (kind === "tail" && seenWords > totalWords * 0.5) break;
    if (kind === "lead-in") {
      skippingLinks = true;
      continue;
    }
    const linkish = block.linkDensity >= 0.5 || (block.inList && block.words <= 12);
    if (skippingLinks && linkish) continue;
    skippingLinks = false;
    if (kind) continue;
    if (block.captioned && block.words <= 60) continue;
    // Short lines that are all link, in a run, are navigation or "related stories", not article text; so is a
    // kicker above one. A lone one is kept (a product named in a buying guide) unless it shouts or is one word.
    if (
      isLinkLine(block) &&
      (isLinkLine(blocks[index - 1]) || isLinkLine(blocks[index + 1]) || isShout(block) || block.words <= 2)
    ) {
      const previous = kept.at(-1);
      if (previous && previous === blocks[index - 1] && isLabel(previous)) kept.pop();
      continue;
    }
    kept.push(block);
  }
  return kept;
}
