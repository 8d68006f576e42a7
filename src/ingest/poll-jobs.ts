/**
 * Feed polls as jobs: each poll of a feed has the id (feed, time of its last poll), so however many instances find a
 * feed due at once, or read it at start-up, it is fetched once; whoever runs the job, the others get its result.
 */
import { createHash } from "node:crypto";
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { JobQueue } from "../jobs/job-queue.js";
import type { FeedState, FeedStore } from "../store/ports.js";
import type { Poller } from "./poll-feeds.js";

/** Options of {@link createPollJobs}. */
export interface PollJobsOptions {
  poller: Pick<Poller, "pollFeed">;
  feeds: FeedStore;
  jobs: JobQueue;
  log?: Logger;
  /** Feeds polled at once by this instance (default 8). */
  concurrency?: number;
  /** How often due feeds are looked for (default 60 s). */
  tickMs?: number;
  clock?: () => Date;
}

/** Polls due feeds through the job queue. */
export interface PollJobs {
  /**
   * Reads every enabled feed not polled within `freshMs` (0: every one), once across instances; resolves when
   * those polls are done, whoever ran them.
   */
  prime(now: Date, freshMs: number): Promise<void>;
  /** Polls the feeds that are due now. */
  pollDue(now: Date): Promise<void>;
  /** Starts looking for due feeds on a timer. */
  start(): void;
  /** Stops the timer and waits for the polls it started. */
  stop(): Promise<void>;
}

/** Creates the poll driver and registers this instance as a worker for poll jobs. */
export function createPollJobs(options: PollJobsOptions): PollJobs {
  const log = options.log ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const { feeds, jobs } = options;

  jobs.handle(
    "poll",
    async (data) => {
      const url = String(data.url);
      const state = await feeds.get(url);
      if (!state || state.paused || state.disabled) return "skipped";
      // Another instance polled it since this job was asked for (its record is gone from the queue): done already.
      if (lastPoll(state) !== data.after) return "skipped";
      return (await options.poller.pollFeed(url, clock())).status;
    },
    { concurrency: options.concurrency ?? 8 },
  );

  async function poll(states: readonly FeedState[]): Promise<void> {
    await Promise.all(
      states.map((state) =>
        jobs
          .run("poll", `${urlId(state.url)}|${lastPoll(state)}`, { url: state.url, after: lastPoll(state) })
          .catch((error: unknown) => log.warn("feed poll job failed", { url: state.url, error })),
      ),
    );
  }

  async function enabled(): Promise<FeedState[]> {
    return (await feeds.list()).filter((state) => !state.paused && !state.disabled);
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const pollDue = async (now: Date) => {
    const due = (await enabled()).filter((state) => !state.nextPollAt || Date.parse(state.nextPollAt) <= now.getTime());
    await poll(due);
  };
  return {
    async prime(now, freshMs) {
      const stale = (await enabled()).filter(
        (state) => !state.lastPolledAt || now.getTime() - Date.parse(state.lastPolledAt) >= freshMs,
      );
      await poll(stale);
    },
    pollDue,
    start() {
      if (timer) return;
      const tick = () => {
        if (running) return;
        running = pollDue(clock())
          .catch((error: unknown) => log.warn("could not list due feeds", { error }))
          .finally(() => (running = undefined));
      };
      timer = setInterval(tick, options.tickMs ?? 60_000);
      tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

function lastPoll(state: FeedState): string {
  return state.lastPolledAt ?? "never";
}

function urlId(url: string): string {
  return createHash("sha256").update(url).digest("base64url").slice(0, 22);
}
