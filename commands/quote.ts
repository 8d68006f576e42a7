import type { Block } from "../src/index.js";
import { defineCommand, formatAge, hostOf, normalizeTopic, quoteText, UserError } from "../src/index.js";

/** /quote [person or topic]: the most recent quotes by someone (or about a topic), with their story. */
export default defineCommand({
  name: "quote",
  description: "Recent quotes by a person or about a topic",
  options: { who: { type: "string", description: "A person's name or a topic", autocomplete: "topics" } },
  example: "/quote Macron",
  async run({ args, services, reply, now }) {
    const who = args.who?.trim();
    let hits = await services.articles.findQuotes({ ...(who ? { speaker: who } : {}), limit: 3 });
    if (hits.length === 0 && who) hits = await services.articles.findQuotes({ topic: normalizeTopic(who), limit: 3 });
    if (hits.length === 0) {
      throw new UserError(
        who ? `No quotes by or about “${who}” yet. Try /quote with another name, e.g. /quote Macron` : "No quotes yet.",
      );
    }
    for (const { quote, article } of hits) {
      const when = formatAge(new Date(article.publishedAt ?? article.fetchedAt), now);
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
