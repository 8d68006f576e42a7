import { afterEach, describe, expect, it } from "vitest";
import { startConsoleBot } from "./console-bot.js";

describe("/subscribe, /unsubscribe, /topics", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("subscribes with a schedule and timezone, schedules the digest, and shows it in /topics", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run(["/subscribe world 0 7 * * 1-5 europe/paris", '/subscribe "Climate Change"', "/topics"]),
    ).toMatchInlineSnapshot(`
      "✅ Subscribed to world.
      • Topics: world
      • Digests: 0 7 * * 1-5 (Europe/Paris)
      • First digest: Mon 2 Mar, 07:00 (Europe/Paris) — no stories yet

      ✅ Subscribed to climate change.
      • Topics: world, climate change
      • Digests: 0 7 * * 1-5 (Europe/Paris)
      • First digest: Mon 2 Mar, 07:00 (Europe/Paris) — no stories yet

      📰 This chat's subscription
      • Topics: world, climate change
      • Digests: 0 7 * * 1-5 (Europe/Paris)
      📰 Built-in topics
      world, politics, business, tech, science, health, sport, entertainment — or any keyword, e.g. /subscribe "climate change"

      "
    `);
    expect(bot.scheduler.job("digest:console:local")).toMatchObject({ cron: "0 7 * * 1-5", timezone: "Europe/Paris" });
  });

  it("explains an invalid cron expression, an unknown timezone and a missing topic", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run([
        '/subscribe world "61 * * * *"',
        "/subscribe world 0 8 * * * Mars/Olympus",
        "/subscribe",
        '/subscribe world "* * * * *"',
      ]),
    ).toMatchInlineSnapshot(`
      "“61 * * * *” is not a valid cron expression (minute hour day-of-month month weekday); for 08:00 every day: 0 8 * * *

      “Mars/Olympus” is not a known timezone. Use an IANA name, e.g. /subscribe world "0 8 * * *" Europe/Paris

      topic is missing. Usage: /subscribe <topic> [schedule] [timezone] — e.g. /subscribe world "0 8 * * *" Europe/Paris

      “* * * * *” fires more often than every 5 minutes, too often for digests; for 08:00 every day: 0 8 * * *

      "
    `);
    expect(await bot.subscriptions.get("console:local")).toBeUndefined();
  });

  it("unsubscribes one topic, refuses an unknown one, then all", async () => {
    bot = await startConsoleBot();
    await bot.run(["/subscribe world", "/subscribe tech"]);
    expect(await bot.run(["/unsubscribe tech", "/unsubscribe sport", "/unsubscribe all", "/topics"])).toMatchInlineSnapshot(`
      "✅ Unsubscribed from tech.
      • Topics: world
      • Digests: 0 8 * * * (UTC)

      This chat does not follow “sport”. Its topics: world. Or: /unsubscribe all

      This chat gets no more digests.

      This chat has no subscription yet. An admin can start one: /subscribe world
      📰 Built-in topics
      world, politics, business, tech, science, health, sport, entertainment — or any keyword, e.g. /subscribe "climate change"

      "
    `);
    expect(bot.scheduler.ids()).toEqual([]);
  });

  it("refuses every subscription change to a non-admin", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run(
        ["/subscribe world", "/unsubscribe all", "/schedule 0 8 * * *", "/quiet 22 7", "/feeds add https://example.com/rss"],
        {
          admin: false,
        },
      ),
    ).toMatchInlineSnapshot(`
      "Only admins of this chat can use /subscribe.

      Only admins of this chat can use /unsubscribe.

      Only admins of this chat can use /schedule.

      Only admins of this chat can use /quiet.

      Only admins of this chat can add feeds.

      "
    `);
    expect(await bot.subscriptions.get("console:local")).toBeUndefined();
  });
});
