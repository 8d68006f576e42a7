/**
 * The ingest benchmark's site, run as a child process (`tsx bench/ingest-site.ts FEEDS ITEMS HOSTS`) so that its
 * memory and CPU are not counted as newsbrief's: FEEDS RSS feeds of ITEMS items, each with a generated ~600-word
 * article page. It prints its port on stdout and answers 304 to a matching If-None-Match. Every host name is this
 * machine (the poller's DNS lookup says so), and links use the host `site<feed % HOSTS>.bench.test`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { newsCorpus } from "./news-corpus.js";

const [feedCount = 200, itemCount = 20, hostCount = 20] = process.argv.slice(2).map(Number);
const EMPTY =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title><link>http://x/</link><description>-</description></channel></rss>';

/** A deterministic made-up word, so that every generated title is a different story. */
function pseudoWord(n: number): string {
  const consonants = "bcdfghklmnprstvz";
  const vowels = "aeiou";
  let word = "";
  let x = (n * 2654435761) >>> 0;
  for (let i = 0; i < 3; i += 1) {
    word += (consonants[x % 16] ?? "b") + (vowels[(x >>> 4) % 5] ?? "a");
    x = (x >>> 7) ^ (x * 31 + i);
  }
  return word;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Feeds and pages of the site; `origin(feed)` is the scheme, host and port of a feed's links. */
function buildSite(origin: (feed: number) => string): { feeds: string[]; pages: string[] } {
  const corpus = newsCorpus(feedCount * itemCount);
  const pages: string[] = [];
  const feeds: string[] = [];
  for (let f = 0; f < feedCount; f += 1) {
    const items: string[] = [];
    for (let i = 0; i < itemCount; i += 1) {
      const n = f * itemCount + i;
      const article = corpus[n] ?? { title: "", text: "" };
      const title = `${article.title}: ${[1, 2, 3, 4].map((k) => pseudoWord(n * 7 + k)).join(" ")}`;
      const paragraphs = article.text.split("\n\n").map((p) => `<p>${escapeXml(p)}</p>`);
      pages.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)} | Bench Daily</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${escapeXml(title)}</h1>${paragraphs.join("\n")}</article>
<aside>Most read: nothing to see here</aside><footer>© Bench Daily · Contact us · Privacy</footer></body></html>`);
      const published = new Date(Date.UTC(2026, 10, 20, 12) - n * 60_000).toUTCString();
      items.push(`<item><title>${escapeXml(title)}</title><link>${origin(f)}/p/${n}</link><guid isPermaLink="false">bench-${n}</guid>
<pubDate>${published}</pubDate><description>${escapeXml(article.text.slice(0, 200))}</description></item>`);
    }
    feeds.push(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${f}</title>
<link>${origin(f)}/</link><description>Generated</description>${items.join("\n")}</channel></rss>`);
  }
  return { feeds, pages };
}

function start(): void {
  let site: { feeds: string[]; pages: string[] } = { feeds: [], pages: [] };
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const feed = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (feed?.[1]) {
      const etag = `"f${feed[1]}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag });
      res.end(site.feeds[Number(feed[1])] ?? EMPTY);
      return;
    }
    const page = /^\/p\/(\d+)$/.exec(path);
    const html = page?.[1] ? site.pages[Number(page[1])] : undefined;
    if (html) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
      return;
    }
    res.writeHead(404);
    res.end("not found");
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    site = buildSite((f) => `http://site${f % hostCount}.bench.test:${port}`);
    process.stdout.write(`${JSON.stringify({ port })}\n`);
  });
  // The parent closes stdin when it is done (or dies): then the site goes too.
  process.stdin.resume();
  process.stdin.on("end", () => process.exit(0));
}

start();
