import { afterEach, describe, expect, it } from "vitest";
import { storyArticles } from "../chat/stories.js";
import { startConsoleBot } from "./console-bot.js";

describe("/latest", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("prints the newest briefs with quotes, figures and sources", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/latest 2"])).toMatchInlineSnapshot(`
      "📰 Floods force 12,000 from homes in Valdoria
      Rising rivers forced 12,000 people from their homes in northern Valdoria on Friday.
      💬 “We have never seen the water climb this fast” — Amara Okafor
      🔢 12,000 — people forced from their homes
      🔢 40 villages — villages reached by rescue teams
      🔗 news.example.org · reported by 3 sources · 2 h ago <https://news.example.org/world/valdoria-floods>

      📰 Lumen Semiconductors opens $2bn chip plant
      Lumen Semiconductors opened a $2bn chip plant in Port Ardent on Thursday.
      💬 “This plant doubles what we can make” — Tomas Reyes
      🔢 $2bn — cost of the chip plant
      🔢 1,500 people — people the plant will employ
      🔗 tech.example.com · 4 h ago <https://tech.example.com/lumen-chip-plant>

      "
    `);
  });

  it("filters by topic, and says so when nothing matches", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/latest tech", "/latest 3 climate change"])).toMatchInlineSnapshot(`
      "📰 Lumen Semiconductors opens $2bn chip plant
      Lumen Semiconductors opened a $2bn chip plant in Port Ardent on Thursday.
      💬 “This plant doubles what we can make” — Tomas Reyes
      🔢 $2bn — cost of the chip plant
      🔢 1,500 people — people the plant will employ
      🔗 tech.example.com · 4 h ago <https://tech.example.com/lumen-chip-plant>

      Nothing about “climate change” yet. Try /latest to see every story.

      "
    `);
  });

  it("explains a count out of range and an empty store", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/latest 500", "/latest 0", "/latest"])).toMatchInlineSnapshot(`
      "count must be between 1 and 10, not 500. Usage: /latest [count] [topic] — e.g. /latest 3 climate change

      count must be between 1 and 10, not 0. Usage: /latest [count] [topic] — e.g. /latest 3 climate change

      No stories yet: feeds are still being read. Try again in a minute.

      "
    `);
  });
});
