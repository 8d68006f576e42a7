/**
 * Digest runs as jobs: a run's job id is (channel, scheduled time, phase), so every instance may fire the same
 * schedule and exactly one run happens; a run whose worker died is taken over (the job queue's stalled-job recovery)
 * and resumes from the delivery log.
 */
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { ChannelKey } from "../chat/platform.js";
import type { JobData, JobQueue } from "../jobs/job-queue.js";
import type { Lease } from "../jobs/lease.js";
import type { DeliveryLog, DigestRun } from "../store/ports.js";
import type { DigestRunner, RunOutcome } from "./digest-runner.js";

/** Options of {@link createDigestJobs}. */
export interface DigestJobsOptions {
  runner: Pick<DigestRunner, "run" | "tick">;
  deliveries: Pick<DeliveryLog, "openRuns">;
  jobs: JobQueue;
  log?: Logger;
  /**
   * Several instances: a lease per channel, so that two runs of one channel (two scheduled times, or a retry and the
   * next run) never send at once on two instances. `owner` names the job holding it.
   */
  channelLease?: (channel: ChannelKey, owner: string) => Lease | undefined;
  /** How long a run waits for its channel's lease before it gives up (default 10 min). */
  leaseWaitMs?: number;
  /** Digest runs at once in this instance (default 8; sends are paced by the platform's queue anyway). */
  concurrency?: number;
  clock?: () => Date;
}

/** Digest runs through the job queue. */
export interface DigestJobs {
  /** Runs the digest of (channel, scheduledAt) once across instances; resolves with its outcome. */
  run(channel: ChannelKey, scheduledAt: Date, now: Date): Promise<RunOutcome>;
  /** Sends held runs whose quiet hours are over and retries runs that failed for a transient reason. */
  tick(now: Date): Promise<void>;
}

/** Creates the digest job driver and registers this instance as a worker for digest jobs. */
export function createDigestJobs(options: DigestJobsOptions): DigestJobs {
  const log = options.log ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const { jobs, runner } = options;

  const leaseWaitMs = options.leaseWaitMs ?? 10 * 60_000;
  let jobCount = 0;

  async function runHeld(data: JobData): Promise<string> {
    const channel = String(data.channel) as ChannelKey;
    const scheduledAt = new Date(String(data.scheduledAt));
    jobCount += 1;
    const lease = options.channelLease?.(channel, `${String(data.scheduledAt)}#${jobCount}`);
    if (!lease) return runner.run(channel, scheduledAt, clock());
    for (const giveUp = Date.now() + leaseWaitMs; !(await lease.acquire()); ) {
      if (Date.now() > giveUp) throw new Error(`another run of ${channel} held it for too long`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, lease.renewMs)));
    }
    const renew = setInterval(() => void lease.acquire().catch(() => undefined), lease.renewMs);
    try {
      return await runner.run(channel, scheduledAt, clock());
    } finally {
      clearInterval(renew);
      await lease.release().catch(() => undefined);
    }
  }

  jobs.handle("digest", runHeld, { concurrency: options.concurrency ?? 8 });

  const runJob = (run: Pick<DigestRun, "channel" | "scheduledAt">, phase: string) =>
    jobs.run("digest", `${run.channel}|${run.scheduledAt}|${phase}`, {
      channel: run.channel,
      scheduledAt: run.scheduledAt,
    }) as Promise<RunOutcome>;

  return {
    run(channel, scheduledAt) {
      return runJob({ channel, scheduledAt: scheduledAt.toISOString() }, "due");
    },
    async tick(now) {
      // One process: the runner's own tick also resumes runs a crash interrupted (nobody else can hold them).
      if (jobs.scope === "local") return runner.tick(now);
      const open = await options.deliveries.openRuns();
      const work: Promise<unknown>[] = [];
      for (const run of open) {
        const phase = phaseOf(run, now);
        if (!phase) continue;
        work.push(runJob(run, phase).catch((error: unknown) => log.error("digest job failed", { channel: run.channel, error })));
      }
      await Promise.all(work);
    },
  };
}

/**
 * The phase of an open run that is due for a job, named after what the run has been through, so that every
 * instance asks for the same job: released after quiet hours, or retried after its n-th transient failure. A run
 * sending without a failure is in a job now (or in one a dead worker held, which the queue hands to another).
 */
function phaseOf(run: DigestRun, now: Date): string | undefined {
  if (run.status === "held") return !run.releaseAt || Date.parse(run.releaseAt) <= now.getTime() ? "release" : undefined;
  if (run.status === "sending" && (run.attempts ?? 0) > 0) return `retry-${run.attempts}`;
  return undefined;
}
