/** What every store contract gets from a backend under test: fresh, empty stores, and a way to use them once. */
import type { ArticleStoreLimits } from "../../src/store/keyv-article-store.js";
import type { Stores } from "../../src/store/open-store.js";

/** Opens fresh, empty stores on the backend under test (with optional index limits). */
export type OpenForContract = (limits?: Partial<ArticleStoreLimits>) => Promise<Stores>;

/** Runs `test` on fresh stores, then closes them. */
export async function withStores(
  open: OpenForContract,
  test: (stores: Stores) => Promise<void>,
  limits?: Partial<ArticleStoreLimits>,
): Promise<void> {
  const stores = await open(limits);
  try {
    await test(stores);
  } finally {
    await stores.close();
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
