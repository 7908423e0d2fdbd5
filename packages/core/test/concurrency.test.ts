import { describe, expect, test } from '@jest/globals';
import { concurrencyLimit, mapLimit, readAhead } from '@go-ci-gates/core';

describe('readAhead', () => {
  test('gives every item in order and keeps at most the window in flight ahead', async () => {
    const started: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const get = readAhead(
      50,
      async i => {
        started.push(i);
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise(r => setTimeout(r, 1));
        inFlight--;
        return i * 2;
      },
      4
    );
    const out: number[] = [];
    for (let i = 0; i < 50; i++) {
      out.push(await get(i));
      expect(started.length).toBeLessThanOrEqual(Math.min(50, i + 1 + 4));
    }
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(started).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(maxInFlight).toBeLessThanOrEqual(5);
  });

  test('a failed load rejects when its item is asked for, and only then', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const get = readAhead(3, async i => {
        if (i === 2) throw new Error('unreadable 2');
        return i;
      });
      expect(await get(0)).toBe(0);
      await new Promise(r => setTimeout(r, 10)); // item 2 has failed by now
      expect(await get(1)).toBe(1);
      await expect(get(2)).rejects.toThrow('unreadable 2');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

const tick = () => new Promise(r => setTimeout(r, 1));

describe('mapLimit and concurrencyLimit', () => {
  test('mapLimit keeps the order and at most `limit` in flight', async () => {
    let inFlight = 0;
    let max = 0;
    const out = await mapLimit(
      Array.from({ length: 30 }, (_, i) => i),
      3,
      async i => {
        max = Math.max(max, ++inFlight);
        await tick();
        inFlight--;
        return i * i;
      }
    );
    expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i * i));
    expect(max).toBe(3);
  });

  test('concurrencyLimit bounds work started at different times, and a failure frees its place', async () => {
    const run = concurrencyLimit(2);
    let inFlight = 0;
    let max = 0;
    const work = (fail: boolean) => async () => {
      max = Math.max(max, ++inFlight);
      await tick();
      inFlight--;
      if (fail) throw new Error('failed');
      return 'ok';
    };
    const results = await Promise.allSettled([run(work(false)), run(work(true)), run(work(false)), run(work(false))]);
    expect(results.map(r => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(max).toBe(2);
  });
});

test('mapLimit with a limit of 0 still runs every item (one at a time), in order', async () => {
  expect(await mapLimit([1, 2, 3], 0, async n => n * 2)).toEqual([2, 4, 6]);
});
