import { describe, expect, it } from "vitest";
import { escapeHtml, renderTelegram } from "../../../adapters/telegram/render.js";
import type { Block } from "../../../src/chat/message.js";

function story(n: number, lede = `Lede of story ${n}.`): Block[] {
  return [
    { type: "heading", text: `Story ${n}`, url: `https://news.example/${n}` },
    { type: "text", text: lede },
    { type: "link", text: "news.example · 1 h ago", url: `https://news.example/${n}` },
  ];
}

describe("renderTelegram", () => {
  it("renders a brief as Telegram HTML with its one link previewed", () => {
    const [message, ...rest] = renderTelegram({
      blocks: [
        { type: "heading", text: "Macron says IS behind attack", url: "https://news.example/a?x=1&y=2" },
        { type: "text", text: "France has intelligence." },
        { type: "quote", text: "It was an entity of Islamic State.", by: "Emmanuel Macron" },
        { type: "figure", value: "137", label: "people killed" },
        { type: "link", text: "news.example · 2 h ago", url: "https://news.example/a?x=1&y=2" },
      ],
    });
    expect(rest).toEqual([]);
    expect(message?.html).toMatchInlineSnapshot(`
      "📰 <b><a href="https://news.example/a?x=1&amp;y=2">Macron says IS behind attack</a></b>
      France has intelligence.
      💬 “It was an entity of Islamic State.” — <i>Emmanuel Macron</i>
      🔢 <b>137</b> — people killed
      🔗 <a href="https://news.example/a?x=1&amp;y=2">news.example · 2 h ago</a>"
    `);
    expect(message?.previewUrl).toBe("https://news.example/a?x=1&y=2");
  });

  it("escapes every piece of news text: nothing a title, quote or label can inject", () => {
    const hostile = `<script>alert(1)</script> &amp; </b><a href="x">`;
    const [message] = renderTelegram({
      blocks: [
        { type: "heading", text: hostile, url: `https://news.example/"><b>` },
        { type: "text", text: hostile },
        { type: "quote", text: hostile, by: "</i>Eve" },
        { type: "figure", value: "<1>", label: "a & b" },
        { type: "list", items: ["</b>"] },
        { type: "link", text: "</a>", url: "javascript:alert(1)" },
      ],
    });
    const html = message?.html ?? "";
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("</b><a");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &lt;/b&gt;&lt;a href=&quot;x&quot;&gt;");
    expect(html).toContain("&lt;/i&gt;Eve");
    // Only the renderer's own tags remain, balanced.
    const tags = [...html.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(["b", "a", "i"]));
    for (const tag of ["b", "a", "i"]) {
      expect(html.split(`<${tag}`).length).toBe(html.split(`</${tag}>`).length);
    }
  });

  it("escapes &, <, >, and quotes for attributes", () => {
    expect(escapeHtml(`a&b<c>d"e`)).toBe("a&amp;b&lt;c&gt;d&quot;e");
  });

  it("turns previews off when a message has several links, or none", () => {
    const [two] = renderTelegram({ blocks: [...story(1), ...story(2)] });
    expect(two?.previewUrl).toBeUndefined();
    const [none] = renderTelegram({ blocks: [{ type: "text", text: "No stories yet." }] });
    expect(none).toEqual({ html: "No stories yet." });
  });

  it("packs stories into messages of at most 4096 characters, splitting only between stories", () => {
    const lede = "x".repeat(900);
    const blocks = Array.from({ length: 12 }, (_, i) => story(i, `${lede} ${i}`)).flat();
    const messages = renderTelegram({ blocks });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.html.length).toBeLessThanOrEqual(4096);
    // Every story is whole in exactly one message, in order.
    const order = messages.flatMap((m) => [...m.html.matchAll(/>Story (\d+)</g)].map((x) => Number(x[1])));
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => i));
    for (const m of messages) expect(m.html.split("📰").length - 1).toBe(m.html.split("🔗").length - 1);
    // Packed tight: a message plus the next story would not fit.
    for (let i = 0; i + 1 < messages.length; i++) {
      const nextStory = (messages[i + 1]?.html ?? "").split("\n\n")[0] ?? "";
      expect((messages[i]?.html.length ?? 0) + 2 + nextStory.length).toBeGreaterThan(4096);
    }
  });

  it("counts escaped characters against the limit", () => {
    const blocks = Array.from({ length: 4 }, (_, i) => story(i, "&".repeat(700))).flat();
    const messages = renderTelegram({ blocks });
    for (const m of messages) expect(m.html.length).toBeLessThanOrEqual(4096);
    expect(messages.length).toBe(4);
  });

  it("splits a story longer than a message between its blocks, and an over-long text at spaces", () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}&`).join(" ");
    const messages = renderTelegram({
      blocks: [
        { type: "heading", text: "Long" },
        { type: "text", text: words },
      ],
    });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(4096);
      expect(m.html).not.toMatch(/&[a-z]*$/);
    }
    expect(messages[0]?.html.startsWith("📰 <b>Long</b>")).toBe(true);
    const parts = messages.map((m) => m.html.replace("📰 <b>Long</b>", "").trim());
    const text = parts.filter(Boolean).join(" ");
    expect(text.replaceAll("&amp;", "&")).toBe(words);
  });

  it("folds a long run of quotes into an expandable blockquote", () => {
    const quotes: Block[] = ["One.", "Two.", "Three."].map((text) => ({ type: "quote", text, by: "A" }));
    const [message] = renderTelegram({ blocks: [{ type: "heading", text: "Q" }, ...quotes] });
    expect(message?.html).toMatchInlineSnapshot(`
      "📰 <b>Q</b>
      <blockquote expandable>💬 “One.” — <i>A</i>
      💬 “Two.” — <i>A</i>
      💬 “Three.” — <i>A</i></blockquote>"
    `);
    const [short] = renderTelegram({ blocks: [{ type: "quote", text: "Only." }] });
    expect(short?.html).toBe("💬 “Only.”");
  });

  it("ends a story at a separator and renders nothing for an empty message", () => {
    const messages = renderTelegram({
      blocks: [{ type: "text", text: "Digest" }, { type: "separator" }, { type: "list", items: ["a", "b"] }],
    });
    expect(messages.map((m) => m.html)).toEqual(["Digest\n\n• a\n• b"]);
    expect(renderTelegram({ blocks: [] })).toEqual([]);
  });
});
