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
