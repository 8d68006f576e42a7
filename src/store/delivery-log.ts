/** DeliveryLog on keyv: one key per (channel, story) delivered, one per digest run, and an index of open runs. */
import type Keyv from "keyv";
import { KeyedLock } from "./keyed-lock.js";
import type { DeliveryLog, DigestRun, Subscription } from "./ports.js";

const OPEN = "open-runs";
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long records are kept. */
export interface DeliveryLogRetention {
  /** A delivered (channel, story) pair (default 30 days: far longer than any digest window). */
  deliveredMs: number;
  /** A finished run (default 7 days: enough to refuse a late duplicate enqueue). */
  finishedRunMs: number;
}

/** The delivery log and digest-run ledger in one keyv namespace. */
export class KeyvDeliveryLog implements DeliveryLog {
  readonly #kv: Keyv;
  readonly #lock = new KeyedLock();
  readonly #retention: DeliveryLogRetention;

  constructor(kv: Keyv, retention: Partial<DeliveryLogRetention> = {}) {
    this.#kv = kv;
    this.#retention = { deliveredMs: 30 * DAY_MS, finishedRunMs: 7 * DAY_MS, ...retention };
  }

  async delivered(channel: Subscription["channel"], storyIds: readonly string[]): Promise<Set<string>> {
    const found = await Promise.all(storyIds.map(async (id) => [id, await this.#kv.get<string>(sentKey(channel, id))] as const));
    return new Set(found.filter(([, at]) => at !== undefined && at !== null).map(([id]) => id));
  }

  async markDelivered(channel: Subscription["channel"], storyIds: readonly string[], at: Date): Promise<void> {
    await Promise.all(storyIds.map((id) => this.#kv.set(sentKey(channel, id), at.toISOString(), this.#retention.deliveredMs)));
  }

  async getRun(channel: Subscription["channel"], scheduledAt: string): Promise<DigestRun | undefined> {
    return (await this.#kv.get<DigestRun>(runKey(channel, scheduledAt))) ?? undefined;
  }

  async putRun(run: DigestRun): Promise<void> {
    const key = runKey(run.channel, run.scheduledAt);
    const finished = run.status === "done" || run.status === "failed";
    await this.#kv.set(key, run, finished ? this.#retention.finishedRunMs : undefined);
    await this.#lock.run(OPEN, async () => {
      const open = (await this.#kv.get<string[]>(OPEN)) ?? [];
      const next = finished ? open.filter((k) => k !== key) : open.includes(key) ? open : [...open, key];
      if (next !== open) await this.#kv.set(OPEN, next);
    });
  }

  async openRuns(): Promise<DigestRun[]> {
    const keys = (await this.#kv.get<string[]>(OPEN)) ?? [];
    const runs = await Promise.all(keys.map((key) => this.#kv.get<DigestRun>(key)));
    return runs
      .filter((run): run is DigestRun => run !== undefined && run !== null && run.status !== "done" && run.status !== "failed")
      .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  }
}

function sentKey(channel: string, storyId: string): string {
  return `sent:${channel}:${storyId}`;
}

function runKey(channel: string, scheduledAt: string): string {
  return `run:${channel}|${scheduledAt}`;
}
