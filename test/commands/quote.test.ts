import { afterEach, describe, expect, it } from "vitest";
import { storyArticles } from "../chat/stories.js";
import { startConsoleBot } from "./console-bot.js";

describe("/quote", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("finds a person's quotes with their story, then a topic's, then explains", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/quote Okafor", "/quote tech", "/quote Nobody Atall"])).toMatchInlineSnapshot(`
      "💬 “We have never seen the water climb this fast” — Amara Okafor
      🔗 Floods force 12,000 from homes in Valdoria · news.example.org · 2 h ago <https://news.example.org/world/valdoria-floods>

      💬 “No village should learn of a storm from the storm itself” — Amara Okafor
      🔗 Coastal nations agree to share storm warnings · news.example.org · 15 h ago <https://news.example.org/world/coastal-summit>

      💬 “This plant doubles what we can make” — Tomas Reyes
      🔗 Lumen Semiconductors opens $2bn chip plant · tech.example.com · 4 h ago <https://tech.example.com/lumen-chip-plant>

      No quotes by or about “Nobody Atall” yet. Try /quote with another name, e.g. /quote Macron

      "
    `);
  });
});
