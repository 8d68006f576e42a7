/** SubscriptionStore on keyv (memory, SQLite or Redis): one key per channel plus an index of channels. */
import type Keyv from "keyv";
import { KeyedLock } from "./keyed-lock.js";
import type { Subscription, SubscriptionStore } from "./ports.js";

const INDEX = "channels";

/** Subscriptions kept in one keyv namespace. */
export class KeyvSubscriptionStore implements SubscriptionStore {
  readonly #kv: Keyv;
  readonly #lock = new KeyedLock();

  constructor(kv: Keyv) {
    this.#kv = kv;
  }

  async get(channel: Subscription["channel"]): Promise<Subscription | undefined> {
    return (await this.#kv.get<Subscription>(`sub:${channel}`)) ?? undefined;
  }

  async put(subscription: Subscription): Promise<void> {
    await this.#kv.set(`sub:${subscription.channel}`, subscription);
    await this.#updateIndex((channels) =>
      channels.includes(subscription.channel) ? channels : [...channels, subscription.channel],
    );
  }

  async remove(channel: Subscription["channel"]): Promise<void> {
    await this.#kv.delete(`sub:${channel}`);
    await this.#updateIndex((channels) => channels.filter((c) => c !== channel));
  }

  async list(): Promise<Subscription[]> {
    const channels = (await this.#kv.get<string[]>(INDEX)) ?? [];
    const found = await Promise.all(channels.map((channel) => this.#kv.get<Subscription>(`sub:${channel}`)));
    return found.filter((s): s is Subscription => s !== undefined && s !== null);
  }

  async #updateIndex(change: (channels: string[]) => string[]): Promise<void> {
    await this.#lock.run(INDEX, async () => {
      await this.#kv.set(INDEX, change((await this.#kv.get<string[]>(INDEX)) ?? []));
    });
  }
}
