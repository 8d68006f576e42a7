/** Personal alerts: each private chat's alert terms, and the claims that send an alert once and count a day's alerts. */
import { randomUUID } from "node:crypto";
import type Keyv from "keyv";
import { keyHash } from "./key-hash.js";
import type { Subscription } from "./ports.js";
import type { SharedState } from "./shared-state.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One user's alerts, keyed by their private chat ("telegram:5001", "discord:<DM channel id>", "console:local"). */
export interface AlertUser {
  channel: Subscription["channel"];
  /** Persons or keywords, as the user typed them (compared by their words). */
  terms: string[];
  /** Set after a permanent delivery failure (the user blocked the bot); any /alert command resumes. */
  paused?: boolean;
  pausedReason?: string;
  createdAt: string;
}

/** Where alerts live; the claims are atomic on every backend, so several instances send each alert once. */
export interface AlertStore {
  get(channel: Subscription["channel"]): Promise<AlertUser | undefined>;
  /** Stores a user's alerts; a user with no term left is removed. */
  put(user: AlertUser): Promise<void>;
  /** Every user with alerts. */
  list(): Promise<AlertUser[]>;
  /** Claims the delivery of `storyId` to `channel`: true the first time only, whichever instance asks. */
  claimDelivery(channel: Subscription["channel"], storyId: string): Promise<boolean>;
  /**
   * Takes the first free one of `slots` numbered slots of `channel`'s `day` for `storyId`: its number (0-based), or
   * undefined when all are taken.
   */
  takeDailySlot(channel: Subscription["channel"], day: string, storyId: string, slots: number): Promise<number | undefined>;
}

/** How long claims are kept. */
export interface AlertRetention {
  /** A (user, story) delivery claim (default 30 days, as long as stories are kept). */
  deliveredMs: number;
  /** A day's slots (default 2 days: the day is in the key, so they only need to outlive it). */
  daySlotMs: number;
}

/** AlertStore over a keyv namespace (`u:<channel>` records) and the shared state (user index and claims). */
export class KeyvAlertStore implements AlertStore {
  readonly #kv: Keyv;
  readonly #shared: SharedState;
  readonly #namespace: string;
  readonly #retention: AlertRetention;

  constructor(kv: Keyv, shared: SharedState, namespace: string, retention: Partial<AlertRetention> = {}) {
    this.#kv = kv;
    this.#shared = shared;
    this.#namespace = namespace;
    this.#retention = { deliveredMs: 30 * DAY_MS, daySlotMs: 2 * DAY_MS, ...retention };
  }

  async get(channel: Subscription["channel"]): Promise<AlertUser | undefined> {
    return (await this.#kv.get<AlertUser>(userKey(channel))) ?? undefined;
  }

  async put(user: AlertUser): Promise<void> {
    if (user.terms.length === 0) {
      await this.#kv.delete(userKey(user.channel));
      await this.#shared.indexRemove(this.#usersKey(), user.channel);
      return;
    }
    await this.#kv.set(userKey(user.channel), user);
    await this.#shared.indexAdd(
      this.#usersKey(),
      { id: user.channel, t: Date.parse(user.createdAt) || 0 },
      { keepExisting: true },
    );
  }

  async list(): Promise<AlertUser[]> {
    const channels = (await this.#shared.indexRead(this.#usersKey(), { order: "oldest" })).map((entry) => entry.id);
    if (channels.length === 0) return [];
    const users = await this.#kv.getMany<AlertUser>(channels.map(userKey));
    return users.filter((user): user is AlertUser => user !== undefined && user !== null);
  }

  claimDelivery(channel: Subscription["channel"], storyId: string): Promise<boolean> {
    // A fresh owner per attempt: a second attempt, here or on another instance, finds the claim held.
    return this.#shared.claim(
      `${this.#namespace}:sent:${keyHash(`${channel}|${storyId}`)}`,
      randomUUID(),
      this.#retention.deliveredMs,
    );
  }

  async takeDailySlot(
    channel: Subscription["channel"],
    day: string,
    storyId: string,
    slots: number,
  ): Promise<number | undefined> {
    const owner = `${storyId}|${randomUUID()}`;
    const base = `${this.#namespace}:day:${keyHash(`${channel}|${day}`)}`;
    for (let slot = 0; slot < slots; slot++) {
      if (await this.#shared.claim(`${base}:${slot}`, owner, this.#retention.daySlotMs)) return slot;
    }
    return undefined;
  }

  #usersKey(): string {
    return `${this.#namespace}:users`;
  }
}

function userKey(channel: string): string {
  return `u:${channel}`;
}
