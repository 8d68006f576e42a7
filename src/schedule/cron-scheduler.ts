/** The Scheduler on node-cron 4 (the only file importing it): one task per job, in its timezone, with noOverlap. */
import { type Logger as CronLogger, createTask, type ScheduledTask, validate as validateCron } from "node-cron";
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { UserError } from "../errors.js";
import { userError } from "../i18n/translate.js";
import type { ScheduledJob, Scheduler } from "./scheduler.js";

/** Options of {@link createCronScheduler}. */
export interface CronSchedulerOptions {
  log?: Logger;
  /** Refuse expressions that fire more often than this (default 5 minutes; tests may pass 0). */
  minIntervalMs?: number;
}

/** A running cron scheduler, plus a way to run a job's task now (tests). */
export interface CronScheduler extends Scheduler {
  /** Runs a job's node-cron task now, through node-cron (`task.execute()`). */
  execute(id: string): Promise<void>;
}

/** Explains what is wrong with a cron expression or timezone (a UserError to throw), or returns undefined. */
export function validateSchedule(cron: string, timezone: string, minIntervalMs = 5 * 60_000): UserError | undefined {
  const fields = cron.trim().split(/\s+/).length;
  if (fields < 5 || fields > 6 || !validateCron(cron)) {
    return userError("schedule.invalidCron", { cron });
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
  } catch {
    return userError("subscription.badTimezone", { timezone, example: "Europe/Paris or America/New_York" });
  }
  const task = createTask(cron, () => undefined, { timezone, logger: quiet(silentLogger) });
  try {
    const runs = task.getNextRuns(4).map((d) => d.getTime());
    const gaps = runs.slice(1).map((t, i) => t - (runs[i] as number));
    if (gaps.some((gap) => gap < minIntervalMs)) {
      return userError("schedule.tooOften", { cron, minutes: Math.round(minIntervalMs / 60_000) });
    }
  } finally {
    void task.destroy();
  }
  return undefined;
}

/** Creates the node-cron scheduler. Errors of a run are logged; a run never stops the others. */
export function createCronScheduler(options: CronSchedulerOptions = {}): CronScheduler {
  const log = options.log ?? silentLogger;
  const minIntervalMs = options.minIntervalMs ?? 5 * 60_000;
  const tasks = new Map<string, { task: ScheduledTask; job: ScheduledJob }>();
  const inFlight = new Set<Promise<void>>();
  let running = false;

  const runJob = (job: ScheduledJob, scheduledAt: Date): Promise<void> => {
    const run = job.run(scheduledAt).catch((error: unknown) => log.error("scheduled job failed", { job: job.id, error }));
    inFlight.add(run);
    return run.finally(() => inFlight.delete(run));
  };

  return {
    validate: (cron, timezone) => validateSchedule(cron, timezone, minIntervalMs),
    set(job) {
      // Internal jobs (the digest tick) may fire every minute; admins' schedules are checked by validate().
      const problem = validateSchedule(job.cron, job.timezone, 0);
      if (problem) throw new Error(problem.message);
      const previous = tasks.get(job.id);
      if (previous) void previous.task.destroy();
      const task = createTask(
        job.cron,
        // The scheduled second identifies the run: every instance computes the same one.
        (context) => runJob(job, new Date(Math.floor(context.date.getTime() / 1000) * 1000)),
        { timezone: job.timezone, name: job.id, noOverlap: true, logger: quiet(log) },
      );
      tasks.set(job.id, { task, job });
      if (running) void task.start();
    },
    remove(id) {
      const entry = tasks.get(id);
      if (entry) void entry.task.destroy();
      tasks.delete(id);
    },
    ids: () => [...tasks.keys()],
    start() {
      running = true;
      for (const { task } of tasks.values()) void task.start();
    },
    async stop() {
      running = false;
      await Promise.all([...tasks.values()].map(({ task }) => task.stop()));
      await Promise.all([...inFlight]);
    },
    async execute(id) {
      const entry = tasks.get(id);
      if (!entry) throw new Error(`no job ${id}`);
      await entry.task.execute();
      await Promise.all([...inFlight]);
    },
  };
}

/** node-cron's logger, routed to ours at debug level (its own writes coloured WARN lines to the console). */
function quiet(log: Logger): CronLogger {
  return {
    info: (message) => log.debug(`node-cron: ${message}`),
    warn: (message) => log.debug(`node-cron: ${message}`),
    error: (message, error) => log.warn(`node-cron: ${String(message)}`, error ? { error } : undefined),
    debug: () => undefined,
  };
}
