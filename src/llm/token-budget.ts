/** The daily token budget of the model, shared by every instance through the store. */
import { randomUUID } from "node:crypto";
import type { SharedState } from "../store/shared-state.js";

/** Tokens spent per UTC day, across instances; past `dailyTokens` the rules brief alone. */
export interface TokenBudget {
  /** True when today's spending has reached the budget. */
  spent(now: Date): Promise<boolean>;
  record(tokens: number, now: Date): Promise<void>;
}

/**
 * A budget kept in the shared state: each call adds one entry whose sort value is its token count, so that
 * instances add atomically (a Redis sorted set, SQLite rows) and today's spending is their sum.
 */
export function createTokenBudget(shared: SharedState, dailyTokens: number | undefined): TokenBudget {
  const key = (now: Date) => `llm-tokens:${now.toISOString().slice(0, 10)}`;
  return {
    async spent(now) {
      if (dailyTokens === undefined) return false;
      const entries = await shared.indexRead(key(now));
      return entries.reduce((sum, entry) => sum + entry.t, 0) >= dailyTokens;
    },
    async record(tokens, now) {
      if (dailyTokens === undefined || tokens <= 0) return;
      await shared.indexAdd(key(now), { id: randomUUID(), t: tokens }, { ttlMs: 2 * 24 * 60 * 60_000 });
    },
  };
}
