import { afterEach, describe, expect, it } from "vitest";
import { storyArticles } from "../chat/stories.js";
import { startConsoleBot } from "./console-bot.js";

describe("/filter", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("adds, lists and clears filters, and explains bad entries", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/filter", "/subscribe world", "/filter list", "/filter include"])).toMatchInlineSnapshot(`
      "Filters belong to a subscription, and this chat has none yet. Start one with /subscribe world

      ✅ Subscribed to world.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • First digest: Mon 2 Mar, 08:00 (UTC) — 2 stories if it went now (see /digest)

      No filters: every story about this chat's topics goes through.

      Which words? e.g. /filter include ukraine, "climate change", /storms?/

      "
    `);
    expect(
      await bot.run([
        '/filter include valdoria, "storm warnings"',
        "/filter exclude /(?=x)/",
        "/filter exclude /flood(s|ed)?/",
        "/filter clear",
      ]),
    ).toMatchInlineSnapshot(`
      "✅ Filters updated.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • Only stories with: valdoria, storm warnings
      • At most 20 per list; words and phrases ignore case and accents; /regex/ uses RE2 syntax.

      “/(?=x)/” is not a regular expression I can run (RE2 syntax; no look-arounds or back-references): error parsing regexp: invalid or unsupported Perl syntax: \`(?=\`

      ✅ Filters updated.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • Only stories with: valdoria, storm warnings
      • Never stories with: /flood(s|ed)?/
      • At most 20 per list; words and phrases ignore case and accents; /regex/ uses RE2 syntax.

      Filters cleared: every story about this chat's topics goes through.

      "
    `);
  });

  it("is for admins only when it changes something", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    await bot.run(["/subscribe world"]);
    expect(await bot.run(["/filter exclude valdoria", "/filter"], { admin: false })).toMatchInlineSnapshot(`
      "Only admins of this chat can change filters.

      No filters: every story about this chat's topics goes through.

      "
    `);
  });

  it("applies to /latest and to the digest preview", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    await bot.run(["/subscribe world", "/filter exclude valdoria"]);
    expect(await bot.run(["/latest 2", "/digest"])).toMatchInlineSnapshot(`
      "📰 Lumen Semiconductors opens $2bn chip plant
      Lumen Semiconductors opened a $2bn chip plant in Port Ardent on Thursday.
      💬 “This plant doubles what we can make” — Tomas Reyes
      🔢 $2bn — cost of the chip plant
      🔢 1,500 people — people the plant will employ
      🔗 tech.example.com · 4 h ago <https://tech.example.com/lumen-chip-plant>

      📰 Coastal nations agree to share storm warnings
      Eleven coastal nations agreed on Saturday to share storm warnings within minutes.
      💬 “No village should learn of a storm from the storm itself” — Amara Okafor
      🔢 Eleven — coastal nations in the agreement
      🔗 news.example.org · 15 h ago <https://news.example.org/world/coastal-summit>

      🗞 Digest · world · 1 story

      📰 Coastal nations agree to share storm warnings
      Eleven coastal nations agreed on Saturday to share storm warnings within minutes.
      💬 “No village should learn of a storm from the storm itself” — Amara Okafor
      🔢 Eleven — coastal nations in the agreement
      🔗 news.example.org · 15 h ago <https://news.example.org/world/coastal-summit>

      "
    `);
    await bot.run(["/filter clear", "/filter include nothing-like-this"]);
    expect(await bot.run(["/latest"])).toMatchInlineSnapshot(`
      "None of the newest stories pass this chat's filters. See them with /filter list

      "
    `);
  });
});
