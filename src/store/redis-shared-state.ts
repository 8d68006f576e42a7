/**
 * SharedState on Redis (ioredis): an index is a sorted set (score t), changed with its trim and expiry in one MULTI;
 * a claim is a string key set with `SET NX PX`, renewed and released by Lua scripts that check the owner first.
 */
import { Redis } from "ioredis";
import type { IndexAddOptions, IndexEntry, SharedState } from "./shared-state.js";

// KEYS[1] claim; ARGV owner, ttl ms. Renews the claim when the owner holds it, takes it when it expired meanwhile.
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return 1 end
return 0
`;

// KEYS[1] claim; ARGV owner. Deletes the claim when the owner holds it.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Options of {@link openRedisSharedState}. */
export interface RedisSharedStateOptions {
  /** Prepended to every key (the store's namespace prefix), so that deployments and test runs never meet. */
  prefix?: string;
}

type ClaimScripts = Redis & {
  renewClaim(key: string, owner: string, ttlMs: number): Promise<number>;
  releaseClaim(key: string, owner: string): Promise<number>;
};

/** Opens a SharedState on the Redis at `url`: index keys `<prefix>ix:<key>`, claim keys `<prefix>claim:<key>`. */
export async function openRedisSharedState(url: string, options: RedisSharedStateOptions = {}): Promise<SharedState> {
  const prefix = options.prefix ?? "";
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true }) as ClaimScripts;
  // Commands reject with the error; the event would otherwise be printed as unhandled.
  redis.on("error", () => undefined);
  redis.defineCommand("renewClaim", { numberOfKeys: 1, lua: RENEW });
  redis.defineCommand("releaseClaim", { numberOfKeys: 1, lua: RELEASE });
  await redis.connect();
  const indexKey = (key: string) => `${prefix}ix:${key}`;
  const claimKey = (key: string) => `${prefix}claim:${key}`;

  return {
    async indexAdd(key: string, entry: IndexEntry, add: IndexAddOptions = {}): Promise<void> {
      const at = indexKey(key);
      const change = redis.multi();
      if (add.keepExisting) change.zadd(at, "NX", entry.t, entry.id);
      else change.zadd(at, entry.t, entry.id);
      // Ranks count from the lowest score: removing 0 … -(max+1) keeps the `max` highest.
      if (add.max !== undefined) change.zremrangebyrank(at, 0, -Math.max(1, add.max) - 1);
      if (add.ttlMs !== undefined) change.pexpire(at, add.ttlMs);
      await execAll(change);
    },

    async indexRemove(key: string, id: string): Promise<void> {
      await redis.zrem(indexKey(key), id);
    },

    async indexRead(key: string, read: { order?: "newest" | "oldest"; limit?: number } = {}): Promise<IndexEntry[]> {
      if (read.limit !== undefined && read.limit < 1) return [];
      const stop = read.limit === undefined ? -1 : read.limit - 1;
      const at = indexKey(key);
      const flat =
        read.order === "oldest"
          ? await redis.zrange(at, 0, stop, "WITHSCORES")
          : await redis.zrevrange(at, 0, stop, "WITHSCORES");
      const entries: IndexEntry[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) entries.push({ id: flat[i] as string, t: Number(flat[i + 1]) });
      return entries;
    },

    async claim(key: string, owner: string, ttlMs: number): Promise<boolean> {
      const at = claimKey(key);
      if ((await redis.set(at, owner, "PX", ttlMs, "NX")) === "OK") return true;
      return (await redis.renewClaim(at, owner, ttlMs)) === 1;
    },

    async release(key: string, owner: string): Promise<void> {
      await redis.releaseClaim(claimKey(key), owner);
    },

    async close(): Promise<void> {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

// A MULTI's replies carry each command's error instead of rejecting: the first one is thrown.
async function execAll(change: ReturnType<Redis["multi"]>): Promise<void> {
  const replies = await change.exec();
  if (!replies) throw new Error("Redis MULTI was aborted");
  for (const [error] of replies) if (error) throw error;
}
