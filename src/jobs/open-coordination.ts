/**
 * How instances coordinate: in one process (SQLite, memory) jobs run in place and limits are this process's own;
 * on Redis, jobs are BullMQ jobs, send budgets and leases live in Redis, shared by every instance.
 */
import { createHash } from "node:crypto";
import type { Logger } from "../chat/logger.js";
import { silentLogger } from "../chat/logger.js";
import type { SharedState } from "../store/shared-state.js";
import type { JobQueue } from "./job-queue.js";
import { createLease, INSTANCE_ID, type Lease } from "./lease.js";
import { createLocalJobQueue } from "./local-job-queue.js";
import type { SendBudget, SendLimits } from "./send-budget.js";

/** The coordination parts of one running instance. */
export interface Coordination {
  jobs: JobQueue;
  /** The token's shared send budget; undefined in one process (the platform's own queue is the budget). */
  sendBudget(platform: string, token: string, limits: SendLimits): SendBudget | undefined;
  /**
   * A lease on a role only one holder may have at a time (`subject`: what it is about, hashed; `owner`: default this
   * instance); undefined in one process (it holds every role).
   */
  lease(role: string, subject: string, owner?: string): Lease | undefined;
  close(): Promise<void>;
}

/** Options of {@link openCoordination}. */
export interface CoordinationOptions {
  storeUrl: string;
  /** Key prefix (STORE_PREFIX). */
  prefix: string;
  /** The store's shared state (claims for leases). */
  shared: SharedState;
  /** A stopped instance's jobs and leases are taken over within this many seconds. */
  takeoverSeconds: number;
  log?: Logger;
}

/** Opens the coordination that fits the store: shared on redis:// and rediss://, local otherwise. */
export async function openCoordination(options: CoordinationOptions): Promise<Coordination> {
  if (!/^rediss?:/i.test(options.storeUrl)) {
    const jobs = createLocalJobQueue();
    return { jobs, sendBudget: () => undefined, lease: () => undefined, close: () => jobs.close() };
  }
  const log = options.log ?? silentLogger;
  // Loaded only here: one process on SQLite never pays for BullMQ or ioredis.
  const [{ createBullJobQueue }, { createRedisSendBudget }, { Redis }] = await Promise.all([
    import("./bullmq-job-queue.js"),
    import("./redis-send-budget.js"),
    import("ioredis"),
  ]);
  const takeoverMs = options.takeoverSeconds * 1000;
  // BullMQ notices a dead worker's job after its lock expires plus up to one stalled-check interval (lock / 2).
  const jobs = createBullJobQueue({ redisUrl: options.storeUrl, prefix: options.prefix, stallMs: takeoverMs / 1.5, log });
  const redis = new Redis(options.storeUrl, { maxRetriesPerRequest: 3 });
  redis.on("error", (error) => log.debug("send budget connection error", { error }));
  return {
    jobs,
    sendBudget: (platform, token, limits) => createRedisSendBudget({ redis, prefix: options.prefix, platform, token, limits }),
    // The lease is renewed every quarter of its life: a dead holder is replaced within 1.25 × its ttl.
    lease: (role, subject, owner) =>
      createLease(options.shared, `${role}:${digest(subject)}`, takeoverMs / 1.25, ...(owner ? [`${INSTANCE_ID}/${owner}`] : [])),
    async close() {
      await jobs.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url").slice(0, 16);
}
