import type Keyv from "keyv";
import { keyHash } from "./bounded-index.js";
import { KeyedLock } from "./keyed-lock.js";
import type { FeedState, FeedStore } from "./ports.js";

const LIST_KEY = "list";

/** FeedStore over one keyv namespace: `f:<url>` holds a feed's state, `list` the followed feed URLs in order added. */
export class KeyvFeedStore implements FeedStore {
  readonly #kv: Keyv;
  readonly #lock = new KeyedLock();

  constructor(kv: Keyv) {
    this.#kv = kv;
  }

  async get(url: string): Promise<FeedState | undefined> {
    return (await this.#kv.get<FeedState>(feedKey(url))) ?? undefined;
  }

  async put(state: FeedState): Promise<void> {
    const known = await this.#kv.has(feedKey(state.url));
    await this.#kv.set(feedKey(state.url), state);
    if (known) return;
    await this.#lock.run(LIST_KEY, async () => {
      const urls = await this.#urls();
      if (!urls.includes(state.url)) await this.#kv.set(LIST_KEY, [...urls, state.url]);
    });
  }

  async remove(url: string): Promise<void> {
    await this.#lock.run(LIST_KEY, async () => {
      const urls = await this.#urls();
      if (urls.includes(url))
        await this.#kv.set(
          LIST_KEY,
          urls.filter((u) => u !== url),
        );
    });
    await this.#kv.delete(feedKey(url));
  }

  async list(): Promise<FeedState[]> {
    const urls = await this.#urls();
    if (urls.length === 0) return [];
    const states = await this.#kv.getMany<FeedState>(urls.map(feedKey));
    return states.filter((state): state is FeedState => state !== undefined && state !== null);
  }

  async #urls(): Promise<string[]> {
    return (await this.#kv.get<string[]>(LIST_KEY)) ?? [];
  }
}

function feedKey(url: string): string {
  return `f:${keyHash(url)}`;
}
