import { afterEach, describe, expect, it } from "vitest";
import { storyArticles } from "../chat/stories.js";
import { startConsoleBot } from "./console-bot.js";

describe("/language", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());

  it("shows the chat's language and the choices; a member may look but not change it", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/language", "/language de"], { admin: false })).toMatchInlineSnapshot(`
      "This chat's language: English (en) (your app's language; an admin can choose one).
      Languages: English (en), Français (fr), Deutsch (de), Español (es), Русский (ru) — e.g. /language fr

      Only admins of this chat can change its language.

      "
    `);
    expect(await bot.stores.keyv("chats").get("chat:console:local")).toBeUndefined();
  });

  it("/language fr: the answer, the next answers and the digest preview are in French; news text stays as published", async () => {
    bot = await startConsoleBot();
    expect(
      await bot.run(["/language fr", "/language", "/latest 30", "/subscribe world", "/digest", "/nope"]),
    ).toMatchInlineSnapshot(`
      "C'est fait : la langue de ce chat est maintenant Français (fr).

      Langue de ce chat : Français (fr).
      Langues : English (en), Français (fr), Deutsch (de), Español (es), Русский (ru) — p. ex. /language fr

      count doit être entre 1 et 10, pas 30. Usage : /latest [count] [topic] — p. ex. /latest 3 climate change

      ✅ Abonné à world.
      • Sujets : world
      • Résumés : 0 8 * * * (UTC)
      • Premier résumé : lun. 2 mars, 08:00 (UTC) — aucun article pour l'instant

      Rien sur world ces dernières 24 heures pour l'instant ; le premier résumé prendra ce qui arrive d'ici là.

      Je ne connais pas /nope. Tapez /help pour voir ce que je sais faire.

      "
    `);
  });

  it("a digest in Russian: title and source lines in Russian (plural forms), the briefs' text as published", async () => {
    bot = await startConsoleBot({ articles: storyArticles() });
    await bot.run(["/language ru"]);
    expect(await bot.run(["/subscribe world", "/digest"])).toMatchInlineSnapshot(`
      "✅ Подписка на world оформлена.
      • Темы: world
      • Дайджесты: 0 8 * * * (UTC)
      • Первый дайджест: пн, 2 мар., 08:00 (UTC) — 2 новости, если отправить сейчас (см. /digest)

      🗞 Дайджест · world · 2 новости

      📰 Floods force 12,000 from homes in Valdoria
      Rising rivers forced 12,000 people from their homes in northern Valdoria on Friday.
      💬 “We have never seen the water climb this fast” — Amara Okafor
      🔢 12,000 — people forced from their homes
      🔢 40 villages — villages reached by rescue teams
      🔗 news.example.org · сообщают 3 источника · 2 ч назад <https://news.example.org/world/valdoria-floods>

      📰 Coastal nations agree to share storm warnings
      Eleven coastal nations agreed on Saturday to share storm warnings within minutes.
      💬 “No village should learn of a storm from the storm itself” — Amara Okafor
      🔢 Eleven — coastal nations in the agreement
      🔗 news.example.org · 15 ч назад <https://news.example.org/world/coastal-summit>

      "
    `);
  });

  it("refuses a language it does not speak, in the chat's language", async () => {
    bot = await startConsoleBot();
    expect(await bot.run(["/language ru", "/language pt"])).toMatchInlineSnapshot(`
      "Готово: язык этого чата теперь Русский (ru).

      code должно быть одним из: en, fr, de, es, ru, а не «pt». Использование: /language [en|fr|de|es|ru] — например, /language fr

      "
    `);
  });
});

describe("/help in each language", () => {
  let bot: Awaited<ReturnType<typeof startConsoleBot>>;
  afterEach(() => bot.close());
  const help = async (language: string) => {
    bot = await startConsoleBot();
    await bot.run([`/language ${language}`]);
    return bot.run(["/help"], { admin: false });
  };

  it("English", async () => {
    expect(await help("en")).toMatchInlineSnapshot(`
      "📰 newsbrief commands
      • /latest [count] [topic] — Show the newest stories as briefs
      • /quote [who] — Recent quotes by a person or about a topic
      • /alert [what] — Get a private brief when a new story quotes a person or names a keyword
      • /alerts — List your personal alerts
      • /summarize <url> — Brief any article from its web address
      • /digest — Preview this chat's next digest now
      • /topics — Show this chat's subscription and the topics you can follow
      • /subscribe <topic> [schedule] [timezone] — Send this chat digests about a topic (admins)
      • /unsubscribe <topic> — Stop digests about a topic, or all (admins)
      • /schedule <cron> [timezone] — Set when this chat's digests go out (admins)
      • /quiet <from> [to] — Set quiet hours: digests wait, then go out silently (admins)
      • /filter [list|include|exclude|clear] [words] — Keep or drop stories by words, phrases or /regex/ in digests and /latest
      • /feeds [list|add|remove|pause|resume|import|export] [url] — List the feeds and their health; admins add, remove, pause, resume, import, export
      • /language [en|fr|de|es|ru] — Show or set the language I answer in here (setting: admins)
      • /help — List the commands
      Commands marked (admins) need a chat admin.

      "
    `);
  });
  it("French", async () => {
    expect(await help("fr")).toMatchInlineSnapshot(`
      "📰 Commandes de newsbrief
      • /latest [count] [topic] — Afficher les derniers articles en bref
      • /quote [who] — Citations récentes d'une personne ou sur un sujet
      • /alert [what] — Recevoir un bref en privé quand un article cite une personne ou un mot-clé
      • /alerts — Lister vos alertes personnelles
      • /summarize <url> — Résumer un article à partir de son adresse web
      • /digest — Aperçu du prochain résumé de ce chat
      • /topics — Afficher l'abonnement de ce chat et les sujets disponibles
      • /subscribe <topic> [schedule] [timezone] — Envoyer à ce chat des résumés sur un sujet (admins)
      • /unsubscribe <topic> — Arrêter les résumés sur un sujet, ou tous (admins)
      • /schedule <cron> [timezone] — Choisir quand partent les résumés de ce chat (admins)
      • /quiet <from> [to] — Heures calmes : les résumés attendent, puis partent sans bruit (admins)
      • /filter [list|include|exclude|clear] [words] — Garder ou écarter des articles par mots, expressions ou /regex/ (résumés, /latest)
      • /feeds [list|add|remove|pause|resume|import|export] [url] — Lister les flux et leur état ; les admins ajoutent, retirent, suspendent, importent, exportent
      • /language [en|fr|de|es|ru] — Voir ou choisir la langue de mes réponses ici (choix : admins)
      • /help — Lister les commandes
      Les commandes marquées (admins) demandent un administrateur du chat.

      "
    `);
  });
  it("German", async () => {
    expect(await help("de")).toMatchInlineSnapshot(`
      "📰 newsbrief-Befehle
      • /latest [count] [topic] — Die neuesten Meldungen als Kurzfassung zeigen
      • /quote [who] — Aktuelle Zitate einer Person oder zu einem Thema
      • /alert [what] — Eine private Kurzfassung, wenn eine neue Meldung eine Person zitiert oder ein Stichwort nennt
      • /alerts — Ihre persönlichen Alarme auflisten
      • /summarize <url> — Einen beliebigen Artikel über seine Webadresse zusammenfassen
      • /digest — Die nächste Übersicht dieses Chats jetzt ansehen
      • /topics — Das Abonnement dieses Chats und die verfügbaren Themen zeigen
      • /subscribe <topic> [schedule] [timezone] — Diesem Chat Übersichten zu einem Thema senden (Admins)
      • /unsubscribe <topic> — Übersichten zu einem Thema oder alle abbestellen (Admins)
      • /schedule <cron> [timezone] — Festlegen, wann die Übersichten dieses Chats kommen (Admins)
      • /quiet <from> [to] — Ruhezeiten: Übersichten warten, dann kommen sie still (Admins)
      • /filter [list|include|exclude|clear] [words] — Meldungen nach Wörtern, Phrasen oder /regex/ behalten oder verwerfen (Übersichten, /latest)
      • /feeds [list|add|remove|pause|resume|import|export] [url] — Feeds und ihren Zustand zeigen; Admins fügen hinzu, entfernen, pausieren, importieren, exportieren
      • /language [en|fr|de|es|ru] — Die Sprache meiner Antworten hier zeigen oder festlegen (festlegen: Admins)
      • /help — Die Befehle auflisten
      Mit (Admins) markierte Befehle brauchen einen Chat-Admin.

      "
    `);
  });
  it("Spanish", async () => {
    expect(await help("es")).toMatchInlineSnapshot(`
      "📰 Comandos de newsbrief
      • /latest [count] [topic] — Mostrar las últimas noticias en breve
      • /quote [who] — Citas recientes de una persona o sobre un tema
      • /alert [what] — Recibir un breve privado cuando una noticia cite a una persona o nombre una palabra clave
      • /alerts — Listar tus alertas personales
      • /summarize <url> — Resumir cualquier artículo a partir de su dirección web
      • /digest — Ver ahora el próximo resumen de este chat
      • /topics — Mostrar la suscripción de este chat y los temas disponibles
      • /subscribe <topic> [schedule] [timezone] — Enviar a este chat resúmenes sobre un tema (admins)
      • /unsubscribe <topic> — Dejar de recibir resúmenes sobre un tema, o todos (admins)
      • /schedule <cron> [timezone] — Fijar cuándo salen los resúmenes de este chat (admins)
      • /quiet <from> [to] — Horas de silencio: los resúmenes esperan y salen sin aviso (admins)
      • /filter [list|include|exclude|clear] [words] — Conservar o descartar noticias por palabras, frases o /regex/ (resúmenes, /latest)
      • /feeds [list|add|remove|pause|resume|import|export] [url] — Listar las fuentes y su estado; los admins añaden, quitan, pausan, importan, exportan
      • /language [en|fr|de|es|ru] — Ver o fijar el idioma de mis respuestas aquí (fijar: admins)
      • /help — Listar los comandos
      Los comandos marcados (admins) requieren un administrador del chat.

      "
    `);
  });
  it("Russian", async () => {
    expect(await help("ru")).toMatchInlineSnapshot(`
      "📰 Команды newsbrief
      • /latest [count] [topic] — Показать свежие новости кратко
      • /quote [who] — Недавние цитаты человека или на тему
      • /alert [what] — Личная сводка, когда новость цитирует человека или называет ключевое слово
      • /alerts — Список ваших личных оповещений
      • /summarize <url> — Кратко изложить любую статью по её адресу
      • /digest — Посмотреть следующий дайджест этого чата сейчас
      • /topics — Показать подписку этого чата и доступные темы
      • /subscribe <topic> [schedule] [timezone] — Присылать в этот чат дайджесты на тему (админы)
      • /unsubscribe <topic> — Отписаться от дайджестов на тему или от всех (админы)
      • /schedule <cron> [timezone] — Задать, когда выходят дайджесты этого чата (админы)
      • /quiet <from> [to] — Тихие часы: дайджесты ждут, затем приходят без звука (админы)
      • /filter [list|include|exclude|clear] [words] — Оставлять или отбрасывать новости по словам, фразам или /regex/ (дайджесты, /latest)
      • /feeds [list|add|remove|pause|resume|import|export] [url] — Ленты и их состояние; админы добавляют, удаляют, приостанавливают, импортируют, экспортируют
      • /language [en|fr|de|es|ru] — Показать или задать язык моих ответов здесь (задать: админы)
      • /help — Список команд
      Команды с пометкой (админы) требуют администратора чата.

      "
    `);
  });
});
