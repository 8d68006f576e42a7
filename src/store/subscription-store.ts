/** SubscriptionStore on keyv (memory, SQLite or Redis): one key per channel plus a shared index of channels. */
import type Keyv from "keyv";
import { KeyvIndexedRecords } from "./keyv-indexed-records.js";
import type { Subscription, SubscriptionStore } from "./ports.js";
import type { SharedState } from "./shared-state.js";

/**
 * Subscriptions kept in one keyv namespace: `sub:<channel>` each; the shared index `<namespace>:channels` the channels
 * in the order added.
 */
export class KeyvSubscriptionStore implements SubscriptionStore {
  readonly #records: KeyvIndexedRecords<Subscription>;

  constructor(kv: Keyv, shared: SharedState, namespace: string) {
    this.#records = new KeyvIndexedRecords(kv, shared, {
      index: `${namespace}:channels`,
      legacyIndex: "channels",
      record: (channel) => `sub:${channel}`,
    });
  }

  get(channel: Subscription["channel"]): Promise<Subscription | undefined> {
    return this.#records.get(channel);
  }

  put(subscription: Subscription): Promise<void> {
    return this.#records.put(subscription.channel, subscription);
  }

  remove(channel: Subscription["channel"]): Promise<void> {
    return this.#records.remove(channel);
  }

  list(): Promise<Subscription[]> {
    return this.#records.list();
  }
}
