import * as path from 'node:path';
import {
  dropTempRefs,
  ensureCommit,
  gitFailure,
  gitOutput,
  parseCommitHeader,
  quoteGitText as quote,
  runGit,
  shortRev as short,
  toPosixRelative
} from '@go-ci-gates/core';
import { intersectsRanges, parseUnifiedDiff, type Counts } from './coverage/index.js';
import type { FileCoverage } from './measure.js';

export interface PatchResult {
  counts: Counts;
  /** Uncovered changed line ranges per file, for annotations. */
  uncovered: { file: string; line: number; endLine: number; statements: number }[];
  changedFiles: number;
  /** Which diff the changed lines come from, in a sentence for the summary. */
  basis: string;
}

/** Patch coverage, or why it cannot be computed (the rest of the gate is judged either way). */
export type PatchOutcome = { ok: true; result: PatchResult } | { ok: false; unavailable: string };

/** The parents a commit object names, even in a shallow clone (where git log hides them behind the boundary). */
async function rawParents(cwd: string, commit: string): Promise<string[]> {
  return parseCommitHeader((await gitOutput(['cat-file', 'commit', commit], { cwd })) ?? '').parents;
}

/**
 * The lines added or changed between base and head, and which diff gave them.
 *
 * With a merge base in the checkout, `git diff base...head` (what the pull
 * request's "Files changed" shows). Without one (a shallow checkout plus a
 * depth-1 fetch of the base never has one), the two trees are compared,
 * `git diff base head`. That is exact when head is the merge commit
 * actions/checkout checks out for a pull request (its parent is the base); when
 * head is the pull request's own commit and the base branch moved on since it
 * branched, lines the base branch changed that head still has in their old
 * form count as changed too.
 */
async function changedLines(cwd: string, base: string, head: string): Promise<{ diff: string; basis: string } | { unavailable: string }> {
  const mergeBase = await gitOutput(['merge-base', base, head], { cwd });
  const diffArgs = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--no-textconv'];
  let range: string[];
  let basis: string;
  if (mergeBase) {
    range = [`${base}...${head}`];
    basis = `git diff ${short(base)}...${short(head)} (from their merge base ${short(mergeBase)})`;
  } else {
    range = [base, head];
    const exact = (await rawParents(cwd, head)).includes(base);
    basis = exact
      ? `git diff ${short(base)} ${short(head)}: the checkout is the merge of the pull request into its base, so the trees differ by exactly its changes`
      : `git diff ${short(base)} ${short(head)}: the checkout holds no merge base, so the two trees are compared, and lines the base branch changed since the branch point count as changed too (fetch-depth: 0 gives the exact diff)`;
  }
  const r = await runGit([...diffArgs, ...range, '--', '*.go'], { cwd });
  if (!r.ok) return { unavailable: `git diff failed: ${quote(gitFailure(r))}` };
  return { diff: r.stdout, basis };
}

/**
 * Statement-weighted coverage of the blocks that intersect lines added or
 * changed between base and head. `head` is normally HEAD: the commit the
 * profile measured, so line numbers agree.
 */
export async function patchCoverage(files: readonly FileCoverage[], workspace: string, base: string, head: string): Promise<PatchOutcome> {
  const top = await runGit(['rev-parse', '--show-toplevel'], { cwd: workspace });
  if (!top.ok) return { ok: false, unavailable: `the workspace is not a git checkout (${quote(gitFailure(top))})` };
  const cleanup: string[] = [];
  try {
    const baseCommit = await ensureCommit(workspace, base, 'base', cleanup);
    if (typeof baseCommit !== 'string') return { ok: false, ...baseCommit };
    const headCommit = await ensureCommit(workspace, head, 'head', cleanup);
    if (typeof headCommit !== 'string') return { ok: false, ...headCommit };
    const changed = await changedLines(workspace, baseCommit, headCommit);
    if ('unavailable' in changed) return { ok: false, ...changed };
    return {
      ok: true,
      result: { ...measurePatch(files, parseUnifiedDiff(changed.diff), toPosixRelative(top.stdout.trim(), workspace)), basis: changed.basis }
    };
  } finally {
    await dropTempRefs(workspace, cleanup);
  }
}

function measurePatch(files: readonly FileCoverage[], changed: ReturnType<typeof parseUnifiedDiff>, prefix: string): Omit<PatchResult, 'basis'> {
  const counts = { covered: 0, total: 0 };
  const uncovered: PatchResult['uncovered'] = [];
  let changedFiles = 0;
  for (const f of files) {
    const repoPath = prefix === '.' || prefix === '' ? f.file : path.posix.join(prefix, f.file);
    const ranges = changed.files.get(repoPath);
    if (!ranges) continue;
    changedFiles++;
    for (const b of f.blocks) {
      if (b.numStmt === 0 || !intersectsRanges(ranges, b.startLine, b.endLine)) continue;
      counts.total += b.numStmt;
      if (b.count > 0) counts.covered += b.numStmt;
      else {
        const last = uncovered[uncovered.length - 1];
        if (last && last.file === f.file && b.startLine <= last.endLine + 1) {
          last.endLine = Math.max(last.endLine, b.endLine);
          last.statements += b.numStmt;
        } else uncovered.push({ file: f.file, line: b.startLine, endLine: b.endLine, statements: b.numStmt });
      }
    }
  }
  return { counts, uncovered, changedFiles };
}
