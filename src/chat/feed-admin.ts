/** FeedAdmin over the feed store and the poller: what /feeds does. */
import { IngestError } from "../errors.js";
import { english, userError } from "../i18n/translate.js";
import type { Poller } from "../ingest/poll-feeds.js";
import type { FeedState, FeedStore } from "../store/ports.js";
import type { FeedAdmin } from "./services.js";

/** Creates the feed admin; adding a feed polls it once (priming it: its current items are stored, none delivered). */
export function createFeedAdmin(options: { feeds: FeedStore; poller: Pick<Poller, "addFeed" | "pollFeed"> }): FeedAdmin {
  const { feeds, poller } = options;

  async function known(url: string): Promise<FeedState> {
    const state = await feeds.get(url);
    if (!state) throw userError("feeds.notFollowed", { url });
    return state;
  }

  return {
    async add(url, now, details) {
      if (!isWebAddress(url)) throw userError("feeds.notAddress", { url });
      const before = await feeds.get(url);
      await poller.addFeed(url, now);
      const result = await poller.pollFeed(url, now);
      if (result.status === "failed" && !before) {
        await feeds.remove(url);
        throw userError("feeds.unreadable", { url, error: result.error ?? english("error.unknown") });
      }
      const state = (await feeds.get(url)) ?? { url, failures: 0 };
      // Where the feed's site is, when the admin's list says (an OPML import): `/feeds export` writes it back.
      if (details?.htmlUrl && !state.htmlUrl && isWebAddress(details.htmlUrl)) {
        const next = { ...state, htmlUrl: details.htmlUrl };
        await feeds.put(next);
        return next;
      }
      return state;
    },
    async remove(url) {
      if (!(await feeds.get(url))) return false;
      await feeds.remove(url);
      return true;
    },
    list: () => feeds.list(),
    async setPaused(url, paused, now) {
      const state = await known(url);
      if (paused) {
        const next = { ...state, paused: true };
        await feeds.put(next);
        return next;
      }
      const { paused: _paused, ...rest } = state;
      await feeds.put(rest);
      // The poller re-enables a disabled feed and schedules its next poll.
      return state.disabled ? poller.addFeed(url, now) : rest;
    },
  };
}

/** Whether text is an http(s) address. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Turns a fetch failure into something a user can read; other errors pass through. */
export function explainFetchFailure(url: string, error: unknown): unknown {
  if (error instanceof IngestError) return userError("fetch.failed", { url, error: error.message });
  return error;
}
