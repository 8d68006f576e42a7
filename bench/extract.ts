import { Readability } from "@mozilla/readability";
import { extractArticle } from "../src/ingest/extract-article.js";
import { realNewsPages } from "./eval-texts.js";
import { newsCorpus } from "./news-corpus.js";
import { bestThroughput } from "./throughput.js";

const ROUNDS = 3;

/** Generated article pages (navigation, article, aside, footer) when the real ones are not on this machine. */
function generatedPages(): { html: string; url: string }[] {
  return newsCorpus(200).map(({ title, text }, n) => ({
    url: `https://news.example/story/${n}`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Example News</title></head><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav><article><h1>${title}</h1>${text
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}</article><aside>Most read</aside><footer>© Example News</footer></body></html>`,
  }));
}

/** Pages per second of `work`; a page it throws on (no article text) counts, with the time it took. */
function throughput(
  pages: readonly { html: string; url: string }[],
  work: (page: { html: string; url: string }) => unknown,
): number {
  const guarded = (page: { html: string; url: string }) => {
    try {
      work(page);
    } catch {
      // a page without article text: the time spent counts all the same
    }
  };
  return bestThroughput(pages, guarded, ROUNDS, 10);
}

/** Prints newsbrief's extractor (Readability over linkedom, plus its clean-up) beside Readability over jsdom, same pages. */
export async function benchExtract(): Promise<void> {
  const real = realNewsPages();
  const pages = real.length > 0 ? real : generatedPages();
  // jsdom is the peer only (a devDependency): loaded here, never by newsbrief itself.
  const { JSDOM, VirtualConsole } = await import("jsdom");
  // jsdom's own complaints about the pages' CSS would drown the figures.
  const virtualConsole = new VirtualConsole();
  const ours = throughput(pages, (page) => extractArticle(page.html, page.url));
  const peer = throughput(pages, (page) =>
    new Readability(new JSDOM(page.html, { url: page.url, virtualConsole }).window.document).parse(),
  );
  const kb = pages.reduce((sum, page) => sum + page.html.length, 0) / pages.length / 1024;
  console.log(`extract (one core, best of ${ROUNDS} rounds, same pages, same run)`);
  console.log(
    `  pages: ${pages.length} ${real.length > 0 ? "real news pages (../shared/eval/data)" : "generated pages"}, ${kb.toFixed(0)} KB of HTML on average`,
  );
  console.log(`  newsbrief extract (Readability + linkedom + clean-up): ${ours.toFixed(1)} pages/s`);
  console.log(`  Mozilla Readability + jsdom:                         ${peer.toFixed(1)} pages/s`);
  console.log(`  ratio: ${(ours / peer).toFixed(2)}× Readability + jsdom (target ≥ 2×)`);
}
