import { briefBlocks, defineCommand, hostOf, UserError } from "../src/index.js";

/** /summarize <url>: fetches any article and answers with its brief. */
export default defineCommand({
  name: "summarize",
  description: "Brief any article from its web address",
  options: { url: { type: "string", description: "The article's address (https://…)", required: true } },
  example: "/summarize https://www.example.com/news/story",
  async run({ args, services, reply, now }) {
    if (!isWebAddress(args.url)) {
      throw new UserError(`“${args.url}” is not a web address. Example: /summarize https://www.example.com/news/story`);
    }
    const page = await services.summarizeUrl(args.url);
    await reply({
      blocks: briefBlocks(page.summary, { url: page.url, source: hostOf(page.url), publishedAt: page.publishedAt, now }),
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
