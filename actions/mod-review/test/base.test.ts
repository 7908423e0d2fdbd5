import { afterAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkflowEvent } from '@go-ci-gates/core';
import { openRepo, resolveBase, type Repo } from '../src/base.js';
import { commit, git, pullRequestEvent } from './fixture-repo.js';

// The base commit a review compares against, on real git histories: the merge base is taken from the
// first git call when it can tell one, and from `git merge-base` otherwise, with the same answer.

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map(d => fs.rm(d, { recursive: true, force: true }))));

async function newRepo(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-review-base-'));
  dirs.push(root);
  const ws = path.join(root, 'ws');
  await fs.mkdir(ws);
  git(ws, ['init', '-q']);
  return ws;
}

async function baseOf(ws: string, prBase: string, head: string): Promise<{ repo: Repo; sha?: string; problem?: string }> {
  const event = readWorkflowEvent({ ...process.env, ...(await pullRequestEvent(ws, prBase, head)) });
  const repo = await openRepo(ws, '', event);
  if ('problem' in repo) throw new Error(repo.problem);
  const base = await resolveBase(repo, '', event);
  return { repo, ...base };
}

describe('the base of a pull request', () => {
  test('a branch off main: the first git call tells the merge base, the same as git merge-base', async () => {
    const ws = await newRepo();
    const fork = await commit(ws, { a: '1\n' }, { message: 'fork point' });
    const mainTip = await commit(ws, { a: '2\n' }, { message: 'main moves on' });
    git(ws, ['checkout', '-q', '-b', 'feature', fork]);
    // A file named like the revisions asked for: they are revisions, never paths.
    const head = await commit(ws, { b: '1\n', 'HEAD^{commit}': 'x\n', [`${mainTip}...HEAD`]: 'y\n' }, { message: 'feature' });
    const r = await baseOf(ws, mainTip, head);
    expect(r.repo.mergeBase).toEqual({ of: mainTip, sha: fork });
    expect(r.sha).toBe(git(ws, ['merge-base', mainTip, head]));
    expect(r.repo.head).toBe(head);
    expect(r.repo.shallow).toBe(false);
  });

  test('a criss-cross history (two merge bases): git merge-base picks, as before', async () => {
    const ws = await newRepo();
    await commit(ws, { a: '0\n' }, { message: 'root' });
    git(ws, ['checkout', '-q', '-b', 'other']);
    const o1 = await commit(ws, { o: '1\n' }, { message: 'o1' });
    git(ws, ['checkout', '-q', 'main']);
    const m1 = await commit(ws, { m: '1\n' }, { message: 'm1' });
    git(ws, ['merge', '-q', '--no-edit', o1]);
    const mainTip = await commit(ws, { m: '2\n' }, { message: 'm2' });
    git(ws, ['checkout', '-q', 'other']);
    git(ws, ['merge', '-q', '--no-edit', m1]);
    const head = await commit(ws, { o: '2\n' }, { message: 'o2' });
    expect(git(ws, ['merge-base', '--all', mainTip, head]).split('\n')).toHaveLength(2);
    const r = await baseOf(ws, mainTip, head);
    expect(r.repo.mergeBase).toBeUndefined();
    expect(r.sha).toBe(git(ws, ['merge-base', mainTip, head]));
  });

  test('a base the checkout lacks: the first call falls back, and the answer says what is missing', async () => {
    const ws = await newRepo();
    const head = await commit(ws, { a: '1\n' }, { message: 'only' });
    const r = await baseOf(ws, 'f'.repeat(40), head);
    expect(r.repo.mergeBase).toBeUndefined();
    expect(r.repo.head).toBe(head);
    expect(r.problem).toMatch(/is not in the checkout/);
  });
});
