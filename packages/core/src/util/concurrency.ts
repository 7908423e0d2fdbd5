/**
 * Runs `load` ahead of a consumer that walks items 0..count-1 in order:
 * `get(i)` gives item i's promise and keeps up to `window` further loads in
 * flight, so scanning one file overlaps reading the next ones without opening
 * thousands of files at once. A load that fails rejects only when its item is
 * asked for (never as an unhandled rejection).
 */
export function readAhead<T>(count: number, load: (i: number) => Promise<T>, window = 16): (i: number) => Promise<T> {
  const started = new Map<number, Promise<T>>();
  let next = 0;
  const start = (k: number) => {
    if (started.has(k)) return;
    const p = load(k);
    p.catch(() => undefined); // handled by whoever asks for item k
    started.set(k, p);
  };
  return i => {
    for (next = Math.max(next, i); next < Math.min(count, i + 1 + window); next++) start(next);
    start(i);
    const p = started.get(i)!;
    started.delete(i);
    return p;
  };
}

/** Runs `fn` over `items` with at most `limit` in flight; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  // At least one worker: a limit of 0 would otherwise return holes without running anything.
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

/**
 * A gate for work started at different times (not from one list): `run(work)`
 * waits until fewer than `limit` works are running.
 */
export function concurrencyLimit(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async work => {
    while (active >= limit) await new Promise<void>(resolve => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
