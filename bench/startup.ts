import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openStores } from "../src/store/open-store.js";
import { summarize } from "../src/summarize/index.js";
import type { Article } from "../src/types.js";
import { newsCorpus } from "./news-corpus.js";

const ROOT = resolve(import.meta.dirname, "..");
const BIN = join(ROOT, "bin/newsbrief.js");
const REPORT_RSS = join(ROOT, "bench/report-rss.cjs");
const ROUNDS = 5;
const IDLE_FEEDS = 200;
const IDLE_STORIES = 10_000;

/** One measured child process: wall time to exit (or to `readyWhen` on stdout) and its peak RSS. */
interface Run {
  ms: number;
  peakMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Prints start-up figures of the compiled CLI beside a bare `node -e 0` measured in the same run. */
export async function benchStartup(): Promise<void> {
  // The figures are for the compiled JavaScript users run: bring dist/ up to date first (incremental).
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  const dir = await mkdtemp(join(tmpdir(), "newsbrief-startup-"));
  const feeds = await startFeedServer();
  try {
    const article = join(dir, "short.txt");
    await writeFile(
      article,
      'Council approves new tram line\n\nThe city council approved a $1.2 billion tram line on Tuesday. "This is the biggest investment in a generation," said mayor Ana Ruiz. Construction of the 14 km line starts in March and should take four years.\n',
    );
    const bare = await rounds(() => measure(["-e", "0"], { dir }));
    const help = await rounds(() => measure([BIN, "help"], { dir }));
    const brief = await rounds(() => measure([BIN, "summarize", article], { dir }));
    const consoleEnv = {
      STORE_URL: `sqlite://${join(dir, "console.sqlite")}`,
      FEED_URLS: feeds.url(0),
      ALLOW_PRIVATE_NETWORKS: "true",
    };
    const ready = await rounds(() =>
      measure([BIN, "console"], { dir, env: consoleEnv, input: "/help\n", readyWhen: /\/latest/ }),
    );

    console.log(`start-up (compiled CLI, median of ${ROUNDS} runs each, same run as the bare Node start)`);
    console.log(`  node -e 0 (bare start):          ${fmt(bare)}`);
    console.log(
      `  newsbrief help:                  ${fmt(help)}  = ${(help.ms / bare.ms).toFixed(1)}× the bare start (target ≤ 4×)`,
    );
    console.log(`  newsbrief summarize FILE:        ${fmt(brief)}  (targets ≤ 400 ms, ≤ 100 MB)`);
    console.log(`  console ready to answer /help:   ${fmt(ready)}  (target ≤ 1,500 ms)`);

    const idle = await idleBot(dir, feeds);
    console.log(
      `  bot idle, ${IDLE_FEEDS} followed feeds, ${IDLE_STORIES.toLocaleString("en")} stored stories: ${idle.rssMb.toFixed(0)} MB RSS (peak ${idle.peakMb.toFixed(0)} MB; target < 200 MB)`,
    );
  } finally {
    feeds.server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function fmt(run: Run): string {
  return `${run.ms.toFixed(0).padStart(5)} ms, ${run.peakMb.toFixed(0).padStart(3)} MB peak RSS`;
}

async function rounds(once: () => Promise<Run>): Promise<Run> {
  await once(); // warm the file cache
  const runs: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await once());
  return { ms: median(runs.map((run) => run.ms)), peakMb: median(runs.map((run) => run.peakMb)) };
}

interface MeasureOptions {
  dir: string;
  env?: Record<string, string>;
  /** Written to stdin (which is then closed once `readyWhen` matched, or at once). */
  input?: string;
  /** The run is timed up to the first stdout that matches. */
  readyWhen?: RegExp;
}

async function measure(args: string[], options: MeasureOptions): Promise<Run> {
  const report = join(options.dir, `rss-${process.hrtime.bigint()}`);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--require", REPORT_RSS, ...args], {
    cwd: options.dir,
    env: { ...process.env, RSS_REPORT_FILE: report, NO_COLOR: "1", ...options.env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let ms: number | undefined;
  let seen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    seen += chunk.toString();
    if (ms === undefined && options.readyWhen?.test(seen)) {
      ms = Number(process.hrtime.bigint() - started) / 1e6;
      child.stdin.end();
    }
  });
  if (options.input) child.stdin.write(options.input);
  if (!options.readyWhen) child.stdin.end();
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  if (code !== 0) throw new Error(`${args.join(" ")} exited ${code}`);
  ms ??= Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, peakMb: Number(await readFile(report, "utf8")) / 1024 };
}

/** Seeds a SQLite store with stories, starts the bot on it following local feeds, and samples its RSS once idle. */
async function idleBot(dir: string, feeds: FeedServer): Promise<{ rssMb: number; peakMb: number }> {
  const storeUrl = `sqlite://${join(dir, "idle.sqlite")}`;
  const stores = await openStores(storeUrl);
  const corpus = newsCorpus(50);
  const briefs = corpus.map((article) => ({ ...article, summary: summarize(article) }));
  const now = Date.now();
  for (let n = 0; n < IDLE_STORIES; n++) {
    const base = briefs[n % briefs.length]!;
    const at = new Date(now - n * 60_000).toISOString();
    const story: Article = {
      id: `story-${n}`,
      url: `https://news.example/${n}`,
      title: `${base.title} (${n})`,
      text: base.text,
      publishedAt: at,
      fetchedAt: at,
      sources: [{ feedUrl: feeds.url(n % IDLE_FEEDS), url: `https://news.example/${n}` }],
      summary: base.summary,
    };
    await stores.articles.put(story);
  }
  await stores.close();

  const child = spawn(process.execPath, [BIN, "start"], {
    cwd: dir,
    env: {
      ...process.env,
      STORE_URL: storeUrl,
      FEED_URLS: Array.from({ length: IDLE_FEEDS }, (_, feed) => feeds.url(feed)).join(","),
      ALLOW_PRIVATE_NETWORKS: "true",
      TELEGRAM_BOT_TOKEN: "",
      DISCORD_TOKEN: "",
    },
    stdio: ["pipe", "pipe", "ignore"],
  });
  let seen = "";
  child.stdout.on("data", (chunk: Buffer) => {
    seen += chunk.toString();
  });
  child.stdin.write("/help\n");
  try {
    const deadline = Date.now() + 60_000;
    while (!/\/latest/.test(seen) && Date.now() < deadline) await sleep(100);
    await sleep(5_000); // settled: the start-up reads are done, the bot waits for its next tick
    let rss = 0;
    let peak = 0;
    for (let sample = 0; sample < 10; sample++) {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      rss = Math.max(rss, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      await sleep(300);
    }
    return { rssMb: rss / 1024, peakMb: peak / 1024 };
  } finally {
    child.stdin.end();
    child.kill("SIGTERM");
    await new Promise((done) => child.on("exit", done));
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface FeedServer {
  server: Server;
  url(feed: number): string;
}

/** Local RSS feeds of three fresh items each, one per path. */
async function startFeedServer(): Promise<FeedServer> {
  const server = createServer((request, response) => {
    const feed = request.url ?? "/";
    const items = [1, 2, 3]
      .map(
        (n) =>
          `<item><title>Story ${n} of ${feed}</title><link>http://news.example${feed}/${n}</link><guid>${feed}/${n}</guid><pubDate>${new Date(Date.now() - n * 3_600_000).toUTCString()}</pubDate><description>Officials said ${n * 12} homes were flooded on Monday.</description></item>`,
      )
      .join("");
    response.writeHead(200, { "content-type": "application/rss+xml" });
    response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title>${items}</channel></rss>`);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { server, url: (feed) => `http://127.0.0.1:${port}/feed/${feed}.xml` };
}
