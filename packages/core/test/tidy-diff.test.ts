import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileHunks, GoRunner, MemoryLogger, parseTidyDiff, tidyDiff } from '@go-ci-gates/core';
import { writeOlderGo } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';

// One tidy check for every gate: `go mod tidy -diff` on temp copies, or on Go
// older than 1.23 a tidied copy and a line diff. Both ways must give the same
// hunks, and neither may write the checkout.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await fs.readdir(dir)) out[f] = await fs.readFile(path.join(dir, f), 'utf8');
  return out;
}

describe('tidyDiff', () => {
  test('untidy go.mod and go.sum: the same hunks from -diff and from a tidied copy (Go 1.22), checkout untouched', async () => {
    const ws = await sandbox.workspace('mod-verify/untidy');
    // A trailing blank line tidy drops: go's -diff compares the formatted go.mod, so layout is no change.
    await fs.appendFile(path.join(ws, 'go.mod'), '\n\n');
    // Also a stale go.sum line and a missing one, beside go.mod's unused requirement.
    const sum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
    await fs.writeFile(
      path.join(ws, 'go.sum'),
      sum.split('\n').slice(1).join('\n') + 'example.com/modverify/lib v1.0.0/go.mod h1:Sbx6KzcgA9/ZfjR21vZd8KIDrIo5x+zR0E6+giLmsSg=\n'
    );
    const before = await snapshot(ws);
    const tempDir = await sandbox.emptyWorkspace();
    const modern = await tidyDiff(GoRunner.locate(new MemoryLogger(), undefined, { ...process.env, ...sandbox.env }), { dir: ws, tempDir });
    const old = await tidyDiff(GoRunner.locate(new MemoryLogger(), await writeOlderGo(sandbox.root, '1.22.12'), { ...process.env, ...sandbox.env }), {
      dir: ws,
      tempDir
    });
    expect(modern.method).toBe('tidy -diff');
    expect(old.method).toBe('tidy in a copy');
    expect(modern.status).toBe('untidy');
    expect(new Set(modern.hunks.map(h => h.file))).toEqual(new Set(['go.mod', 'go.sum']));
    // The same hunks, grouped and located as go's unified diff groups them.
    expect(old.hunks).toEqual(modern.hunks);
    expect(await snapshot(ws)).toEqual(before);
    expect(await fs.readdir(tempDir)).toEqual([]);
  });

  test('a tidy module is tidy both ways', async () => {
    const ws = await sandbox.workspace('mod-verify/clean');
    const tempDir = await sandbox.emptyWorkspace();
    for (const bin of [undefined, await writeOlderGo(sandbox.root, '1.22.12')]) {
      const r = await tidyDiff(GoRunner.locate(new MemoryLogger(), bin, { ...process.env, ...sandbox.env }), { dir: ws, tempDir });
      expect(r).toMatchObject({ status: 'tidy', hunks: [] });
    }
  });

  test('a module go cannot load is an error, not untidy, and is not retried', async () => {
    const ws = await sandbox.emptyWorkspace();
    await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/m\n\ngo 1.21\n\nrequire example.com/not-served v1.0.0\n');
    await fs.writeFile(path.join(ws, 'm.go'), 'package m\n\nimport _ "example.com/not-served"\n');
    const started = Date.now();
    const r = await tidyDiff(GoRunner.locate(new MemoryLogger(), undefined, { ...process.env, ...sandbox.env }), {
      dir: ws,
      tempDir: await sandbox.emptyWorkspace(),
      backoffMs: 5000
    });
    expect(r.status).toBe('error');
    expect(r.detail).toMatch(/example\.com\/not-served/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('locating hunks', () => {
  test('parseTidyDiff: removals at their line, insertions at the line they precede, -0,0 has none', () => {
    const diff = [
      'diff current/go.sum tidy/go.sum',
      '--- current/go.sum',
      '+++ tidy/go.sum',
      '@@ -1,3 +1,3 @@',
      ' a',
      '-b',
      '+c',
      ' d',
      'diff current/go.mod tidy/go.mod',
      '--- current/go.mod',
      '+++ tidy/go.mod',
      '@@ -0,0 +1,1 @@',
      '+module x',
      ''
    ].join('\n');
    expect(parseTidyDiff(diff)).toEqual([
      { file: 'go.sum', line: 2, removed: ['b'], added: ['c'] },
      { file: 'go.mod', removed: [], added: ['module x'] }
    ]);
  });

  test('fileHunks locates as parseTidyDiff does', () => {
    expect(fileHunks('go.sum', 'a\nb\nd\n', 'a\nc\nd\n')).toEqual([{ file: 'go.sum', line: 2, removed: ['b'], added: ['c'] }]);
    expect(fileHunks('go.sum', 'a\nd\n', 'a\nb\nd\ne\n')).toEqual([{ file: 'go.sum', line: 2, removed: [], added: ['b', 'e'] }]);
    expect(fileHunks('go.sum', '', 'x\n')).toEqual([{ file: 'go.sum', removed: [], added: ['x'] }]);
    // go's diff keeps changes fewer than 6 unchanged lines apart in one hunk (3 lines of context each side).
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`);
    const near = [...lines(3), 'x', ...lines(5).map(l => `m${l}`), 'y', ...lines(3)].join('\n') + '\n';
    expect(fileHunks('go.sum', near, near.replace('x\n', '').replace('y\n', ''))).toEqual([{ file: 'go.sum', line: 4, removed: ['x', 'y'], added: [] }]);
    const far = [...lines(3), 'x', ...lines(6).map(l => `m${l}`), 'y', ...lines(3)].join('\n') + '\n';
    expect(fileHunks('go.sum', far, far.replace('x\n', '').replace('y\n', ''))).toEqual([
      { file: 'go.sum', line: 4, removed: ['x'], added: [] },
      { file: 'go.sum', line: 11, removed: ['y'], added: [] }
    ]);
    // An insertion first and a removal later in one hunk: the hunk sits at the removed line, as parseTidyDiff reads go's diff.
    expect(fileHunks('go.sum', 'a\nb\nc\n', 'a\nn\nb\n')).toEqual([{ file: 'go.sum', line: 3, removed: ['c'], added: ['n'] }]);
  });
});
