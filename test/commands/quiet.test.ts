import { afterEach, describe, expect, it } from "vitest";
import { startConsoleBot } from "./console-bot.js";

describe("/quiet", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("sets and clears quiet hours, and explains bad times", async () => {
    bot = await startConsoleBot();
    await bot.run(["/subscribe world"]);
    expect(await bot.run(["/quiet 22 7:30", "/quiet 25:00 07:00", "/quiet 22:00", "/quiet off"])).toMatchInlineSnapshot(`
      "✅ Quiet hours set.
      • Topics: world
      • Digests: 0 8 * * * (UTC)
      • Quiet hours: 22:00–07:30 (held, then sent silently)

      “25:00” is not a time of day. Use 24-hour times, e.g. /quiet 22:00 07:00

      Give the end of the quiet hours too, e.g. /quiet 22:00 07:00 (or /quiet off)

      ✅ Quiet hours off.
      • Topics: world
      • Digests: 0 8 * * * (UTC)

      "
    `);
  });
});
