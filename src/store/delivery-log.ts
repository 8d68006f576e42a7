/** DeliveryLog on keyv: one key per (channel, story) delivered, one per digest run, and a shared index of open runs. */
import type Keyv from "keyv";
import { moveLegacyIndex } from "./legacy-indexes.js";
import type { DeliveryLog, DigestRun, Subscription } from "./ports.js";
import type { SharedState } from "./shared-state.js";

const LEGACY_OPEN = "open-runs";
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long records are kept. */
export interface DeliveryLogRetention {
  /** A delivered (channel, story) pair (default 30 days: far longer than any digest window). */
  deliveredMs: number;
  /** A finished run (default 7 days: enough to refuse a late duplicate enqueue). */
  finishedRunMs: number;
}

/**
 * The delivery log and digest-run ledger in one keyv namespace; the keys of runs not yet finished are the shared
 * index `<namespace>:open-runs`, by scheduled time.
 */
export class KeyvDeliveryLog implements DeliveryLog {
  readonly #kv: Keyv;
  readonly #shared: SharedState;
  readonly #open: string;
  readonly #retention: DeliveryLogRetention;
  #ready: Promise<void> | undefined;

  constructor(kv: Keyv, shared: SharedState, namespace: string, retention: Partial<DeliveryLogRetention> = {}) {
    this.#kv = kv;
    this.#shared = shared;
    this.#open = `${namespace}:open-runs`;
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
    await this.#migrated();
    const key = runKey(run.channel, run.scheduledAt);
    const finished = run.status === "done" || run.status === "failed";
    await this.#kv.set(key, run, finished ? this.#retention.finishedRunMs : undefined);
    if (finished) await this.#shared.indexRemove(this.#open, key);
    else await this.#shared.indexAdd(this.#open, { id: key, t: Date.parse(run.scheduledAt) || 0 });
  }

  async openRuns(): Promise<DigestRun[]> {
    await this.#migrated();
    const keys = (await this.#shared.indexRead(this.#open, { order: "oldest" })).map((entry) => entry.id);
    const runs = keys.length === 0 ? [] : await this.#kv.getMany<DigestRun>(keys);
    return runs
      .filter((run): run is DigestRun => run !== undefined && run !== null && run.status !== "done" && run.status !== "failed")
      .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  }

  #migrated(): Promise<void> {
    this.#ready ??= moveLegacyIndex(this.#kv, LEGACY_OPEN, this.#shared, this.#open).then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }
}

function sentKey(channel: string, storyId: string): string {
  return `sent:${channel}:${storyId}`;
}

function runKey(channel: string, scheduledAt: string): string {
  return `run:${channel}|${scheduledAt}`;
}
