import { afterEach, describe, expect, it } from "vitest";
import { storyArticles } from "../chat/stories.js";
import { NOW, startConsoleBot } from "./console-bot.js";

describe("/digest", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("previews the next digest: matching stories, duplicates merged, nothing recorded", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/digest", "/subscribe world", "/digest"])).toMatchInlineSnapshot(`
      "This chat has no subscription, so no digest. An admin can start one: /subscribe world

      ✅ Subscribed to world.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • First digest: Mon 2 Mar, 08:00 (UTC) — 2 stories if it went now (see /digest)

      🗞 Digest · world · 2 stories

      📰 Floods force 12,000 from homes in Valdoria
      Rising rivers forced 12,000 people from their homes in northern Valdoria on Friday.
      💬 “We have never seen the water climb this fast” — Amara Okafor
      🔢 12,000 — people forced from their homes
      🔢 40 villages — villages reached by rescue teams
      🔗 news.example.org · reported by 3 sources · 2 h ago <https://news.example.org/world/valdoria-floods>

      📰 Coastal nations agree to share storm warnings
      Eleven coastal nations agreed on Saturday to share storm warnings within minutes.
      💬 “No village should learn of a storm from the storm itself” — Amara Okafor
      🔢 Eleven — coastal nations in the agreement
      🔗 news.example.org · 15 h ago <https://news.example.org/world/coastal-summit>

      "
    `);
    // A preview records nothing: the same digest can be previewed again.
    expect(await bot.run(["/digest"])).toContain("Floods force 12,000 from homes in Valdoria");
  });

  it("says when there is nothing new", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    expect(await bot.run(["/subscribe sport", "/digest"])).toMatchInlineSnapshot(`
      "✅ Subscribed to sport.
      • Topics: sport
      • Digests: 0 8 * * * (UTC)
      • First digest: Mon 2 Mar, 08:00 (UTC) — no stories yet

      Nothing about sport in the last 24 hours yet; the first digest takes what arrives until then.

      "
    `);
  });

  it("shows a feed's first-fetch stories of the last 24 h right after /subscribe, then only what is new", async () => {
    bot = await startConsoleBot({ articles: storyArticles({ deliverable: false }) });
    const first = await bot.run(["/subscribe world", "/digest"]);
    expect(first).toContain("• First digest: Mon 2 Mar, 08:00 (UTC) — 2 stories if it went now (see /digest)");
    expect(first).toContain("🗞 Digest · world · 2 stories");
    expect(first).toContain("Floods force 12,000 from homes in Valdoria");
    // The first digest goes out: after it, first-fetch stories are never taken again.
    expect(await bot.runner.run("console:local", NOW, NOW)).toBe("sent");
    expect(await bot.run(["/digest"])).toMatchInlineSnapshot(`
      "Nothing new about world since the last digest.

      "
    `);
  });
});
