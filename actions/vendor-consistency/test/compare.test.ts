import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseModulesTxt } from '@go-ci-gates/core';
import { compareVendorTrees, prefetchCommitted } from '../src/compare.js';
import { walkVendorTree } from '../src/vendor-tree.js';

const MODULES_TXT = '# example.com/a v1.0.0\n## explicit\nexample.com/a\n';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-compare-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

/** A committed tree and a regenerated one with an equal, a modified, a missing and an extra file. */
async function trees(name: string): Promise<{ committed: string; regenerated: string }> {
  const committed = path.join(root, name, 'committed');
  const regenerated = path.join(root, name, 'regenerated');
  const files: [string, string, string | undefined, string | undefined][] = [
    ['modules.txt', '', MODULES_TXT, MODULES_TXT],
    ['example.com/a/same.go', '', 'package a\n', 'package a\n'],
    ['example.com/a/edited.go', '', 'package a\n\nvar X = 2\n', 'package a\n\nvar X = 1\n'],
    ['example.com/a/gone.go', '', undefined, 'package a\n\nfunc Gone() {}\n'],
    ['example.com/a/added.go', '', 'package a\n\nfunc Added() {}\n', undefined]
  ];
  for (const [rel, , mine, theirs] of files) {
    for (const [dir, text] of [
      [committed, mine],
      [regenerated, theirs]
    ] as const) {
      if (text === undefined) continue;
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.writeFile(path.join(dir, rel), text);
    }
  }
  return { committed, regenerated };
}

async function compare(name: string, releaseRegenerated: boolean, prefetch = false) {
  const { committed, regenerated } = await trees(name);
  const committedTree = await walkVendorTree(committed);
  const committedContents = new Map<string, Buffer>();
  if (prefetch) await prefetchCommitted(committed, committedTree, committedContents, () => true);
  if (prefetch) expect(committedContents.size).toBe(4);
  const result = await compareVendorTrees({
    committedDir: committed,
    committedTree,
    committedContents,
    committedModulesTxt: parseModulesTxt(MODULES_TXT),
    regeneratedDir: regenerated,
    allowExtra: [],
    patchPrefix: 'vendor',
    releaseRegenerated
  });
  return { result, committed, regenerated };
}

describe('compareVendorTrees', () => {
  test('classifies every difference, file by file', async () => {
    const { result } = await compare('plain', false);
    expect(result.differences.map(d => [d.class, d.path, d.module, d.line])).toEqual([
      ['extra', 'example.com/a/added.go', 'example.com/a@v1.0.0', undefined],
      ['modified', 'example.com/a/edited.go', 'example.com/a@v1.0.0', 3],
      ['missing', 'example.com/a/gone.go', 'example.com/a@v1.0.0', undefined]
    ]);
    expect(result.filesCompared).toBe(5);
  });

  test('releasing the regenerated tree gives the same answer and removes the compared files, never a committed one', async () => {
    const kept = await compare('kept', false);
    const released = await compare('released', true);
    expect(released.result.differences).toEqual(kept.result.differences);
    expect(released.result.patch.replaceAll('released', 'kept')).toBe(kept.result.patch);
    // Files present on both sides were compared and removed from the temp copy; the committed tree is untouched.
    for (const rel of ['modules.txt', 'example.com/a/same.go', 'example.com/a/edited.go']) {
      expect([rel, existsSync(path.join(released.regenerated, rel))]).toEqual([rel, false]);
      expect([rel, existsSync(path.join(kept.regenerated, rel))]).toEqual([rel, true]);
    }
    expect([...(await walkVendorTree(released.committed)).keys()].sort()).toEqual([...(await walkVendorTree(kept.committed)).keys()].sort());
    expect(await fs.readFile(path.join(released.committed, 'example.com/a/edited.go'), 'utf8')).toBe('package a\n\nvar X = 2\n');
  });
});

describe('committed files read while go regenerates', () => {
  test('give the same comparison as files read by the comparison', async () => {
    const read = await compare('read', true);
    const prefetched = await compare('prefetched', true, true);
    expect(prefetched.result.differences).toEqual(read.result.differences);
    expect(prefetched.result.patch.replaceAll('prefetched', 'read')).toBe(read.result.patch);
  });

  test('a small file one byte longer or shorter, or empty, differs; equal ones, empty ones included, do not', async () => {
    const committed = path.join(root, 'lengths', 'committed');
    const regenerated = path.join(root, 'lengths', 'regenerated');
    const files: [string, string, string][] = [
      ['modules.txt', MODULES_TXT, MODULES_TXT],
      ['example.com/a/longer.go', 'package a\n', 'package a\n\n'],
      ['example.com/a/shorter.go', 'package a\n\n', 'package a\n'],
      ['example.com/a/emptied.go', 'package a\n', ''],
      ['example.com/a/empty.go', '', ''],
      ['example.com/a/same.go', 'package a\n', 'package a\n']
    ];
    for (const [rel, mine, theirs] of files) {
      for (const [dir, text] of [
        [committed, mine],
        [regenerated, theirs]
      ] as const) {
        await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
        await fs.writeFile(path.join(dir, rel), text);
      }
    }
    const committedTree = await walkVendorTree(committed);
    const committedContents = new Map<string, Buffer>();
    await prefetchCommitted(committed, committedTree, committedContents, () => true);
    expect(committedContents.size).toBe(files.length);
    const result = await compareVendorTrees({
      committedDir: committed,
      committedTree,
      committedContents,
      committedModulesTxt: parseModulesTxt(MODULES_TXT),
      regeneratedDir: regenerated,
      allowExtra: [],
      patchPrefix: 'vendor',
      releaseRegenerated: false
    });
    expect(result.differences.map(d => [d.class, d.path])).toEqual([
      ['modified', 'example.com/a/emptied.go'],
      ['modified', 'example.com/a/longer.go'],
      ['modified', 'example.com/a/shorter.go']
    ]);
  });

  test('stop when go is done or the budget is spent, and never follow a symlink', async () => {
    const { committed } = await trees('prefetch-limits');
    await fs.symlink(path.join(committed, 'modules.txt'), path.join(committed, 'example.com/a/link.go'));
    const tree = await walkVendorTree(committed);
    const all = new Map<string, Buffer>();
    await prefetchCommitted(committed, tree, all, () => true);
    expect([...all.keys()].sort()).toEqual(['example.com/a/added.go', 'example.com/a/edited.go', 'example.com/a/same.go', 'modules.txt']);
    expect(all.get('example.com/a/edited.go')!.toString()).toBe('package a\n\nvar X = 2\n');
    const none = new Map<string, Buffer>();
    await prefetchCommitted(committed, tree, none, () => false);
    expect(none.size).toBe(0);
    const one = new Map<string, Buffer>();
    await prefetchCommitted(committed, tree, one, () => true, 1);
    expect(one.size).toBe(1);
  });
});

describe('compareVendorTrees on files larger than its read buffer', () => {
  test('a difference past the first megabyte, and one only in length, are found', async () => {
    const committed = path.join(root, 'big', 'committed');
    const regenerated = path.join(root, 'big', 'regenerated');
    const big = 'x'.repeat(3 * 1024 * 1024 + 17);
    const files: [string, string, string][] = [
      ['modules.txt', MODULES_TXT, MODULES_TXT],
      ['example.com/a/same.bin', big, big],
      ['example.com/a/late.bin', big.slice(0, 2_500_000) + 'y' + big.slice(2_500_001), big],
      ['example.com/a/longer.bin', big + 'z', big]
    ];
    for (const [rel, mine, theirs] of files) {
      for (const [dir, text] of [
        [committed, mine],
        [regenerated, theirs]
      ] as const) {
        await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
        await fs.writeFile(path.join(dir, rel), text);
      }
    }
    for (const prefetch of [false, true]) {
      const committedTree = await walkVendorTree(committed);
      const committedContents = new Map<string, Buffer>();
      if (prefetch) await prefetchCommitted(committed, committedTree, committedContents, () => true);
      const result = await compareVendorTrees({
        committedDir: committed,
        committedTree,
        committedContents,
        committedModulesTxt: parseModulesTxt(MODULES_TXT),
        regeneratedDir: regenerated,
        allowExtra: [],
        patchPrefix: 'vendor',
        releaseRegenerated: false
      });
      expect([prefetch, result.differences.map(d => [d.class, d.path, d.binary])]).toEqual([
        prefetch,
        [
          ['modified', 'example.com/a/late.bin', true],
          ['modified', 'example.com/a/longer.bin', true]
        ]
      ]);
    }
  });
});
