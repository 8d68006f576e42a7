/** Makes news text inert in Discord: no markdown, no masked links, no mentions. */
import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

/** Neutralises @everyone, @here and <@…>/<#…> mention syntax (allowedMentions stops pings; this stops the look). */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Escapes text taken from articles for Discord markdown (bold, links, headings, lists, quotes, code) and mentions. */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // escapeMarkdown leaves block quotes alone: "> x" at a line start would indent the line.
  return neutraliseMentions(escaped.replace(/^(\s*)>/gm, "$1\\>"));
}

/** Cuts text to at most `max` UTF-16 units, at a word break when one is near, ending with "…". */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "…".slice(0, max);
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.8) cut = cut.slice(0, space);
  // Never leave half a surrogate pair or a dangling escape backslash.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
