/**
 * Vitest global setup: gives the Redis tests a real redis-server. `REDIS_URL_FOR_TESTS` wins (`.ci/run` starts one);
 * else a throw-away server is started here when `redis-server` is installed. Under CI=true a missing Redis fails the
 * run; locally the Redis tests then fail with what to install (test/helpers/redis.ts), never skip.
 */
import type { TestProject } from "vitest/node";
import { startRedisServer } from "./redis-server.js";

/** Starts redis-server when needed and hands its URL to every test file through `provide`. */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.REDIS_URL_FOR_TESTS;
  if (given) {
    project.provide("redisUrl", given);
    return undefined;
  }
  try {
    const server = await startRedisServer();
    project.provide("redisUrl", server.url);
    return () => server.stop();
  } catch (error) {
    if (process.env.CI === "true") throw new Error(`CI=true but no Redis: ${String(error)}`);
    project.provide("redisUrl", "");
    return undefined;
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
