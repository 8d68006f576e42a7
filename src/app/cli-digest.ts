import { parseArgs } from "node:util";
import { UserError } from "../errors.js";
import type { FeedPollResult, PollerOptions } from "../ingest/poll-feeds.js";
import type { Article } from "../types.js";
import type { CliCommand } from "./cli-command.js";
import { environment, privateNetworksAllowed } from "./environment.js";

/** What the digest command reads besides its arguments (tests pass their own). */
export interface DigestCommandContext {
  /** FEED_URLS (comma or space separated) and ALLOW_PRIVATE_NETWORKS=true. */
  env?: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
  /** Extra fetch options, e.g. a DNS lookup for tests. */
  fetchOptions?: PollerOptions["fetchOptions"];
}

/** Builds the `newsbrief digest` command over an environment and a clock. */
export function createDigestCommand(context: DigestCommandContext = {}): CliCommand {
  return {
    usage: `digest [--feeds URL[,URL…]]  poll feeds once and print the digest it would send (FEED_URLS is the default list)
    --topic T                 only stories about this topic
    --since 24h               only stories from this long ago (m, h or d; default 24h)
    --limit N                 at most N stories (default 10)
    --json                    print JSON instead`,
    async run(args, io) {
      const env = context.env ?? environment();
      const { values } = parseArgs({
        args: [...args],
        options: {
          feeds: { type: "string" },
          topic: { type: "string" },
          since: { type: "string", default: "24h" },
          limit: { type: "string", default: "10" },
          json: { type: "boolean", default: false },
        },
      });
      const urls = feedList(values.feeds ?? env.FEED_URLS ?? "");
      const sinceMs = parseDuration(values.since);
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw new UserError("--limit must be a whole number from 1 to 100");
      const now = context.now?.() ?? new Date();

      // Loaded here, not at start-up: `newsbrief help` never pays for feed parsing or the store drivers.
      const [{ createPoller }, { openStores }] = await Promise.all([
        import("../ingest/poll-feeds.js"),
        import("../store/open-store.js"),
      ]);
      const stores = await openStores("memory://");
      try {
        const poller = createPoller({
          articles: stores.articles,
          feeds: stores.feeds,
          fetchOptions: { allowPrivateNetworks: privateNetworksAllowed(env), ...context.fetchOptions },
        });
        const results = await Promise.all(urls.map((url) => poller.pollFeed(url, now)));
        for (const result of results) if (result.error) io.err(`newsbrief: ${result.url}: ${result.error}`);
        // A preview: the first poll's stories are shown, though a real digest would hold them back.
        const stories = await stores.articles.latest({
          limit,
          since: new Date(now.getTime() - sinceMs),
          ...(values.topic ? { topic: values.topic } : {}),
        });
        io.out(
          values.json
            ? JSON.stringify(digestJson(now, results, stories), null, 2)
            : await renderDigest(stories, now, values.topic),
        );
        return results.every((result) => result.error) ? 1 : 0;
      } finally {
        await stores.close();
      }
    },
  };
}

/** `newsbrief digest`: polls feeds once into a memory store and prints the stories a digest would carry. */
export const digestCommand: CliCommand = createDigestCommand();

/** Feed URLs from a comma- or space-separated list; throws UserError for an empty list or a non-http(s) URL. */
export function feedList(raw: string): string[] {
  const urls = [...new Set(raw.split(/[\s,]+/).filter(Boolean))];
  if (urls.length === 0) throw new UserError("digest needs --feeds URL[,URL…] (or FEED_URLS in the environment)");
  for (const url of urls) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      throw new UserError(`"${url}" is not a feed URL`);
    }
    if (protocol !== "http:" && protocol !== "https:") throw new UserError(`"${url}" is not an http(s) URL`);
  }
  return urls;
}

/** "90m", "24h", "7d" → milliseconds; throws UserError otherwise. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(m|min|h|d)$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new UserError(`--since "${text}" is not a duration like 90m, 24h or 7d`);
  const unit = match[2].toLowerCase();
  const minutes = unit === "d" ? 1440 : unit === "h" ? 60 : 1;
  return Number(match[1]) * minutes * 60_000;
}

async function renderDigest(stories: readonly Article[], now: Date, topic: string | undefined): Promise<string> {
  const [{ renderText }, { articleBlocks }] = await Promise.all([
    import("../../adapters/console/render.js"),
    import("../chat/format-brief.js"),
  ]);
  if (stories.length === 0) return topic ? `No stories about “${topic}” in these feeds.` : "No stories in these feeds.";
  return stories.map((story) => renderText({ blocks: articleBlocks(story, now) })).join("\n\n");
}

function digestJson(now: Date, results: readonly FeedPollResult[], stories: readonly Article[]) {
  return {
    generatedAt: now.toISOString(),
    feeds: results.map(({ url, status, stored, merged, error }) => ({
      url,
      status,
      stored,
      merged,
      ...(error ? { error } : {}),
    })),
    stories: stories.map(({ id, url, title, publishedAt, sources, summary }) => ({
      id,
      url,
      title,
      publishedAt,
      sources,
      summary,
    })),
  };
}
