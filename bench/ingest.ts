import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPoller } from "../src/ingest/poll-feeds.js";
import { openStores } from "../src/store/open-store.js";

const FEEDS = 200;
const ITEMS = 20;
const REPOLL_FEEDS = 1000;
const HOSTS = 20;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
// User + system time of the whole process: on a shared machine it shows the work done, whatever the wait.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const hostOf = (feed: number) => `site${feed % HOSTS}.bench.test`;

/** Prints the ingest figures: first poll of 200 feeds × 20 pages, a re-poll of 1,000 feeds answered 304, peak memory. */
export async function benchIngest(): Promise<void> {
  const site = startSite();
  try {
    const port = await site.port;
    const feedUrl = (feed: number) => `http://${hostOf(feed)}:${port}/feed/${feed}.xml`;
    const stores = await openStores("memory://");
    const poller = createPoller({
      articles: stores.articles,
      feeds: stores.feeds,
      // Every *.bench.test name is this machine: per-host limits apply as they would to 20 real sites.
      fetchOptions: { allowPrivateNetworks: true, lookup: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    const now = new Date("2026-11-20T12:00:00Z");
    for (let f = 0; f < FEEDS; f += 1) await poller.addFeed(feedUrl(f), now);

    // Sampled, because the process-wide maxRSS also holds whatever ran before in `npm run bench`.
    let sampledPeak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
    }, 50);
    const firstStart = process.hrtime.bigint();
    const firstCpu = process.cpuUsage();
    const first = await poller.pollOnce(new Date(now.getTime() + 10 * 60_000));
    const firstSeconds = seconds(firstStart);
    const firstCpuSeconds = cpuSeconds(firstCpu);
    const stored = first.reduce((sum, r) => sum + r.stored, 0);
    const merged = first.reduce((sum, r) => sum + r.merged, 0);
    const failedItems = first.reduce((sum, r) => sum + r.failedItems, 0);
    const failedFeeds = first.filter((r) => r.error).length;

    // 800 more feeds followed earlier, with validators the site will answer 304 to.
    for (let f = FEEDS; f < REPOLL_FEEDS; f += 1) {
      await stores.feeds.put({ url: feedUrl(f), failures: 0, primed: true, etag: `"f${f}"` });
    }
    const repollAt = new Date(now.getTime() + 7 * 3600_000);
    const repollStart = process.hrtime.bigint();
    const repollCpu = process.cpuUsage();
    const repoll = await poller.pollOnce(repollAt);
    const repollSeconds = seconds(repollStart);
    const repollCpuSeconds = cpuSeconds(repollCpu);
    const notModified = repoll.filter((r) => r.status === "not-modified").length;
    await stores.close();

    clearInterval(sampler);
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const pages = FEEDS * ITEMS;
    console.log("ingest (local site on 127.0.0.1 in a child process, 20 host names, memory store, default poller limits)");
    console.log(
      `  first poll: ${FEEDS} feeds × ${ITEMS} items → ${pages} pages fetched, extracted, briefed and stored in ${firstSeconds.toFixed(1)} s` +
        ` = ${(pages / firstSeconds).toFixed(0)} pages/s (target ≤ 30 s); CPU ${firstCpuSeconds.toFixed(1)} s`,
    );
    console.log(`    stored ${stored}, merged ${merged}, failed items ${failedItems}, failed feeds ${failedFeeds}`);
    console.log(
      `  re-poll: ${repoll.length} feeds, ${notModified} answered 304, in ${repollSeconds.toFixed(2)} s` +
        ` = ${(repoll.length / repollSeconds).toFixed(0)} feeds/s (target ≤ 3 s); CPU ${repollCpuSeconds.toFixed(2)} s`,
    );
    console.log(
      `  peak RSS during ingest: ${mb(sampledPeak)} sampled every 50 ms (aim ≤ 400 MB); process maxRSS so far ${mb(maxRss)}` +
        " (the site runs in its own process)",
    );
    await benchSqliteStore(feedUrl);
    console.log(
      `  machine load average at the end: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")} (${cpus().length} cores)`,
    );
  } finally {
    site.stop();
  }
}

/** The same first poll on the default store (SQLite in a temp folder), on a tenth of the site: stored stories/s. */
async function benchSqliteStore(feedUrl: (feed: number) => string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsbrief-bench-"));
  try {
    const stores = await openStores(`sqlite://${join(dir, "bench.sqlite")}`);
    const poller = createPoller({
      articles: stores.articles,
      feeds: stores.feeds,
      fetchOptions: { allowPrivateNetworks: true, lookup: async () => [{ address: "127.0.0.1", family: 4 }] },
    });
    const now = new Date("2026-11-20T12:00:00Z");
    const feeds = FEEDS / 10;
    for (let f = 0; f < feeds; f += 1) await poller.addFeed(feedUrl(f), now);
    const start = process.hrtime.bigint();
    const results = await poller.pollOnce(new Date(now.getTime() + 10 * 60_000));
    const elapsed = seconds(start);
    const stored = results.reduce((sum, r) => sum + r.stored, 0);
    await stores.close();
    console.log(
      `  same first poll on SQLite (the default store): ${feeds} feeds × ${ITEMS} items, ${stored} stored in ${elapsed.toFixed(1)} s` +
        ` = ${(stored / elapsed).toFixed(0)} pages/s`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Starts bench/ingest-site.ts as a child process and reads the port it listens on. */
function startSite(): { port: Promise<number>; stop(): void } {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", fileURLToPath(new URL("./ingest-site.ts", import.meta.url)), String(FEEDS), String(ITEMS), String(HOSTS)],
    { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
  );
  const port = new Promise<number>((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split("\n")[0];
      if (buffered.includes("\n") && line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the bench site exited (${code}) before listening`)));
  });
  return {
    port,
    stop: () => {
      child.stdin.end();
    },
  };
}
