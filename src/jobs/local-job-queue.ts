/** The in-process JobQueue of the embedded default (one process): runs jobs in place, each id once. */
import pLimit, { type LimitFunction } from "p-limit";
import type { JobData, JobHandler, JobKind, JobQueue } from "./job-queue.js";

/** Options of {@link createLocalJobQueue}. */
export interface LocalJobQueueOptions {
  /** How long a finished job's id is remembered (default 1 h, as the shared queue keeps them). */
  retentionMs?: number;
  now?: () => number;
}

/** Creates the in-process JobQueue: `run` with an id already run within the retention time returns its result. */
export function createLocalJobQueue(options: LocalJobQueueOptions = {}): JobQueue {
  const retentionMs = options.retentionMs ?? 3_600_000;
  const now = options.now ?? Date.now;
  const handlers = new Map<JobKind, { handler: JobHandler; limit: LimitFunction }>();
  const runs = new Map<string, { result: Promise<string>; at: number }>();
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  function forgetOld(): void {
    const oldest = now() - retentionMs;
    // Map order is insertion order: the oldest runs come first.
    for (const [key, entry] of runs) {
      if (entry.at >= oldest) break;
      runs.delete(key);
    }
  }

  return {
    scope: "local",
    handle(kind, handler, handleOptions = {}) {
      handlers.set(kind, { handler, limit: pLimit(handleOptions.concurrency ?? 4) });
    },
    run(kind: JobKind, id: string, data: JobData) {
      forgetOld();
      const key = `${kind}|${id}`;
      const known = runs.get(key);
      if (known) return known.result;
      const entry = handlers.get(kind);
      if (!entry) return Promise.reject(new Error(`No handler for ${kind} jobs`));
      if (closed) return Promise.reject(new Error("The job queue is closed"));
      const result = entry.limit(() => entry.handler(data));
      // A failed job may be tried again with the same id (the shared queue keeps failures apart the same way).
      result.catch(() => runs.delete(key));
      runs.set(key, { result, at: now() });
      const settled = result.catch(() => undefined);
      inFlight.add(settled);
      void settled.finally(() => inFlight.delete(settled));
      return result;
    },
    async depth() {
      return inFlight.size;
    },
    async close() {
      closed = true;
      await Promise.all([...inFlight]);
    },
  };
}
