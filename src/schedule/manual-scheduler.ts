/** A Scheduler for tests: nothing fires by itself; the test fires jobs with the time it chooses. */
import { userError } from "../i18n/translate.js";
import type { ScheduledJob, Scheduler } from "./scheduler.js";

/** The manual scheduler, plus `fire`. */
export interface ManualScheduler extends Scheduler {
  /** Runs a job as if its schedule fired at `scheduledAt`. */
  fire(id: string, scheduledAt: Date): Promise<void>;
  /** The job set under an id. */
  job(id: string): ScheduledJob | undefined;
}

/** Creates a manual scheduler; `validate` defaults to a 5–6 field check (pass the cron scheduler's for real checks). */
export function createManualScheduler(options: { validate?: Scheduler["validate"] } = {}): ManualScheduler {
  const jobs = new Map<string, ScheduledJob>();
  const validate =
    options.validate ??
    ((cron: string) => (/^\S+(?:\s+\S+){4,5}$/.test(cron.trim()) ? undefined : userError("schedule.notCron", { cron })));
  return {
    validate,
    set(job) {
      const problem = validate(job.cron, job.timezone);
      if (problem) throw new Error(problem.message);
      jobs.set(job.id, job);
    },
    remove(id) {
      jobs.delete(id);
    },
    ids: () => [...jobs.keys()],
    start() {},
    async stop() {},
    job: (id) => jobs.get(id),
    async fire(id, scheduledAt) {
      const job = jobs.get(id);
      if (!job) throw new Error(`no job ${id}`);
      await job.run(scheduledAt);
    },
  };
}
