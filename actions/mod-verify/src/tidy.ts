import { tidyDiff, type GoRunner, type TidyHunk } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';
import type { Draft } from './rules.js';

export interface TidyCheck {
  drafts: Draft[];
  status: 'tidy' | 'untidy' | 'error' | 'undecided' | 'skipped';
  detail?: string;
  /** The failure was a go.sum checksum mismatch (the go.sum check reports it). */
  checksumMismatch?: boolean;
}

/** Tidiness per module, as core's tidyDiff answers it, turned into findings. */
export async function checkTidy(go: GoRunner, run: ModuleRun, opts: { retries: number; tempDir: string; backoffMs?: number }): Promise<TidyCheck> {
  const r = await tidyDiff(go, { dir: run.mod.dir, tempDir: opts.tempDir, env: run.env, retries: opts.retries, backoffMs: opts.backoffMs });
  if (r.status === 'untidy') return { drafts: hunkDrafts(run, r.hunks), status: 'untidy' };
  return { drafts: [], status: r.status, detail: r.detail, checksumMismatch: r.checksumMismatch };
}

function hunkDrafts(run: ModuleRun, hunks: TidyHunk[]): Draft[] {
  return hunks.map(h => {
    const isSum = h.file === 'go.sum';
    const file = isSum ? run.goSumFile : run.mod.goModFile;
    const show = (ls: string[]): string =>
      ls
        .map(l => l.trim())
        .filter(Boolean)
        .slice(0, 4)
        .join('; ') + (ls.length > 4 ? `; and ${ls.length - 4} more` : '');
    const what = isSum
      ? [
          h.removed.length ? `${h.removed.length} stale line${h.removed.length === 1 ? '' : 's'} (${show(h.removed)})` : '',
          h.added.length ? `${h.added.length} missing line${h.added.length === 1 ? '' : 's'} (${show(h.added)})` : ''
        ]
      : [h.removed.filter(l => l.trim()).length ? `remove ${show(h.removed)}` : '', h.added.filter(l => l.trim()).length ? `add ${show(h.added)}` : ''];
    return {
      rule: 'untidy',
      module: run.mod.path,
      file,
      line: h.line ?? (isSum ? undefined : run.mod.modFile.module?.line),
      title: `${h.file} is not tidy`,
      message: `go mod tidy would change ${h.file}: ${what.filter(Boolean).join(', and ') || 'whitespace only'}.`,
      fix: { description: 'Run go mod tidy and commit the result', command: run.mod.relDir === '.' ? 'go mod tidy' : `go -C ${run.mod.relDir} mod tidy` }
    };
  });
}
