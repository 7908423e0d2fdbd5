import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gitFailure, gitOutput, runGit, runGitInto, type WorkflowEvent } from '@go-ci-gates/core';

/** The commit the review compares against, and how it was chosen. */
export interface BaseCommit {
  sha: string;
  /** "merge base of the pull request with main", "the push's before commit", "base-ref v1.2.0". */
  how: string;
  /** Set when the checkout was shallow and history was fetched to reach the base. */
  fetched?: string;
}

/** Why there is nothing to compare against (a finding, never "no changes"). */
export interface NoBase {
  problem: string;
}

/** The repository the checkout is, and the head the review is about. */
export interface Repo {
  /** Absolute top of the git working tree. */
  top: string;
  /** The workspace relative to `top` ('' when the workspace is the top). */
  prefix: string;
  head: string;
  shallow: boolean;
  /** The merge base of a pull request's base commit and HEAD, when the first git call could tell it. */
  mergeBase?: { of: string; sha: string };
}

const ZERO_SHA = /^0+$/;
const GIT = { maxBytes: 64 * 1024 * 1024 };

/**
 * The git checkout the workspace is in, or why there is none. On a pull_request event with no
 * base-ref, the same git call also asks for the merge base (`<base>...HEAD` lists it): each git start
 * blocks the event loop for 5-50 ms, and the merge base is on the way to everything else.
 */
export async function openRepo(workspace: string, baseRef: string, event: WorkflowEvent): Promise<Repo | NoBase> {
  const prBase = baseRef ? undefined : event.pullRequest?.baseSha;
  if (prBase && /^[0-9a-f]{40}$/.test(prBase)) {
    const both = await gitOutput(['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD^{commit}', `${prBase}...HEAD`, '--'], {
      cwd: workspace,
      ...GIT
    });
    // top, shallow, HEAD; then HEAD, the base, ^each merge base. Used only when there is exactly one
    // (with several, `git merge-base` picks; resolveBase asks it). A failure (no commit yet, the base
    // not in a shallow clone) takes the path below, which tells them apart.
    const lines = both?.split('\n') ?? [];
    const bases = lines.slice(5).filter(l => l.startsWith('^'));
    if (lines.length >= 6 && lines[2] === lines[3] && lines[4] === prBase && bases.length === 1)
      return { ...(await repoAt(workspace, lines[0], lines[1], lines[2])), mergeBase: { of: prBase, sha: bases[0].slice(1) } };
  }
  // One git call for the three answers (each git start costs more than the answer).
  const where = await gitOutput(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd: workspace,
    ...GIT
  });
  if (where === undefined) {
    const top = await gitOutput(['rev-parse', '--show-toplevel'], { cwd: workspace, ...GIT });
    return {
      problem:
        top === undefined
          ? 'the workspace is not a git checkout, so there is no history to compare against'
          : 'the checkout has no commit yet (HEAD does not name a commit)'
    };
  }
  const [top, shallow, head] = where.split('\n');
  return repoAt(workspace, top, shallow, head);
}

async function repoAt(workspace: string, top: string, shallow: string, head: string): Promise<Repo> {
  const [realTop, realWs] = await Promise.all([fs.realpath(top), fs.realpath(workspace)]);
  const prefix = path.relative(realTop, realWs).split(path.sep).join('/');
  return { top, prefix, head, shallow: shallow === 'true' };
}

async function hasCommit(repo: Repo, rev: string): Promise<string | undefined> {
  return gitOutput(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: repo.top, ...GIT });
}

/** Fetches what a shallow clone lacks from origin: the whole history (needed for a merge base and for churn). */
async function unshallow(repo: Repo): Promise<string | NoBase> {
  const r = await runGit(['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { cwd: repo.top, timeoutMs: 300_000 });
  if (!r.ok) {
    return {
      problem: `the checkout is a shallow clone and fetching its history from origin failed (${gitFailure(r)}); set fetch-depth: 0 in actions/checkout so the base commit is there`
    };
  }
  repo.shallow = false;
  return 'the checkout was a shallow clone: its history was fetched from origin (set fetch-depth: 0 in actions/checkout to save this step)';
}

/**
 * The base: `base-ref` when set; on a pull_request event the merge base of the
 * pull request's base commit and HEAD; on push the `before` commit. A shallow
 * checkout that lacks it is deepened from origin once; when that fails, or
 * there is no base at all (a new branch, a first commit, another event), the
 * answer says why.
 */
export async function resolveBase(repo: Repo, baseRef: string, event: WorkflowEvent): Promise<BaseCommit | NoBase> {
  let want: string;
  let how: string;
  let mergeBase = false;
  if (baseRef) {
    want = baseRef;
    how = `base-ref ${baseRef}`;
  } else if (event.pullRequest?.baseSha) {
    want = event.pullRequest.baseSha;
    how = `the merge base of the pull request with ${event.pullRequest.baseRef || 'its base branch'}`;
    mergeBase = true;
  } else if (event.eventName === 'push') {
    const before = String(event.payload?.before ?? '');
    if (!before || ZERO_SHA.test(before))
      return { problem: 'the push created the branch (its before commit is all zeros), so there is no earlier commit to compare against; set base-ref' };
    want = before;
    how = "the push's before commit";
  } else {
    return {
      problem: `the ${event.eventName || 'current'} event names no base commit (only pull_request and push events do); set base-ref to the commit to compare against`
    };
  }
  if (want.startsWith('-')) return { problem: `base ${JSON.stringify(want)} is not a commit name` };
  if (mergeBase) {
    // The usual case: both commits are there and share history (openRepo's git call may have told already).
    const mb = repo.mergeBase?.of === want ? repo.mergeBase.sha : await gitOutput(['merge-base', want, repo.head], { cwd: repo.top, ...GIT });
    if (mb) return { sha: mb, how };
  }
  let fetched: string | undefined;
  let sha = await hasCommit(repo, want);
  if (!sha && repo.shallow) {
    const f = await unshallow(repo);
    if (typeof f !== 'string') return f;
    fetched = f;
    sha = await hasCommit(repo, want);
    // A commit no branch holds any more (a pull request's base after a force-push) is asked for by name.
    if (!sha && /^[0-9a-f]{40}$/.test(want)) {
      await runGit(['fetch', '--no-tags', '--quiet', 'origin', want], { cwd: repo.top, timeoutMs: 300_000 });
      sha = await hasCommit(repo, want);
    }
  }
  if (!sha) {
    return {
      problem: `${how} (${want}) is not in the checkout${repo.shallow ? '' : ' (was it force-pushed away, or is the checkout missing history?)'}; use fetch-depth: 0 in actions/checkout, or set base-ref`
    };
  }
  if (mergeBase) {
    let mb = await gitOutput(['merge-base', sha, repo.head], { cwd: repo.top, ...GIT });
    if (!mb && repo.shallow) {
      const f = await unshallow(repo);
      if (typeof f !== 'string') return f;
      fetched = f;
      mb = await gitOutput(['merge-base', sha, repo.head], { cwd: repo.top, ...GIT });
    }
    if (!mb)
      return { problem: `the pull request's base ${sha} and HEAD ${repo.head} have no common history in the checkout; use fetch-depth: 0 in actions/checkout` };
    sha = mb;
  }
  return { sha, how, ...(fetched ? { fetched } : {}) };
}

/**
 * The base tree, outside the checkout: `git archive` of the commit piped
 * into `tar -x` in `dest` (RUNNER_TEMP), the two at once. The checkout's
 * working tree, index and refs stay as they were. Both processes are
 * spawned before this returns its promise, so the caller can start other
 * work behind them.
 */
export function materialiseBase(repo: Repo, sha: string, dest: string): Promise<void> {
  mkdirSync(dest, { recursive: true });
  const piped = runGitInto(['archive', '--format=tar', sha], { cwd: repo.top, timeoutMs: 300_000 }, { command: 'tar', args: ['-x', '-f', '-', '-C', dest] });
  return piped.then(({ git, sink }) => {
    if (!git.ok) throw new Error(`git archive ${sha} failed: ${gitFailure(git)}`);
    if (!sink.ok) throw new Error(`tar could not unpack the base tree: ${sink.failure ?? (sink.stderr.trim() || `exit ${sink.exitCode}`)}`);
  });
}
