/** Best-of-rounds items per second of `work` over `items` (one core), after a warm-up on the first `warmUp` items. */
export function bestThroughput<T>(items: readonly T[], work: (item: T) => unknown, rounds: number, warmUp: number): number {
  for (const item of items.slice(0, warmUp)) work(item);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (const item of items) work(item);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return items.length / best;
}
