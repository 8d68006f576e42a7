/**
 * The job port: work that must happen once across every instance sharing a store (a feed poll, a digest run).
 * In one process it runs in place (local-job-queue.ts); on Redis it is a BullMQ job (bullmq-job-queue.ts).
 */

/** The kinds of jobs newsbrief runs. */
export type JobKind = "poll" | "digest";

/** A job's data and result: plain JSON. */
export type JobData = Readonly<Record<string, string | number | boolean | null>>;

/** Runs one job; its result reaches every caller of `run` for that id. */
export type JobHandler = (data: JobData) => Promise<string>;

/** Work done once across instances. */
export interface JobQueue {
  /** Where jobs run: "local" (this process only) or "shared" (every instance on one Redis). */
  readonly scope: "local" | "shared";
  /** Processes this kind of job in this instance, at most `concurrency` at a time (default 4). */
  handle(kind: JobKind, handler: JobHandler, options?: { concurrency?: number }): void;
  /**
   * Runs the job with this id once across every instance and resolves with its result, whoever ran it. A call with
   * an id already run (or running) within the retention time gets that job's result without running it again.
   */
  run(kind: JobKind, id: string, data: JobData): Promise<string>;
  /** Jobs waiting or running: this process's (local), or every instance's on the shared queues. */
  depth(): Promise<number>;
  /** Stops taking jobs and waits for those in progress here. */
  close(): Promise<void>;
}
