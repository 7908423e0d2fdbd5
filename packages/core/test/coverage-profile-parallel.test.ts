import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCoverProfiles, readCoverProfiles, readCoverProfilesParallel, statementTotals, type CoverProfile } from '@go-ci-gates/core';

// The worker thread runs the gate's bundle (its entry point turns into the
// profile worker); the stale-dist check keeps that bundle in step with the sources.
const BUNDLE = path.resolve('dist/coverage-gate/index.js');

/** A -coverpkg-like profile: every test binary writes every block of every file, in the same order. */
function coverpkgProfile(opts: { binaries: number; files: number; blocks: number; mode?: string; eol?: string }): string {
  const eol = opts.eol ?? '\n';
  let text = `mode: ${opts.mode ?? 'atomic'}${eol}`;
  for (let t = 0; t < opts.binaries; t++) {
    for (let f = 0; f < opts.files; f++) {
      for (let b = 0; b < opts.blocks; b++) text += `example.com/m/p${f % 7}/f${f}.go:${b * 3 + 1}.2,${b * 3 + 2}.9 ${(b % 4) + 1} ${(t + f + b) % 3 === 0 ? t + 1 : 0}${eol}`;
    }
  }
  return text;
}

const comparable = (p: CoverProfile) => ({ mode: p.mode, files: p.files, sources: p.sources, linesRead: p.linesRead });

describe('the repeated-line fast path reads like the full parse', () => {
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n']
  ])('%s: counts of repeated blocks merge', (_n, eol) => {
    const text = coverpkgProfile({ binaries: 3, files: 4, blocks: 5, eol });
    const prof = parseCoverProfiles([{ name: 'a.out', text }]);
    expect(prof.linesRead).toBe(3 * 4 * 5);
    expect(prof.files).toHaveLength(4);
    // Summing by hand from the generator's formula.
    const b0 = prof.files.find(f => f.fileName === 'example.com/m/p0/f0.go')!.blocks[0];
    expect(b0.count).toBe(1 + 0 + 0); // (t+f+b)%3===0 only for t=0
  });

  test('set mode ORs repeated counts; a signed or huge count takes the full parse and its errors', () => {
    const prof = parseCoverProfiles([{ name: 's.out', text: 'mode: set\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 1\nm/a.go:1.1,2.2 1 +1\n' }]);
    expect(prof.files[0].blocks[0].count).toBe(1);
    expect(prof.linesRead).toBe(3);
    expect(() => parseCoverProfiles([{ name: 'h.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 99999999999999999999\n' }])).toThrow(/^h.out:3: .*Count 99999999999999999999 is too large/);
    expect(() => parseCoverProfiles([{ name: 'n.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 -1\n' }])).toThrow(/^n.out:3: .*negative values/);
    expect(() => parseCoverProfiles([{ name: 'j.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 1x\n' }])).toThrow(/^j.out:3: /);
  });

  test('a repeated block with another statement count is still a NumStmt conflict at its line', () => {
    expect(() => parseCoverProfiles([{ name: 'c.out', text: 'mode: set\nm/a.go:1.1,2.2 1 0\nm/a.go:3.1,4.2 1 0\nm/a.go:1.1,2.2 2 1\n' }])).toThrow(
      /^c.out:4: inconsistent NumStmt for m\/a.go:1.1,2.2: changed from 1 \(c.out:2\) to 2/
    );
  });
});

describe('reading on two threads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cov-parallel-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const write = async (name: string, text: string) => {
    const f = path.join(dir, name);
    await fs.writeFile(f, text);
    return f;
  };
  const both = async (files: string[]) => {
    const parallel = await readCoverProfilesParallel(files, { workerScript: BUNDLE, minBytes: 1, startTogether: true });
    const sequential = await readCoverProfiles(files);
    return { parallel, sequential };
  };

  test('the bundle the worker runs exists', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  test.each([
    ['atomic, LF', { binaries: 40, files: 30, blocks: 12 }],
    ['count, CRLF', { binaries: 25, files: 20, blocks: 10, mode: 'count', eol: '\r\n' }],
    ['set', { binaries: 30, files: 25, blocks: 9, mode: 'set' }]
  ])('%s: both threads read parts and the result equals the sequential read', async (_n, opts) => {
    const f = await write('one.out', coverpkgProfile(opts));
    const { parallel, sequential } = await both([f]);
    expect(parallel.threads).toBe(2);
    expect(comparable(parallel)).toEqual(comparable(sequential));
    expect(statementTotals(parallel)).toEqual(statementTotals(sequential));
  });

  test('several shards, repeated mode lines and a last line without newline', async () => {
    const a = await write('a.out', coverpkgProfile({ binaries: 20, files: 20, blocks: 8 }) + coverpkgProfile({ binaries: 10, files: 20, blocks: 8 }));
    const b = await write('b.out', coverpkgProfile({ binaries: 20, files: 24, blocks: 8 }).replace(/\n$/, ''));
    const { parallel, sequential } = await both([a, b]);
    expect(parallel.threads).toBe(2);
    expect(comparable(parallel)).toEqual(comparable(sequential));
  });

  test('an error anywhere is reported exactly as the sequential reader reports it', async () => {
    const lines = coverpkgProfile({ binaries: 30, files: 20, blocks: 10 }).split('\n');
    const at = Math.floor(lines.length * 0.8);
    const malformed = [...lines];
    malformed[at] = malformed[at].replace(/ \d+$/, ' -3');
    const conflict = [...lines];
    conflict[at] = conflict[at].replace(/ (\d+) (\d+)$/, (_m, n, c) => ` ${Number(n) + 1} ${c}`);
    for (const [name, text] of [['malformed.out', malformed.join('\n')], ['conflict.out', conflict.join('\n')]]) {
      const f = await write(name, text);
      const sequentialError = await readCoverProfiles([f]).then(() => undefined, (e: Error) => e.message);
      expect(sequentialError).toContain(`${f}:${at + 1}: `);
      await expect(readCoverProfilesParallel([f], { workerScript: BUNDLE, minBytes: 1, startTogether: true })).rejects.toThrow(sequentialError!);
    }
  });

  test('a worker that cannot start leaves the sequential read', async () => {
    const f = await write('w.out', coverpkgProfile({ binaries: 10, files: 10, blocks: 10 }));
    const prof = await readCoverProfilesParallel([f], { workerScript: path.join(dir, 'no-such-worker.js'), minBytes: 1, startTogether: true });
    expect(prof.threads).toBe(1);
    expect(comparable(prof)).toEqual(comparable(await readCoverProfiles([f])));
  });

  test('small profiles and a missing mode line are read on one thread', async () => {
    const small = await write('small.out', coverpkgProfile({ binaries: 2, files: 2, blocks: 2 }));
    expect((await readCoverProfilesParallel([small], { workerScript: BUNDLE })).threads).toBe(1);
    const noMode = await write('nomode.out', coverpkgProfile({ binaries: 5, files: 5, blocks: 5 }).replace(/^mode: atomic\n/, ''));
    await expect(readCoverProfilesParallel([noMode], { workerScript: BUNDLE, minBytes: 1 })).rejects.toThrow(/nomode.out:1: bad mode line/);
  });
});
