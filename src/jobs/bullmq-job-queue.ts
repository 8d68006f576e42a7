/** The shared JobQueue on Redis: one BullMQ queue per kind of job. The only file that imports BullMQ. */
import { Job, Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { JobData, JobHandler, JobKind, JobQueue } from "./job-queue.js";

/** Options of {@link createBullJobQueue}. */
export interface BullJobQueueOptions {
  /** redis:// or rediss:// URL (STORE_URL). */
  redisUrl: string;
  /** Key prefix (deployments or test runs sharing one Redis never meet). */
  prefix?: string;
  /**
   * A worker holds a job's lock this long, renewing it every half; when it dies, another instance takes the job
   * over within about 1.5 × this (BullMQ's stalled-job check). Default 30 s.
   */
  stallMs?: number;
  /** How long a finished job's id is kept, so that a late `run` with it returns its result (default 1 h). */
  retentionMs?: number;
  /** How long `run` waits for a job (default 15 min). */
  waitMs?: number;
  log?: Logger;
}

// BullMQ refuses custom ids that contain ":" (its key separator) or look like integers.
function jobIdOf(kind: JobKind, id: string): string {
  return `${kind}|${id.replaceAll("%", "%25").replaceAll(":", "%3A")}`;
}

/** Creates the BullMQ-backed JobQueue; connections open at once, workers start when a handler is set. */
export function createBullJobQueue(options: BullJobQueueOptions): JobQueue {
  const log = options.log ?? silentLogger;
  const prefix = `${options.prefix ?? ""}bull`;
  const stallMs = options.stallMs ?? 30_000;
  const retentionSeconds = Math.ceil((options.retentionMs ?? 3_600_000) / 1000);
  const waitMs = options.waitMs ?? 15 * 60_000;
  // Workers block on their own connections (BullMQ duplicates the one it is given); queues and events share this.
  // BullMQ leaves connections it was given open on close(): they are ours to quit.
  const opened: Redis[] = [];
  const connection = () => {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    redis.on("error", (error) => log.debug("job connection error", { error }));
    opened.push(redis);
    return redis;
  };
  const queues = new Map<JobKind, { queue: Queue; events: QueueEvents; ready: Promise<unknown> }>();
  const workers: Worker[] = [];
  // Closing stops the waits of this instance's callers at once: their jobs stay in Redis for the other instances.
  let closing: Promise<void> | undefined;
  let abort: (error: Error) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    abort = reject;
  });
  aborted.catch(() => undefined);

  function queueOf(kind: JobKind) {
    let entry = queues.get(kind);
    if (!entry) {
      const queue = new Queue(kind, { connection: connection(), prefix });
      const events = new QueueEvents(kind, { connection: connection(), prefix });
      queue.on("error", (error) => log.warn("job queue error", { kind, error }));
      events.on("error", (error) => log.warn("job events error", { kind, error }));
      entry = { queue, events, ready: Promise.all([queue.waitUntilReady(), events.waitUntilReady()]) };
      queues.set(kind, entry);
    }
    return entry;
  }

  return {
    scope: "shared",
    handle(kind, handler: JobHandler, handleOptions = {}) {
      const worker = new Worker(kind, async (job: Job) => handler(job.data as JobData), {
        connection: connection(),
        prefix,
        concurrency: handleOptions.concurrency ?? 4,
        lockDuration: stallMs,
        stalledInterval: Math.max(500, Math.floor(stallMs / 2)),
        // A job whose workers died twice still runs; a third time it fails (and is logged) rather than loop.
        maxStalledCount: 2,
      });
      worker.on("error", (error) => log.warn("job worker error", { kind, error }));
      worker.on("stalled", (jobId) => log.warn("job taken over from a stopped instance", { kind, jobId }));
      worker.on("failed", (job, error) => log.warn("job failed", { kind, jobId: job?.id, error }));
      workers.push(worker);
    },
    async run(kind, id, data) {
      const { queue, events, ready } = queueOf(kind);
      await ready;
      // Adding an id that exists (waiting, active, or kept after it finished) returns that job: it runs once.
      const job = await queue.add(kind, data, {
        jobId: jobIdOf(kind, id),
        attempts: 1,
        removeOnComplete: { age: retentionSeconds },
        removeOnFail: { age: 300 },
      });
      // Events can be missed (a job that finishes before QueueEvents' first read: bullmq #161), so the job's state is
      // also read every second; whichever sees the end first answers.
      const stop = new AbortController();
      try {
        return String(
          await Promise.race([job.waitUntilFinished(events, waitMs), polledResult(queue, job, stop.signal), aborted]),
        );
      } finally {
        stop.abort();
      }
    },
    async depth() {
      const counts = await Promise.all(
        [...queues.values()].map(({ queue }) => queue.getJobCountByTypes("waiting", "active", "delayed", "prioritized")),
      );
      return counts.reduce((sum, count) => sum + count, 0);
    },
    close() {
      closing ??= closeAll();
      return closing;
    },
  };

  /** The job's result read from Redis every second until it has finished (or `signal` stops the reads). */
  async function polledResult(queue: Queue, job: Job, signal: AbortSignal): Promise<unknown> {
    const jobId = String(job.id);
    const deadline = Date.now() + waitMs;
    while (!signal.aborted && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000).unref());
      if (signal.aborted) break;
      const current = await Job.fromId(queue, jobId).catch(() => undefined);
      if (!current?.finishedOn) continue;
      if (current.failedReason) throw new Error(current.failedReason);
      return current.returnvalue;
    }
    return new Promise<never>(() => undefined);
  }

  async function closeAll(): Promise<void> {
    abort(new Error("this instance is stopping; the job stays queued for the others"));
    // Workers first: they finish the jobs in progress (close waits for them), then the queues go.
    await Promise.all(workers.map((worker) => worker.close()));
    await Promise.all([...queues.values()].flatMap(({ queue, events }) => [queue.close(), events.close()]));
    await Promise.all(opened.map((redis) => redis.quit().catch(() => redis.disconnect())));
  }
}
