import { briefBlocks, defineCommand, hostOf, UserError } from "../src/index.js";

/** /summarize <url>: fetches any article and answers with its brief. */
export default defineCommand({
  name: "summarize",
  options: { url: { type: "string", required: true } },
  example: "/summarize https://www.example.com/news/story",
  async run({ args, services, reply, now, t }) {
    if (!isWebAddress(args.url)) {
      throw new UserError(t("summarize.notAddress", { url: args.url }));
    }
    const page = await services.summarizeUrl(args.url);
    await reply({
      blocks: briefBlocks(page.summary, { url: page.url, source: hostOf(page.url), publishedAt: page.publishedAt, now, t }),
    });
  },
});

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
