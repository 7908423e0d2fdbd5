import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../harness/go-sandbox.js';

// `npm run check-dist` (the stale-dist check .ci/run runs) on a copy of what it
// reads: the bundle inputs, the build script and the committed dist/. Each way
// a dist/ goes stale fails it with one message naming what is stale.

let root: string;
let copy: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gcg-check-dist-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh copy of the tree the check reads. */
function freshCopy(): string {
  copy = path.join(root, `tree-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  for (const f of ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/dist-sources.mjs', 'dist'])
    cpSync(path.join(REPO_ROOT, f), path.join(copy, f), { recursive: true });
  for (const group of ['actions', 'packages'])
    for (const name of readdirSync(path.join(REPO_ROOT, group)))
      cpSync(path.join(REPO_ROOT, group, name, 'src'), path.join(copy, group, name, 'src'), { recursive: true });
  return copy;
}

function checkDist(tree: string): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(tree, 'scripts', 'build.mjs'), '--check'], { cwd: tree, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

test('the committed dist/ passes', () => {
  const r = checkDist(freshCopy());
  expect(r.out).toContain('dist/ is up to date');
  expect(r.code).toBe(0);
});

test('a source changed after the build fails, naming the sources', () => {
  const tree = freshCopy();
  appendFileSync(path.join(tree, 'actions', 'sum-audit', 'src', 'main.ts'), '\n// changed\n');
  const r = checkDist(tree);
  expect(r.out).toContain('dist/ was built from other sources than these');
  expect(r.code).toBe(1);
});

test('a bundle edited by hand fails, naming the bundle and only it', () => {
  const tree = freshCopy();
  appendFileSync(path.join(tree, 'dist', 'sum-audit', 'index.js'), '\n// patched\n');
  const r = checkDist(tree);
  expect(r.out).toContain('dist/sum-audit is not what the build recorded');
  expect(r.out).not.toContain('dist/mod-verify');
  expect(r.out).not.toContain('other sources');
  expect(r.code).toBe(1);
});

test('a missing bundle, a bundle without a source and a missing record each fail', () => {
  let tree = freshCopy();
  rmSync(path.join(tree, 'dist', 'mod-verify'), { recursive: true });
  expect(checkDist(tree)).toEqual({ code: 1, out: expect.stringContaining('dist/mod-verify is missing') });

  tree = freshCopy();
  mkdirSync(path.join(tree, 'dist', 'old-gate'));
  writeFileSync(path.join(tree, 'dist', 'old-gate', 'index.js'), '');
  expect(checkDist(tree)).toEqual({ code: 1, out: expect.stringContaining('dist/old-gate has no source') });

  tree = freshCopy();
  const recorded = readFileSync(path.join(tree, 'dist', 'sources.sha256'), 'utf8');
  writeFileSync(path.join(tree, 'dist', 'sources.sha256'), recorded.split('\n')[0] + '\n');
  expect(checkDist(tree)).toEqual({ code: 1, out: expect.stringContaining('was not recorded by a whole build') });

  tree = freshCopy();
  rmSync(path.join(tree, 'dist', 'sources.sha256'));
  expect(checkDist(tree)).toEqual({ code: 1, out: expect.stringContaining('dist/sources.sha256 is missing') });
});
