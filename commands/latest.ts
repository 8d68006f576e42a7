import { articleBlocks, compileFilters, defineCommand, mergeStories, normalizeTopic, UserError } from "../src/index.js";

/** /latest [count] [topic]: the newest stories, one brief each. */
export default defineCommand({
  name: "latest",
  options: {
    count: { type: "integer", min: 1, max: 10 },
    topic: { type: "string", autocomplete: "topics" },
  },
  example: "/latest 3 climate change",
  async run({ args, services, channel, reply, now, t }) {
    const topic = args.topic ? normalizeTopic(args.topic) : undefined;
    const count = args.count ?? 5;
    const filters = (await services.subscriptions.get(channel))?.filters;
    const filtered = Boolean(filters && (filters.include.length > 0 || filters.exclude.length > 0));
    // Read extra so that the same story from several feeds (or the chat's /filter) still leaves `count` distinct ones.
    const read = await services.articles.latest({ limit: count * (filtered ? 20 : 3), ...(topic ? { topic } : {}) });
    const articles = read.filter(compileFilters(filters));
    if (articles.length === 0 && read.length > 0) {
      throw new UserError(t("latest.filteredOut"));
    }
    if (articles.length === 0) {
      throw new UserError(topic ? t("latest.nothingAbout", { topic }) : t("latest.none"));
    }
    for (const story of mergeStories(articles).slice(0, count)) {
      await reply({ blocks: articleBlocks({ ...story.article, sources: story.sources }, now, t) });
    }
  },
});
