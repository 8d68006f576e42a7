import { articleBlocks, defineCommand, mergeStories, normalizeTopic, UserError } from "../src/index.js";

/** /latest [count] [topic]: the newest stories, one brief each. */
export default defineCommand({
  name: "latest",
  options: {
    count: { type: "integer", min: 1, max: 10 },
    topic: { type: "string", autocomplete: "topics" },
  },
  example: "/latest 3 climate change",
  async run({ args, services, reply, now, t }) {
    const topic = args.topic ? normalizeTopic(args.topic) : undefined;
    const count = args.count ?? 5;
    // Read extra so that the same story from several feeds still leaves `count` distinct ones.
    const articles = await services.articles.latest({ limit: count * 3, ...(topic ? { topic } : {}) });
    if (articles.length === 0) {
      throw new UserError(topic ? t("latest.nothingAbout", { topic }) : t("latest.none"));
    }
    for (const story of mergeStories(articles).slice(0, count)) {
      await reply({ blocks: articleBlocks({ ...story.article, sources: story.sources }, now, t) });
    }
  },
});
