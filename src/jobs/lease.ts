/** A lease: one instance at a time holds a named role (the Telegram long-polling consumer), taken over when it dies. */

import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { SharedState } from "../store/shared-state.js";

/** A role held by one instance at a time. */
export interface Lease {
  /** Takes the lease, or renews it when this instance holds it; false while another instance holds it. */
  acquire(): Promise<boolean>;
  /** Gives the lease back (at stop), so that another instance takes over at once. */
  release(): Promise<void>;
  /** Call `acquire` this often to keep the lease (a quarter of its time to live). */
  readonly renewMs: number;
}

/** This process's name in leases and logs: host, pid and a random part (a restarted pid is another instance). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/** Creates a lease on the shared state: its holder must renew it within `ttlMs`, or another instance takes it. */
export function createLease(shared: SharedState, key: string, ttlMs: number, owner: string = INSTANCE_ID): Lease {
  return {
    acquire: () => shared.claim(`lease:${key}`, owner, ttlMs),
    release: () => shared.release(`lease:${key}`, owner),
    renewMs: Math.max(100, Math.floor(ttlMs / 4)),
  };
}
