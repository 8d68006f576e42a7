import type { Block } from "../src/index.js";
import { defineCommand, formatAge, hostOf, normalizeTopic, quoteText, UserError } from "../src/index.js";

/** /quote [person or topic]: the most recent quotes by someone (or about a topic), with their story. */
export default defineCommand({
  name: "quote",
  options: { who: { type: "string", autocomplete: "topics" } },
  example: "/quote Macron",
  async run({ args, services, reply, now, t }) {
    const who = args.who?.trim();
    let hits = await services.articles.findQuotes({ ...(who ? { speaker: who } : {}), limit: 3 });
    if (hits.length === 0 && who) hits = await services.articles.findQuotes({ topic: normalizeTopic(who), limit: 3 });
    if (hits.length === 0) {
      throw new UserError(who ? t("quote.noneAbout", { who }) : t("quote.none"));
    }
    for (const { quote, article } of hits) {
      const when = formatAge(new Date(article.publishedAt ?? article.fetchedAt), now, t);
      const blocks: Block[] = [
        { type: "quote", text: quoteText(quote.text), ...(quote.speaker ? { by: quote.speaker } : {}) },
        {
          type: "link",
          text: [article.summary.headline, hostOf(article.url), when].filter(Boolean).join(" · "),
          url: article.url,
        },
      ];
      await reply({ blocks });
    }
  },
});
