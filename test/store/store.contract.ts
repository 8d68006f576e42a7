/** The one contract every store backend is held to: stories, feeds, subscriptions, deliveries, alerts and shared state. */
import { alertStoreContract } from "./alert-store.contract.js";
import { articleStoreContract } from "./article-store.contract.js";
import type { OpenForContract } from "./contract-stores.js";
import { recordStoresContract } from "./record-stores.contract.js";
import { sharedStateContract } from "./shared-state.contract.js";

/** Declares the whole store contract for one backend. */
export function storeContract(backend: string, open: OpenForContract): void {
  articleStoreContract(backend, open);
  recordStoresContract(backend, open);
  sharedStateContract(backend, open);
  alertStoreContract(backend, open);
}
