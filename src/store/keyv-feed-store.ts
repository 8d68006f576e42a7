import type Keyv from "keyv";
import { keyHash } from "./key-hash.js";
import { KeyvIndexedRecords } from "./keyv-indexed-records.js";
import type { FeedState, FeedStore } from "./ports.js";
import type { SharedState } from "./shared-state.js";

/**
 * FeedStore over one keyv namespace: `f:<url>` holds a feed's state; the shared index `<namespace>:list` the followed
 * feed URLs in the order added.
 */
export class KeyvFeedStore implements FeedStore {
  readonly #records: KeyvIndexedRecords<FeedState>;

  constructor(kv: Keyv, shared: SharedState, namespace: string) {
    this.#records = new KeyvIndexedRecords(kv, shared, {
      index: `${namespace}:list`,
      legacyIndex: "list",
      record: (url) => `f:${keyHash(url)}`,
    });
  }

  get(url: string): Promise<FeedState | undefined> {
    return this.#records.get(url);
  }

  put(state: FeedState): Promise<void> {
    return this.#records.put(state.url, state);
  }

  remove(url: string): Promise<void> {
    return this.#records.remove(url);
  }

  list(): Promise<FeedState[]> {
    return this.#records.list();
  }
}
