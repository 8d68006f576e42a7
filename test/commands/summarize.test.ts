import { afterEach, describe, expect, it } from "vitest";
import { story } from "../chat/stories.js";
import { startConsoleBot } from "./console-bot.js";

describe("/summarize", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("briefs a page, refuses a non-URL with an example, and explains a page that cannot be read", async () => {
    const chips = story("s-chips");
    bot = await startConsoleBot({
      pages: { [chips.url]: { url: chips.url, title: chips.title, publishedAt: chips.publishedAt, summary: chips.summary } },
    });
    expect(
      await bot.run([
        `/summarize ${chips.url}`,
        "/summarize not a url",
        "/summarize ftp://example.com/x",
        "/summarize https://gone.example.com/x",
        "/summarize",
      ]),
    ).toMatchInlineSnapshot(`
      "📰 Lumen Semiconductors opens $2bn chip plant
      Lumen Semiconductors opened a $2bn chip plant in Port Ardent on Thursday.
      💬 “This plant doubles what we can make” — Tomas Reyes
      🔢 $2bn — cost of the chip plant
      🔢 1,500 people — people the plant will employ
      🔗 tech.example.com · 4 h ago <https://tech.example.com/lumen-chip-plant>

      “not a url” is not a web address. Example: /summarize https://www.example.com/news/story

      “ftp://example.com/x” is not a web address. Example: /summarize https://www.example.com/news/story

      I could not read https://gone.example.com/x: the server answered 404

      url is missing. Usage: /summarize <url> — e.g. /summarize https://www.example.com/news/story

      "
    `);
  });
});
