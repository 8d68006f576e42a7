import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Best-of-rounds items per second of `work` over `items` (one core), after a warm-up on the first `warmUp` items. */
export function bestThroughput<T>(items: readonly T[], work: (item: T) => unknown, rounds: number, warmUp: number): number {
  return bestThroughputs(items, [work], rounds, warmUp)[0] as number;
}

// A full garbage collection before each timed round, so that no round pays for the garbage of the one before.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Best-of-rounds items per second of each of `works` over the same `items`, all warmed up alike and their rounds
 * taken in turn (A, B, A, B, ...): a burst of load on a shared machine then falls on both sides of a ratio, and each
 * round starts from a collected heap.
 */
export function bestThroughputs<T>(
  items: readonly T[],
  works: readonly ((item: T) => unknown)[],
  rounds: number,
  warmUp: number,
): number[] {
  for (const work of works) for (const item of items.slice(0, warmUp)) work(item);
  const best = works.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    works.forEach((work, w) => {
      collectGarbage();
      const start = process.hrtime.bigint();
      for (const item of items) work(item);
      best[w] = Math.min(best[w] as number, Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return best.map((seconds) => items.length / seconds);
}
