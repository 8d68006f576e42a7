import type Keyv from "keyv";
import { KeyedLock } from "./keyed-lock.js";

/** Where the records and their index live in a keyv namespace. */
export interface IndexedRecordKeys {
  /** The key holding the ids in the order they were added. */
  index: string;
  /** The key of one record. */
  record(id: string): string;
}

/** Records by id in one keyv namespace, plus an ordered index of their ids so that they can be listed. */
export class KeyvIndexedRecords<T> {
  readonly #kv: Keyv;
  readonly #keys: IndexedRecordKeys;
  readonly #lock = new KeyedLock();

  constructor(kv: Keyv, keys: IndexedRecordKeys) {
    this.#kv = kv;
    this.#keys = keys;
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.#kv.get<T>(this.#keys.record(id))) ?? undefined;
  }

  async put(id: string, value: T): Promise<void> {
    const known = await this.#kv.has(this.#keys.record(id));
    await this.#kv.set(this.#keys.record(id), value);
    if (known) return;
    await this.#updateIndex((ids) => (ids.includes(id) ? ids : [...ids, id]));
  }

  async remove(id: string): Promise<void> {
    await this.#updateIndex((ids) => ids.filter((known) => known !== id));
    await this.#kv.delete(this.#keys.record(id));
  }

  async list(): Promise<T[]> {
    const ids = await this.#ids();
    if (ids.length === 0) return [];
    const values = await this.#kv.getMany<T>(ids.map((id) => this.#keys.record(id)));
    return values.filter((value): value is Awaited<T> => value !== undefined && value !== null) as T[];
  }

  async #ids(): Promise<string[]> {
    return (await this.#kv.get<string[]>(this.#keys.index)) ?? [];
  }

  async #updateIndex(change: (ids: string[]) => string[]): Promise<void> {
    await this.#lock.run(this.#keys.index, async () => {
      const ids = await this.#ids();
      const changed = change(ids);
      if (changed !== ids) await this.#kv.set(this.#keys.index, changed);
    });
  }
}
