import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, embedLength, renderMessage } from "../../../adapters/discord/render.js";
import type { Block, OutgoingMessage } from "../../../src/index.js";

const NOW = new Date("2026-03-25T12:00:00Z");

function story(n: number, lede = `Lede of story ${n}, which says what happened.`): Block[] {
  return [
    { type: "heading", text: `Story ${n}: council approves budget`, url: `https://news.example/story-${n}` },
    { type: "text", text: lede },
    { type: "quote", text: `We did it for the town number ${n}.`, by: "Ada Lovelace" },
    { type: "figure", value: `${n * 10} million`, label: "euros in the budget" },
    { type: "link", text: `news.example · ${n} h ago`, url: `https://news.example/story-${n}` },
  ];
}

function expectWithinLimits(messages: ReturnType<typeof renderMessage>): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
      DISCORD_LIMITS.charsPerMessage,
    );
    expect(message.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
    }
  }
}

describe("renderMessage", () => {
  it("renders a brief as one embed: linked headline, lede, quotes with speakers, figures as fields, source in the footer", () => {
    expect(renderMessage({ blocks: story(1) })).toMatchInlineSnapshot(`
      [
        {
          "embeds": [
            {
              "color": 3108787,
              "description": "Lede of story 1, which says what happened.

      > “We did it for the town number 1.” — **Ada Lovelace**",
              "fields": [
                {
                  "inline": true,
                  "name": "10 million",
                  "value": "euros in the budget",
                },
              ],
              "footer": {
                "text": "news.example · 1 h ago",
              },
              "title": "Story 1: council approves budget",
              "url": "https://news.example/story-1",
            },
          ],
        },
      ]
    `);
  });

  it("keeps a story with a 5,000-character lede within the description and message limits, quotes kept", () => {
    const lede = "The council met again. ".repeat(218).trim();
    expect(lede.length).toBeGreaterThan(5000);
    const [message, ...others] = renderMessage({ blocks: story(7, lede) });
    expect(others).toEqual([]);
    const embed = message?.embeds[0];
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect(embed?.description).toContain("…");
    expect(embed?.description).toContain("— **Ada Lovelace**");
    expectWithinLimits(renderMessage({ blocks: story(7, lede) }));
  });

  it("packs a digest of 40 stories into messages of ≤ 10 embeds and ≤ 6000 characters, split only between stories", () => {
    const blocks: Block[] = [{ type: "text", text: "Morning digest · 40 stories" }];
    for (let n = 1; n <= 40; n++) blocks.push(...story(n, `${"Long lede sentence about the budget. ".repeat(12)}#${n}`));
    const messages = renderMessage({ blocks });
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThanOrEqual(4);
    expect(messages[0]?.content).toBe("Morning digest · 40 stories");
    const titles = messages.flatMap((message) => message.embeds.map((embed) => embed.title));
    expect(titles).toEqual(Array.from({ length: 40 }, (_, i) => `Story ${i + 1}: council approves budget`));
    // Every story is whole: its quote, figure and footer sit in its own embed.
    for (const embed of messages.flatMap((message) => message.embeds)) {
      expect(embed.fields).toHaveLength(1);
      expect(embed.footer?.text).toMatch(/^news\.example/);
      expect(embed.description).toContain("Ada Lovelace");
    }
  });

  it("splits when embeds are large even if fewer than 10", () => {
    const lede = "x".repeat(2500);
    const messages = renderMessage({ blocks: [...story(1, lede), ...story(2, lede), ...story(3, lede)] });
    expectWithinLimits(messages);
    expect(messages.map((message) => message.embeds.length)).toEqual([2, 1]);
  });

  it("escapes markdown and neutralises @everyone in a title, text, quote, figure and footer", () => {
    const message: OutgoingMessage = {
      blocks: [
        {
          type: "heading",
          text: "**Breaking** @everyone _now_ [click](https://evil.example) # big",
          url: "https://news.example/a",
        },
        { type: "text", text: "> quoted\n# Heading\n- item @here <@123456789012345678>" },
        { type: "quote", text: "`rm -rf` ||spoiler||", by: "@everyone" },
        { type: "figure", value: "~~5~~", label: "@here people" },
        { type: "link", text: "@everyone news.example", url: "https://news.example/a" },
      ],
    };
    const embed = renderMessage(message)[0]?.embeds[0];
    expect(embed?.title).toBe("\\*\\*Breaking\\*\\* @\u200beveryone \\_now\\_ \\[click](https://evil.example) # big");
    expect(embed?.description).toBe(
      "\\> quoted\n\\# Heading\n\\- item @\u200bhere <\u200b@123456789012345678>\n\n> “\\`rm -rf\\` \\|\\|spoiler\\|\\|” — **@\u200beveryone**",
    );
    expect(embed?.fields?.[0]).toEqual({ name: "\\~\\~5\\~\\~", value: "@\u200bhere people", inline: true });
    expect(embed?.footer?.text).toBe("@\u200beveryone news.example");
    expect(JSON.stringify(renderMessage(message))).not.toMatch(/@(everyone|here)/);
  });

  it("sends a short heading-less message as plain content, and a long one as an embed", () => {
    expect(renderMessage({ blocks: [{ type: "text", text: "No stories yet." }] })).toEqual([
      { content: "No stories yet.", embeds: [] },
    ]);
    const long = renderMessage({
      blocks: [{ type: "list", items: Array.from({ length: 200 }, (_, i) => `feed ${i} https://x.example/${i}`) }],
    });
    expect(long[0]?.content).toBeUndefined();
    expect(long[0]?.embeds[0]?.description).toMatch(/^• feed 0/);
    expectWithinLimits(long);
  });

  it("keeps the blocks' order in the description: a list, then the text after it", () => {
    const embed = renderMessage({
      blocks: [
        { type: "heading", text: "newsbrief commands" },
        { type: "list", items: ["/latest [count] — newest stories", "/help — this list"] },
        { type: "text", text: "Commands marked (admins) need a chat admin." },
      ],
    })[0]?.embeds[0];
    expect(embed?.description).toBe(
      "• /latest [count] — newest stories\n• /help — this list\n\nCommands marked (admins) need a chat admin.",
    );
  });

  it("keeps at most 25 figure fields, each within its limit, and drops a non-web URL from the title", () => {
    const blocks: Block[] = [{ type: "heading", text: "Figures", url: "javascript:alert(1)" }];
    for (let n = 0; n < 30; n++) blocks.push({ type: "figure", value: `${n}`.repeat(300), label: "y".repeat(2000) });
    const embed = renderMessage({ blocks })[0]?.embeds[0];
    expect(embed?.url).toBeUndefined();
    expect(embed?.fields?.length).toBeGreaterThan(1);
    expect(embed?.fields?.length).toBeLessThanOrEqual(25);
    const many: Block[] = [{ type: "heading", text: "Small figures" }];
    for (let n = 0; n < 30; n++) many.push({ type: "figure", value: `${n}`, label: "people" });
    expect(renderMessage({ blocks: many })[0]?.embeds[0]?.fields).toHaveLength(25);
    expectWithinLimits(renderMessage({ blocks }));
  });

  it("renders the age relative to a passed-in time via the core's brief blocks", async () => {
    const { briefBlocks } = await import("../../../src/index.js");
    const blocks = briefBlocks(
      { headline: "H", lede: "L.", points: [], quotes: [], figures: [], topics: [] },
      { url: "https://news.example/h", publishedAt: "2026-03-25T10:00:00Z", now: NOW },
    );
    expect(renderMessage({ blocks })[0]?.embeds[0]?.footer).toEqual({ text: "news.example · 2 h ago" });
  });
});
