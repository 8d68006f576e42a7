import pLimit, { type LimitFunction } from "p-limit";
import { IngestError } from "../errors.js";
import { KeyedLock } from "../store/keyed-lock.js";
import type { ArticleStore, FeedState, FeedStore } from "../store/ports.js";
import type { Article } from "../types.js";
import { rememberSeen, seenKeys, withSource } from "./dedup-story.js";
import { DEFAULT_INGEST_DEPS, type IngestDeps, ingestItem, safeCanonical } from "./ingest-item.js";
import type { FeedItem } from "./parse-feed.js";
import type { FetchOptions, FetchResult } from "./safe-fetch.js";
import {
  DEFAULT_SCHEDULE,
  firstPollAt,
  nextPollAfterFailure,
  nextPollAfterSuccess,
  pollIntervalSeconds,
  type ScheduleLimits,
} from "./schedule-feeds.js";

/** Something admins should hear about. */
export type PollEvent =
  | { type: "feed-failed"; url: string; failures: number; error: string; at: string }
  | { type: "feed-disabled"; url: string; reason: string; at: string };

/** How one feed poll ended. */
export interface FeedPollResult {
  url: string;
  status: "updated" | "not-modified" | "failed" | "disabled" | "skipped";
  /** Stories stored for the first time. */
  stored: number;
  /** Stories already known from another feed, to which this feed was added as a source. */
  merged: number;
  /** Items skipped because this feed listed them before. */
  seen: number;
  /** Items that could not be ingested (their error is in `errors`). */
  failedItems: number;
  /** Whether this poll's new stories may be delivered (false on a feed's first fetch). */
  deliverable: boolean;
  error?: string;
  errors?: string[];
}

/** Options of {@link createPoller}. */
export interface PollerOptions {
  articles: ArticleStore;
  feeds: FeedStore;
  /** Address policy, DNS and time-outs for every fetch (e.g. ALLOW_PRIVATE_NETWORKS). */
  fetchOptions?: Pick<FetchOptions, "allowPrivateNetworks" | "allowAddresses" | "lookup" | "timeoutMs" | "connectTimeoutMs">;
  /** Requests in flight to one host, feeds and pages together (default 2). */
  perHostConcurrency?: number;
  /** Feeds polled at once (default 8). */
  concurrency?: number;
  /** Consecutive failures after which a feed is disabled (default 8). */
  maxFailures?: number;
  /** Items looked at per poll, newest (first) first (default 50). */
  maxItemsPerPoll?: number;
  schedule?: Partial<ScheduleLimits>;
  deps?: Partial<IngestDeps>;
  onEvent?: (event: PollEvent) => void;
  /**
   * Told, after the feed's state is saved, of the stories this poll stored for the first time (alerts). Awaited, so
   * it runs inside the poll (one poll job across instances); its errors are logged by it, never fail the poll.
   */
  onStored?: (stories: readonly Article[], now: Date) => Promise<void>;
}

/** Polls feeds on their own schedules and stores their new stories. */
export interface Poller {
  /** Follows a feed (its first poll is spread within the next minutes); re-enables a disabled one. */
  addFeed(url: string, now: Date): Promise<FeedState>;
  /** Polls every enabled feed whose next poll time has come. Never throws for a feed's failure. */
  pollOnce(now: Date): Promise<FeedPollResult[]>;
  /** Polls one feed now, due or not (it is followed if it was not). Never throws for the feed's failure. */
  pollFeed(url: string, now: Date): Promise<FeedPollResult>;
}

/** Creates a {@link Poller} over the given stores. */
export function createPoller(options: PollerOptions): Poller {
  const deps: IngestDeps = { ...DEFAULT_INGEST_DEPS, ...options.deps };
  const schedule: ScheduleLimits = { ...DEFAULT_SCHEDULE, ...options.schedule };
  const maxFailures = options.maxFailures ?? 8;
  const maxItems = options.maxItemsPerPoll ?? 50;
  const perHost = options.perHostConcurrency ?? 2;
  const feedLimit = pLimit(options.concurrency ?? 8);
  const hostLimits = new Map<string, LimitFunction>();
  // Check-then-store of a story is one step, so two feeds carrying it at once keep it once.
  const storyLock = new KeyedLock();
  const feedLock = new KeyedLock();
  const { articles, feeds } = options;

  function limited<T>(url: string, task: () => Promise<T>): Promise<T> {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      host = "";
    }
    let limit = hostLimits.get(host);
    if (!limit) {
      limit = pLimit(perHost);
      hostLimits.set(host, limit);
    }
    const hostLimit = limit;
    return hostLimit(task).finally(() => {
      // Forget idle hosts, so the map stays as small as the set of hosts being fetched from.
      if (hostLimit.activeCount === 0 && hostLimit.pendingCount === 0) hostLimits.delete(host);
    });
  }

  function fetchVia(url: string, extra: Partial<FetchOptions> & Pick<FetchOptions, "kind">): Promise<FetchResult> {
    return limited(url, () => deps.fetch(url, { ...options.fetchOptions, ...extra }));
  }

  async function addFeed(url: string, now: Date): Promise<FeedState> {
    const known = await feeds.get(url);
    if (known && !known.disabled) return known;
    const state: FeedState = known
      ? { ...stripDisabled(known), failures: 0, nextPollAt: now.toISOString() }
      : { url, failures: 0, nextPollAt: firstPollAt(url, now, schedule).toISOString() };
    await feeds.put(state);
    return state;
  }

  // One poll of a feed at a time in this instance (a timer tick and an admin's "poll now" may meet).
  function pollFeed(url: string, now: Date): Promise<FeedPollResult> {
    return feedLock.run(url, async () => {
      let state: FeedState = { url, failures: 0 };
      try {
        state = (await feeds.get(url)) ?? state;
        return await pollKnown(state, now);
      } catch (error) {
        return recordFailure(state, now, error);
      }
    });
  }

  async function pollKnown(state: FeedState, now: Date): Promise<FeedPollResult> {
    const deliverable = state.primed === true;
    const base = { url: state.url, stored: 0, merged: 0, seen: 0, failedItems: 0, deliverable };
    const response = await fetchVia(state.url, {
      kind: "feed",
      ...(state.etag ? { etag: state.etag } : {}),
      ...(state.lastModified ? { lastModified: state.lastModified } : {}),
    });
    const polled = { lastPolledAt: now.toISOString(), lastSuccessAt: now.toISOString(), failures: 0 };
    if (response.status === 304) {
      // A 304 has no body, hence no TTL: keep the interval the feed asked for, unless max-age now asks for longer.
      const fromHeaders =
        response.maxAgeSeconds === undefined ? 0 : pollIntervalSeconds({ maxAgeSeconds: response.maxAgeSeconds }, schedule);
      const wait = Math.max(fromHeaders, state.pollIntervalSeconds ?? 0) || schedule.defaultSeconds;
      await feeds.put({
        ...withoutError(state),
        ...polled,
        ...validators(response, state),
        nextPollAt: nextPollAfterSuccess(state.url, now, wait).toISOString(),
      });
      return { ...base, status: "not-modified" };
    }
    const parsed = deps.parseFeed(
      deps.decodeBody(response.body, response.contentType),
      response.url,
      response.contentLocation ? { contentLocation: response.contentLocation } : {},
    );
    const feedTitle = parsed.title ?? state.title;
    const seen = new Set(state.seenIds ?? []);
    const items = parsed.items.slice(0, maxItems);
    const result: FeedPollResult = { ...base, status: "updated" };
    const errors: string[] = [];
    const seenNow: string[] = [];
    const storedNow: Article[] = [];
    await Promise.all(
      items.map(async (item) => {
        const link = item.url ? safeCanonical(deps, item.url) : undefined;
        const keys = seenKeys(item.id, link);
        if (keys.some((key) => seen.has(key))) {
          seenNow.push(...keys);
          result.seen += 1;
          return;
        }
        try {
          const outcome = await ingestNew(
            item,
            link,
            { feedUrl: state.url, ...(feedTitle ? { feedTitle } : {}) },
            now,
            deliverable,
            storedNow,
          );
          result[outcome] += 1;
          // Failed items are not remembered, so the next poll tries them again.
          seenNow.push(...keys);
        } catch (error) {
          result.failedItems += 1;
          errors.push(`${item.url || item.id}: ${messageOf(error)}`);
        }
      }),
    );
    const interval = pollIntervalSeconds({ ttlMinutes: parsed.ttlMinutes, maxAgeSeconds: response.maxAgeSeconds }, schedule);
    await feeds.put({
      ...withoutError(state),
      ...polled,
      ...(feedTitle ? { title: feedTitle } : {}),
      ...validators(response, state),
      primed: true,
      pollIntervalSeconds: interval,
      seenIds: rememberSeen(state.seenIds ?? [], seenNow, Math.max(200, 3 * seenNow.length)),
      nextPollAt: nextPollAfterSuccess(state.url, now, interval).toISOString(),
    });
    if (storedNow.length > 0 && options.onStored) await options.onStored(storedNow, now).catch(() => undefined);
    return errors.length > 0 ? { ...result, errors } : result;
  }

  /** Stores one item not seen in this feed before; "merged" when another feed had it already. */
  async function ingestNew(
    item: FeedItem,
    link: string | undefined,
    source: { feedUrl: string; feedTitle?: string },
    now: Date,
    deliverable: boolean,
    stored: Article[],
  ): Promise<"stored" | "merged" | "seen"> {
    // Known by its link (another feed, or this feed under a new guid): no page fetch needed.
    if (link) {
      const merged = await storyLock.run("story", async () =>
        mergeInto(await articles.findDuplicate({ url: link, title: item.title }), item, source),
      );
      if (merged) return merged;
    }
    const fetchPage = (url: string) => fetchVia(url, { kind: "page" });
    const { article } = await ingestItem(item, source, { deps, fetchPage, now, deliverable });
    return storyLock.run("story", async () => {
      const duplicate = await articles.findDuplicate({ url: article.url, title: article.title, lede: article.summary.lede });
      const merged = await mergeInto(duplicate, item, source);
      if (merged) return merged;
      await articles.put(article);
      stored.push(article);
      return "stored";
    });
  }

  async function mergeInto(
    duplicate: Awaited<ReturnType<ArticleStore["findDuplicate"]>>,
    item: FeedItem,
    source: { feedUrl: string; feedTitle?: string },
  ): Promise<"merged" | "seen" | undefined> {
    if (!duplicate) return undefined;
    const updated = withSource(duplicate, { ...source, url: item.url });
    if (!updated) return "seen";
    await articles.put(updated);
    return "merged";
  }

  async function recordFailure(state: FeedState, now: Date, error: unknown): Promise<FeedPollResult> {
    const message = messageOf(error);
    const failures = state.failures + 1;
    const at = now.toISOString();
    const disable = failures >= maxFailures;
    const reason = `Disabled after ${failures} failed polls in a row; last error: ${message}`;
    const next: FeedState = {
      ...state,
      lastPolledAt: at,
      failures,
      lastError: message,
      nextPollAt: nextPollAfterFailure(state.url, now, failures, schedule).toISOString(),
      ...(disable ? { disabled: true, disabledReason: reason, disabledAt: at } : {}),
    };
    const result: FeedPollResult = {
      url: state.url,
      status: disable ? "disabled" : "failed",
      stored: 0,
      merged: 0,
      seen: 0,
      failedItems: 0,
      deliverable: state.primed === true,
      error: message,
    };
    try {
      await feeds.put(next);
    } catch (storeError) {
      return { ...result, error: `${message} (and its state could not be saved: ${messageOf(storeError)})` };
    }
    notify({ type: "feed-failed", url: state.url, failures, error: message, at });
    if (disable) notify({ type: "feed-disabled", url: state.url, reason, at });
    return result;
  }

  function notify(event: PollEvent): void {
    try {
      options.onEvent?.(event);
    } catch {
      // A listener's bug must not stop the poller.
    }
  }

  async function pollOnce(now: Date): Promise<FeedPollResult[]> {
    let due: FeedState[];
    try {
      due = (await feeds.list()).filter(
        (state) => !state.disabled && !state.paused && (!state.nextPollAt || Date.parse(state.nextPollAt) <= now.getTime()),
      );
    } catch (error) {
      return [
        { url: "", status: "failed", stored: 0, merged: 0, seen: 0, failedItems: 0, deliverable: false, error: messageOf(error) },
      ];
    }
    return Promise.all(due.map((state) => feedLimit(() => pollFeed(state.url, now))));
  }

  // The timer that polls due feeds is poll-jobs.ts: one poll per feed across every instance.
  return {
    addFeed,
    pollOnce,
    pollFeed: (url, now) => feedLimit(() => pollFeed(url, now)),
  };
}

function validators(response: FetchResult, state: FeedState): Pick<FeedState, "etag" | "lastModified"> {
  const etag = response.etag ?? state.etag;
  const lastModified = response.lastModified ?? state.lastModified;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function withoutError(state: FeedState): FeedState {
  const { lastError: _error, ...rest } = state;
  return rest;
}

function stripDisabled(state: FeedState): FeedState {
  const { disabled: _d, disabledReason: _r, disabledAt: _a, lastError: _e, ...rest } = state;
  return rest;
}

function messageOf(error: unknown): string {
  if (error instanceof IngestError || error instanceof Error) return error.message;
  return String(error);
}
