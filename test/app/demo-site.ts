/** A local news site for the console demo and the app test: an RSS feed and article pages of invented stories. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type FeedServer, startFeedServer } from "../helpers/feed-server.js";

interface DemoStory {
  slug: string;
  title: string;
  /** Published this many hours before the site starts (so the stories are fresh whenever the demo runs). */
  hoursAgo: number;
  paragraphs: string[];
}

const stories = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../fixtures/chat/demo-stories.json"), "utf8"),
) as DemoStory[];

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const startedAt = Date.now();
const published = (story: DemoStory) => new Date(startedAt - story.hoursAgo * 3_600_000);

function page(story: DemoStory): string {
  const body = story.paragraphs.map((p) => `      <p>${escapeXml(p)}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(story.title)} - Demo World News</title>
<meta property="article:published_time" content="${published(story).toISOString()}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <main><article>
      <h1>${escapeXml(story.title)}</h1>
${body}
  </article></main>
<footer>Demo World News · invented stories for newsbrief's demo</footer></body></html>`;
}

function feed(origin: string, items: readonly DemoStory[]): string {
  const entries = items
    .map(
      (story) => `    <item>
      <title>${escapeXml(story.title)}</title>
      <link>${origin}/world/${story.slug}</link>
      <guid>${origin}/world/${story.slug}</guid>
      <pubDate>${published(story).toUTCString()}</pubDate>
      <description>${escapeXml(story.paragraphs[0] ?? "")}</description>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
    <title>Demo World News</title>
    <link>${origin}/</link>
    <description>Invented world stories</description>
${entries}
</channel></rss>`;
}

/**
 * Serves /world.xml and the article pages. The feed lists the first `firstCount` stories on its first read and
 * all of them afterwards, so the stories after the first read are new (the first read of a feed delivers none).
 */
export async function startDemoSite(firstCount = 3): Promise<FeedServer> {
  const server = await startFeedServer();
  server.route("/world.xml", (_request, hit) => ({
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    body: feed(server.origin, hit === 0 ? stories.slice(0, firstCount) : stories),
  }));
  for (const story of stories) {
    server.route(`/world/${story.slug}`, { headers: { "content-type": "text/html; charset=utf-8" }, body: page(story) });
  }
  return server;
}
