import { randomBytes } from 'node:crypto';
import { gitFailure, gitOutput, runGit } from './git-runner.js';

/** A full object name: the only thing that can be fetched by itself from a remote. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** A revision given as input: never an option, no whitespace or control characters. */
const SAFE_REV = /^[^-\s\p{Cc}][^\s\p{Cc}]*$/u;

/** A revision for a message: 12 characters of a full SHA, else as given. */
export const shortRev = (rev: string): string => (FULL_SHA.test(rev) ? rev.slice(0, 12) : rev);
/** Quoted, at most 80 characters: a revision or git's message may come from an input or the remote. */
export const quoteGitText = (s: string): string => JSON.stringify([...s].slice(0, 80).join(''));

/**
 * Makes `rev` available as a commit of the checkout at `cwd`, for the gates
 * that read a pull request's base (coverage-gate's changed lines,
 * license-policy's base go.mod). A default actions/checkout clone is shallow
 * (depth 1) and holds only the checked-out commit, so a missing commit given
 * by its full SHA is fetched from origin at depth 1 into a ref of our own
 * (refs/go-ci-gates/...), pushed on `tempRefs` for dropTempRefs: no branch,
 * tag, remote ref, FETCH_HEAD or working-tree file of the checkout changes
 * (the new objects and the shallow boundary are all a fetch leaves behind).
 * `what` names the commit in messages ("base", "head").
 */
export async function ensureCommit(cwd: string, rev: string, what: string, tempRefs: string[]): Promise<string | { unavailable: string }> {
  if (!SAFE_REV.test(rev)) return { unavailable: `the ${what} ${quoteGitText(rev)} is not a revision` };
  const present = await gitOutput(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd });
  if (present) return present;
  if (!FULL_SHA.test(rev)) return { unavailable: `the ${what} ${quoteGitText(rev)} is not a commit of the checkout` };
  const tempRef = `refs/go-ci-gates/${what.replace(/\W+/g, '-')}-${randomBytes(6).toString('hex')}`;
  tempRefs.push(tempRef);
  const fetched = await runGit(
    ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', `+${rev}:${tempRef}`],
    { cwd }
  );
  if (!fetched.ok) {
    return {
      unavailable: `the ${what} ${shortRev(rev)} is not in the checkout (a shallow clone) and could not be fetched from origin: ${quoteGitText(gitFailure(fetched))}`
    };
  }
  return (
    (await gitOutput(['rev-parse', '--verify', '--quiet', `${tempRef}^{commit}`], { cwd })) ?? {
      unavailable: `the fetched ${what} ${shortRev(rev)} is not a commit`
    }
  );
}

/** Deletes the refs ensureCommit made; the fetched objects stay until git's own gc (which never runs from here). */
export async function dropTempRefs(cwd: string, tempRefs: readonly string[]): Promise<void> {
  for (const ref of tempRefs) await runGit(['update-ref', '-d', ref], { cwd });
}
