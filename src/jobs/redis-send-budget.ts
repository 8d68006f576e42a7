/**
 * A SendBudget kept in Redis: sliding windows (sorted sets) for the whole token, per chat and per group, checked
 * and taken in one Lua script, on Redis's own clock, so every instance draws from the same budget.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { SendBudget, SendLimits } from "./send-budget.js";

// KEYS: token window, chat's last send, group's minute window, the token's pause. ARGV: limits, then the message's id.
// A message in flight is counted at "now + HOLD" until its answer comes back (then at that time), so a send whose
// instance died frees its slot HOLD ms later instead of never.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perSecond, window, chatInterval = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local groupMax, groupWindow, isGroup, id, hold = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6] == '1', ARGV[7], tonumber(ARGV[8])
local wait = math.max(0, redis.call('PTTL', KEYS[4]))
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= perSecond then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  wait = math.max(wait, tonumber(oldest[2]) + window - now)
end
if chatInterval > 0 then
  local last = redis.call('GET', KEYS[2])
  if last then wait = math.max(wait, tonumber(last) + chatInterval - now) end
end
if isGroup and groupMax > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - groupWindow)
  if redis.call('ZCARD', KEYS[3]) >= groupMax then
    local oldest = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + groupWindow - now)
  end
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now + hold, id)
redis.call('PEXPIRE', KEYS[1], window + hold)
if chatInterval > 0 then redis.call('SET', KEYS[2], now + hold, 'PX', chatInterval + hold) end
if isGroup and groupMax > 0 then
  redis.call('ZADD', KEYS[3], now + hold, id)
  redis.call('PEXPIRE', KEYS[3], groupWindow + hold)
end
return 0
`;

// Same KEYS and ARGV: the message counts from now (its answer came back).
const COMPLETE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window, chatInterval, groupMax, groupWindow, isGroup, id = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6] == '1', ARGV[7]
redis.call('ZADD', KEYS[1], 'XX', now, id)
if chatInterval > 0 then redis.call('SET', KEYS[2], now, 'PX', chatInterval) end
if isGroup and groupMax > 0 then redis.call('ZADD', KEYS[3], 'XX', now, id) end
return 0
`;

const PAUSE = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 0
`;

const HOLD_MS = 10_000;
// Longest sleep between two tries: short enough to notice a slot freed early by another instance.
const MAX_NAP_MS = 100;

/** Options of {@link createRedisSendBudget}. */
export interface RedisSendBudgetOptions {
  redis: Redis;
  /** Key prefix (the store's namespace prefix). */
  prefix?: string;
  /** Platform name plus token: the budget belongs to the token (only a hash of it is stored). */
  platform: string;
  token: string;
  limits: SendLimits;
}

/** Creates the shared SendBudget. */
export function createRedisSendBudget(options: RedisSendBudgetOptions): SendBudget {
  const { redis, limits } = options;
  const owner = createHash("sha256").update(options.token).digest("base64url").slice(0, 16);
  const base = `${options.prefix ?? ""}budget:${options.platform}:${owner}`;
  const margin = limits.marginMs ?? 10;
  const args = (group: boolean, id: string) => [
    limits.perSecond,
    1000 + margin,
    limits.perChatIntervalMs ? limits.perChatIntervalMs + margin : 0,
    limits.perGroupPerMinute ?? 0,
    60_000 + margin,
    group ? "1" : "0",
    id,
    HOLD_MS,
  ];
  return {
    async acquire(chat, group) {
      const keys = [`${base}:all`, `${base}:chat:${chat}`, `${base}:group:${chat}`, `${base}:pause`];
      const id = randomBytes(8).toString("base64url");
      for (;;) {
        const wait = Number(await redis.eval(ACQUIRE, 4, ...keys, ...args(group, id)));
        if (wait <= 0) break;
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, MAX_NAP_MS)));
      }
      return async () => {
        await redis.eval(COMPLETE, 4, ...keys, ...args(group, id));
      };
    },
    async pause(ms) {
      // Only ever lengthens a pause: a shorter retry_after seen later must not cut a longer one short.
      const key = `${base}:pause`;
      await redis.eval(PAUSE, 1, key, Math.ceil(ms));
    },
  };
}
