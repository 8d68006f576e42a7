import { afterEach, describe, expect, it } from "vitest";
import { startConsoleBot } from "./console-bot.js";

describe("/alert and /alerts", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("answers in the chat's language", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/language es", "/alert Okafor", "/alert off Okafor", "/alerts"])).toMatchInlineSnapshot(`
      "Hecho: el idioma de este chat ahora es Español (es).

      Alerta creada para «Okafor» (1 de 10). Te enviaré un resumen en cuanto una noticia nueva cite a esa persona o lo mencione.

      Alerta para «Okafor» eliminada. Ya no tienes alertas.

      No tienes alertas. Crea una con /alert <persona o palabra clave>, p. ej. /alert Okafor

      "
    `);
  });

  it("sets, lists and removes alerts in a private chat", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run(["/alerts", "/alert Okafor", "/alert  climate   change ", "/alert OKÁFOR", "/alerts"]),
    ).toMatchInlineSnapshot(`
      "You have no alerts. Set one with /alert <person or keyword>, e.g. /alert Okafor

      Alert set for “Okafor” (1 of 10). I'll send you a brief as soon as a new story quotes that person or names it.

      Alert set for “climate change” (2 of 10). I'll send you a brief as soon as a new story quotes that person or names it.

      You already have an alert for “Okafor”. See /alerts

      Your alerts (2 of 10):
      • Okafor
      • climate change
      At most 20 alert messages a day; quiet hours (/quiet in this chat) send them without a notification.

      "
    `);
    expect(
      await bot.run(["/alert off climate change", "/alert off Tesla", "/alert off", "/alerts", "/alert off okafor", "/alerts"]),
    ).toMatchInlineSnapshot(`
        "Alert for “climate change” removed. 1 left.

        You have no alert for “Tesla”. See /alerts

        Say which alert to remove, e.g. /alert off Okafor (see /alerts)

        Your alerts (1 of 10):
        • Okafor
        At most 20 alert messages a day; quiet hours (/quiet in this chat) send them without a notification.

        Alert for “Okafor” removed. You have no alerts left.

        You have no alerts. Set one with /alert <person or keyword>, e.g. /alert Okafor

        "
      `);
  });

  it("explains bad alerts: none, no words, too long", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/alert", "/alert !!!", `/alert ${"word ".repeat(20)}`])).toMatchInlineSnapshot(`
      "Say whom or what to watch, e.g. /alert Okafor or /alert climate change

      “!!!” has no letters or digits to match. Try a name or a keyword, e.g. /alert Okafor

      An alert is at most 80 characters: a name or a few keywords.

      "
    `);
  });

  it("holds at most 10 alerts per user", async () => {
    bot = await startConsoleBot();
    const names = ["Ames", "Brook", "Cole", "Dane", "Eske", "Faro", "Gale", "Hale", "Irvo", "Jorn"];
    const answers = await bot.run(names.map((name) => `/alert ${name}`));
    expect(answers).toContain("(10 of 10)");
    expect(await bot.run(["/alert Kell"])).toMatchInlineSnapshot(`
      "You have 10 alerts, the most allowed. Remove one first with /alert off <…> (see /alerts)

      "
    `);
    expect((await bot.services.alerts.get("console:local"))?.terms).toEqual(names);
  });

  it("answers in a group that alerts work in a private chat", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/alert Okafor", "/alerts"], { privateChat: false })).toMatchInlineSnapshot(`
      "Alerts work in a private chat with the bot: open a private chat with me and type /alert there.

      Alerts work in a private chat with the bot: open a private chat with me and type /alert there.

      "
    `);
    expect(await bot.services.alerts.get("console:local")).toBeUndefined();
  });
});
