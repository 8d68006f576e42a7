import { afterEach, describe, expect, it } from "vitest";
import { NOW, startConsoleBot } from "./console-bot.js";

describe("/feeds", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("lists each feed's health and why a disabled one stopped", async () => {
    bot = await startConsoleBot({
      feeds: [
        {
          url: "https://ok.example.com/rss",
          title: "OK News",
          failures: 0,
          lastSuccessAt: new Date(NOW.getTime() - 5 * 60_000).toISOString(),
        },
        { url: "https://flaky.example.com/rss", failures: 2, lastError: "timed out after 20 s" },
        {
          url: "https://dead.example.com/rss",
          failures: 8,
          disabled: true,
          disabledReason: "8 failures in a row: the server answered 410",
        },
        { url: "https://paused.example.com/rss", failures: 0, paused: true },
      ],
    });
    expect(await bot.run(["/feeds", "/feeds list"], { admin: false })).toMatchInlineSnapshot(`
      "📰 Feeds (4)
      • ✅ OK News <https://ok.example.com/rss> — read 5 min ago
      • ⚠️ https://flaky.example.com/rss — 2 failure(s) in a row: timed out after 20 s
      • ⛔ https://dead.example.com/rss — disabled: 8 failures in a row: the server answered 410 (/feeds resume to retry)
      • ⏸ https://paused.example.com/rss — paused

      📰 Feeds (4)
      • ✅ OK News <https://ok.example.com/rss> — read 5 min ago
      • ⚠️ https://flaky.example.com/rss — 2 failure(s) in a row: timed out after 20 s
      • ⛔ https://dead.example.com/rss — disabled: 8 failures in a row: the server answered 410 (/feeds resume to retry)
      • ⏸ https://paused.example.com/rss — paused

      "
    `);
  });

  it("adds, pauses, resumes and removes feeds, and explains bad input", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run([
        "/feeds add https://new.example.com/rss",
        "/feeds add example dot com",
        "/feeds add https://new.example.com/broken",
        "/feeds pause https://new.example.com/rss",
        "/feeds list",
        "/feeds resume https://new.example.com/rss",
        "/feeds remove https://new.example.com/rss",
        "/feeds remove https://new.example.com/rss",
        "/feeds drop https://x.example.com",
        "/feeds add",
      ]),
    ).toMatchInlineSnapshot(`
      "Following Example Feed <https://new.example.com/rss>. Its current stories are stored; new ones will be delivered.

      “example dot com” is not a web address. Example: /feeds add https://www.example.com/rss.xml

      I could not read https://new.example.com/broken as a feed: the server answered 500

      Paused https://new.example.com/rss.

      📰 Feeds (1)
      • ⏸ Example Feed <https://new.example.com/rss> — paused

      Resumed https://new.example.com/rss.

      Stopped following https://new.example.com/rss.

      I don't follow https://new.example.com/rss. See /feeds list

      action must be one of list, add, remove, pause, resume, import, export, not “drop”. Usage: /feeds [list|add|remove|pause|resume|import|export] [url] — e.g. /feeds add https://www.example.com/rss.xml

      Which feed? e.g. /feeds add https://www.example.com/rss.xml

      "
    `);
  });

  it("lets anyone list but only admins change", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run(["/feeds add https://new.example.com/rss", "/feeds remove https://x.example.com/rss"], { admin: false }),
    ).toMatchInlineSnapshot(`
      "Only admins of this chat can add feeds.

      Only admins of this chat can remove feeds.

      "
    `);
    expect(await bot.stores.feeds.list()).toEqual([]);
  });
});
