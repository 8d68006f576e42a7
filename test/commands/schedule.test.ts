import { afterEach, describe, expect, it } from "vitest";
import { startConsoleBot } from "./console-bot.js";

describe("/schedule", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("explains a bad schedule in the chat's language", async () => {
    bot = await startConsoleBot();
    await bot.run(["/language fr", "/subscribe world"]);
    expect(
      await bot.run(["/schedule 61 * * * *", "/schedule */2 * * * *", "/schedule 0 8 * * * Mars/Olympus"]),
    ).toMatchInlineSnapshot(`
        "« 61 * * * * » n'est pas une expression cron valide (minute heure jour-du-mois mois jour-de-semaine) ; pour 08:00 chaque jour : 0 8 * * *

        « */2 * * * * » se déclenche plus souvent que toutes les 5 minutes, trop souvent pour des résumés ; pour 08:00 chaque jour : 0 8 * * *

        « Mars/Olympus » n'est pas un fuseau horaire connu. Utilisez un nom IANA, p. ex. /schedule 0 8 * * * Europe/Paris

        "
      `);
  });

  it("needs a subscription, then changes the schedule and timezone, and explains bad input", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run([
        "/schedule 0 8 * * *",
        "/subscribe world",
        "/schedule 30 18 * * * America/New_York",
        "/schedule 0 25 * * *",
        "/schedule 0 8 * * * Nowhere/City",
      ]),
    ).toMatchInlineSnapshot(`
      "This chat has no subscription yet. Start one with /subscribe world

      ✅ Subscribed to world.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • First digest: Mon 2 Mar, 08:00 (UTC) — no stories yet

      ✅ Schedule updated.
      • Topics: world
      • Digests: 30 18 * * * (America/New_York)

      “0 25 * * *” is not a valid cron expression (minute hour day-of-month month weekday); for 08:00 every day: 0 8 * * *

      “Nowhere/City” is not a known timezone. Use an IANA name, e.g. /schedule 0 8 * * * Europe/Paris

      "
    `);
    expect(bot.scheduler.job("digest:console:local")).toMatchObject({ cron: "30 18 * * *", timezone: "America/New_York" });
  });
});
