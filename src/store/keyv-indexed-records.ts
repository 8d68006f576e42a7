import type Keyv from "keyv";
import { moveLegacyIndex } from "./legacy-indexes.js";
import type { SharedState } from "./shared-state.js";

/** Where the records and their index live. */
export interface IndexedRecordKeys {
  /** The SharedState index of the ids in the order they were added (its store's namespace first). */
  index: string;
  /** The keyv key where earlier versions kept the id list: moved to `index` on first use. */
  legacyIndex?: string;
  /** The keyv key of one record. */
  record(id: string): string;
}

/** Records by id in one keyv namespace, plus a shared index of their ids in the order added, so that they can be listed. */
export class KeyvIndexedRecords<T> {
  readonly #kv: Keyv;
  readonly #shared: SharedState;
  readonly #keys: IndexedRecordKeys;
  #ready: Promise<void> | undefined;
  // Insertion order: this instance's ids get increasing times even within one millisecond.
  #lastT = 0;

  constructor(kv: Keyv, shared: SharedState, keys: IndexedRecordKeys) {
    this.#kv = kv;
    this.#shared = shared;
    this.#keys = keys;
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.#kv.get<T>(this.#keys.record(id))) ?? undefined;
  }

  async put(id: string, value: T): Promise<void> {
    await this.#migrated();
    await this.#kv.set(this.#keys.record(id), value);
    // After the record: a list never names a record not yet written. Adding a listed id again changes nothing.
    this.#lastT = Math.max(Date.now(), this.#lastT + 1);
    await this.#shared.indexAdd(this.#keys.index, { id, t: this.#lastT }, { keepExisting: true });
  }

  async remove(id: string): Promise<void> {
    await this.#migrated();
    // Before the record: a put racing this remove may leave a listed id without a record (list skips it), never an
    // unlisted record.
    await this.#shared.indexRemove(this.#keys.index, id);
    await this.#kv.delete(this.#keys.record(id));
  }

  async list(): Promise<T[]> {
    await this.#migrated();
    const ids = (await this.#shared.indexRead(this.#keys.index, { order: "oldest" })).map((entry) => entry.id);
    if (ids.length === 0) return [];
    const values = await this.#kv.getMany<T>(ids.map((id) => this.#keys.record(id)));
    return values.filter((value): value is Awaited<T> => value !== undefined && value !== null) as T[];
  }

  #migrated(): Promise<void> {
    const legacy = this.#keys.legacyIndex;
    if (legacy === undefined) return Promise.resolve();
    this.#ready ??= moveLegacyIndex(this.#kv, legacy, this.#shared, this.#keys.index, { keepExisting: true }).then(
      () => undefined,
      (error: unknown) => {
        this.#ready = undefined;
        throw error;
      },
    );
    return this.#ready;
  }
}
