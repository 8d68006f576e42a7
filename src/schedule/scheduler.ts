/** The Scheduler port: runs jobs on cron schedules, each in its IANA timezone, never overlapping itself. */

/** A job on a schedule. `run` gets the time it was scheduled for (which identifies the run). */
import type { UserError } from "../errors.js";
export interface ScheduledJob {
  /** Unique id; setting a job with the same id replaces it. */
  id: string;
  /** Cron expression, 5 or 6 fields. */
  cron: string;
  timezone: string;
  run(scheduledAt: Date): Promise<void>;
}

/** Runs jobs on their schedules. */
export interface Scheduler {
  /** What is wrong with the expression or timezone, as a UserError to throw (shown in the chat's language), or undefined. */
  validate(cron: string, timezone: string): UserError | undefined;
  /** Adds or replaces a job; throws when its expression or timezone is invalid. */
  set(job: ScheduledJob): void;
  /** Removes a job (a run in progress finishes). */
  remove(id: string): void;
  /** Ids of the jobs set. */
  ids(): string[];
  /** Starts firing jobs (jobs set before and after). */
  start(): void;
  /** Stops firing and waits for runs in progress. */
  stop(): Promise<void>;
}
