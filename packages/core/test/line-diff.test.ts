import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffLines, unifiedDiff } from '@go-ci-gates/core';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-linediff-'));
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

/** Random texts from a small alphabet of lines, so edits overlap and the diff is not trivial. */
function randomText(seed: number, lines: number): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x / 0x7fffffff);
  const words = ['alpha', 'beta', 'gamma', 'delta', '', '}', 'return nil'];
  const out = Array.from({ length: lines }, () => words[Math.floor(rnd() * words.length)]);
  return out.join('\n') + (rnd() < 0.8 ? '\n' : '');
}

test('the edit script is minimal and replays to the new text', () => {
  for (let seed = 1; seed < 60; seed++) {
    const a = randomText(seed, 30).split('\n');
    const b = randomText(seed * 7 + 3, 25).split('\n');
    const ops = diffLines(a, b);
    expect(ops.filter(o => o.kind !== 'insert').map(o => o.line)).toEqual(a);
    expect(ops.filter(o => o.kind !== 'delete').map(o => o.line)).toEqual(b);
    // Minimal: the number of kept lines is the LCS length (computed by dynamic programming).
    const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    expect(ops.filter(o => o.kind === 'equal').length).toBe(lcs[0][0]);
  }
});

test('unified diffs apply with patch(1) and reproduce the new file, including missing final newlines', async () => {
  const hasPatch = spawnSync('patch', ['--version']).status === 0;
  for (let seed = 1; seed < 25; seed++) {
    const a = randomText(seed, 40);
    const b = seed % 5 === 0 ? a.replace(/\n$/, '') : randomText(seed * 13 + 1, 35);
    const d = unifiedDiff('a/f.txt', 'b/f.txt', a, b);
    if (a === b) {
      expect(d).toBe('');
      continue;
    }
    expect(d.startsWith('--- a/f.txt\n+++ b/f.txt\n@@ -')).toBe(true);
    if (!hasPatch) continue;
    const file = path.join(tmp, `f${seed}.txt`);
    await fs.writeFile(file, a);
    const r = spawnSync('patch', ['-s', file], { input: d, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(await fs.readFile(file, 'utf8')).toBe(b);
  }
});

test('a one-line edit gives the classic three lines of context and headers for new and deleted files', () => {
  const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n';
  const b = a.replace('l5', 'L5');
  expect(unifiedDiff('a/x', 'b/x', a, b)).toBe('--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n');
  expect(unifiedDiff('a/x', 'b/x', undefined, 'new\n')).toBe('--- /dev/null\n+++ b/x\n@@ -0,0 +1 @@\n+new\n');
  expect(unifiedDiff('a/x', 'b/x', 'old\n', undefined)).toBe('--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-old\n');
});
