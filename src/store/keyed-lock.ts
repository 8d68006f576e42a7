/** Serializes read-modify-write sequences on the same key within one store instance. */
export class KeyedLock {
  // Per-instance (not module-level): it only orders this instance's own writes.
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier task queued on `key` has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const current = previous.then(task, task);
    const tail = current.catch(() => undefined);
    this.#tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
