import { UserError } from "../errors.js";
import type { CliCommand, CliIo } from "./cli-command.js";
import { environment } from "./environment.js";

/** What the feeds command reads besides its arguments (tests pass their own). */
export interface FeedsCommandContext {
  /** STORE_URL, ALLOW_PRIVATE_NETWORKS, SUMMARIZER, … as the app reads them. */
  env?: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
}

// User-visible text of this file, in one place.
const TEXT = {
  usage: `feeds import FILE           add every feed an OPML file lists (the checks of /feeds add apply)
    export [FILE]             print the followed feeds as OPML 2.0 (or write them to FILE)`,
  needsAction: 'feeds needs "import FILE" or "export [FILE]"',
  needsFile: "feeds import needs the OPML FILE to read",
  unknown: (action: string) => `feeds: unknown action "${action}" (import or export)`,
  noFeeds: "newsbrief: no feeds to export yet",
};

/** Builds `newsbrief feeds import FILE` / `newsbrief feeds export [FILE]` over an environment and a clock. */
export function createFeedsCommand(context: FeedsCommandContext = {}): CliCommand {
  return {
    usage: TEXT.usage,
    async run(args, io) {
      const [action, path, ...extra] = args;
      if (!action) throw new UserError(TEXT.needsAction);
      if (action !== "import" && action !== "export") throw new UserError(TEXT.unknown(action));
      if (extra.length > 0) throw new UserError(`feeds ${action}: unexpected "${extra.join(" ")}"`);
      if (action === "import" && !path) throw new UserError(TEXT.needsFile);
      const env = context.env ?? environment();
      const now = context.now?.() ?? new Date();
      // Loaded here, not at start-up: `newsbrief help` never pays for feed parsing, OPML or the store drivers.
      const [{ loadConfig }, { openStores }] = await Promise.all([import("../config.js"), import("../store/open-store.js")]);
      const config = loadConfig(env);
      const stores = await openStores(config.storeUrl, { namespacePrefix: config.storePrefix });
      try {
        if (action === "export") return await exportFeeds(stores.feeds, path, now, io);
        const [
          { createPoller },
          { createFeedAdmin },
          { importOpml },
          { importReportMessage },
          { localFile },
          { createSummarizer },
        ] = await Promise.all([
          import("../ingest/poll-feeds.js"),
          import("../chat/feed-admin.js"),
          import("../opml/import-opml.js"),
          import("../opml/import-report.js"),
          import("../chat/local-files.js"),
          import("./summarizer.js"),
        ]);
        const summarize = await createSummarizer(config.summarizer, stores);
        const poller = createPoller({
          articles: stores.articles,
          feeds: stores.feeds,
          fetchOptions: { allowPrivateNetworks: config.allowPrivateNetworks },
          deps: { summarize },
        });
        const feeds = createFeedAdmin({ feeds: stores.feeds, poller });
        const report = await importOpml(localFile(path as string), {
          feeds,
          now,
          onError: (url, error) => io.err(`newsbrief: ${url}: ${error instanceof Error ? error.message : String(error)}`),
        });
        const { renderText } = await import("../../adapters/console/render.js");
        io.out(renderText(importReportMessage(report, Number.POSITIVE_INFINITY)));
        return report.added.length + report.already.length > 0 || report.refused.length === 0 ? 0 : 1;
      } finally {
        await stores.close();
      }
    },
  };
}

async function exportFeeds(
  store: { list(): Promise<import("../store/ports.js").FeedState[]> },
  path: string | undefined,
  now: Date,
  io: CliIo,
): Promise<number> {
  const [{ writeOpml }, { writeFile }] = await Promise.all([import("../opml/write-opml.js"), import("node:fs/promises")]);
  const feeds = await store.list();
  if (feeds.length === 0) io.err(TEXT.noFeeds);
  const opml = writeOpml(feeds, now);
  if (path) await writeFile(path, opml);
  else io.out(opml.trimEnd());
  return 0;
}

/** `newsbrief feeds`: imports an OPML file into the configured store, or exports the followed feeds as OPML. */
export const feedsCommand: CliCommand = createFeedsCommand();
