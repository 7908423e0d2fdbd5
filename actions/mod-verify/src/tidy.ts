import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { importantStderr, type GoRunner } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';
import type { Draft } from './rules.js';
import { diffLines, parseTidyDiff, type TidyHunk } from './unified-diff.js';

export interface TidyCheck {
  drafts: Draft[];
  status: 'tidy' | 'untidy' | 'error' | 'undecided' | 'skipped';
  detail?: string;
  /** The failure was a go.sum checksum mismatch (the go.sum check reports it). */
  checksumMismatch?: boolean;
}

// Failures that say nothing about the module: retry them, and never call the module untidy for them.
const NETWORK_RE =
  /dial tcp|i\/o timeout|connection (refused|reset)|no such host|TLS handshake|unexpected EOF|\b(502|503|504) (Bad Gateway|Service Unavailable|Gateway Timeout)|server response: (5\d\d|429)|net\/http|temporary failure|network is unreachable|reading https?:\/\/[^:]+: (5\d\d|429)/i;

export function isNetworkError(stderr: string): boolean {
  return NETWORK_RE.test(stderr);
}

/**
 * Tidiness per module: `go mod tidy -diff` on a temp copy of go.mod/go.sum
 * (-modfile, GOWORK=off: tidy is a single-module operation). Exit 0 is tidy;
 * exit 1 with a diff on stdout is untidy; anything else is a load error, or a
 * network error retried `retries` times and then reported as undecided.
 */
export async function checkTidy(
  go: GoRunner,
  run: ModuleRun,
  opts: { retries: number; tempDir: string; backoffMs?: number }
): Promise<TidyCheck> {
  const { mod } = run;
  const hasDiff = await go.atLeast('1.23');
  let last = '';
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    if (attempt > 0) await new Promise(r => setTimeout(r, (opts.backoffMs ?? 500) * 2 ** (attempt - 1)));
    const r = hasDiff
      ? await go.run(['mod', 'tidy', '-diff', `-modfile=${run.soloModFile}`], { cwd: mod.dir, env: { ...run.env, GOWORK: 'off' }, allowFailure: true })
      : await tidyInCopy(go, run, opts.tempDir);
    if (r.exitCode === 0 && !r.stdout.trim()) return { drafts: [], status: 'tidy' };
    if ((r.exitCode === 0 || r.exitCode === 1) && /^(diff |--- )/m.test(r.stdout)) {
      return { drafts: hunkDrafts(run, parseTidyDiff(r.stdout)), status: 'untidy' };
    }
    last = r.stderr;
    if (!isNetworkError(r.stderr)) {
      return { drafts: [], status: 'error', detail: importantStderr(r.stderr, 5) || `exit ${r.exitCode}`, checksumMismatch: /checksum mismatch/.test(r.stderr) };
    }
  }
  return { drafts: [], status: 'undecided', detail: importantStderr(last, 5) };
}

/** The diff as Go < 1.23 can give it: tidy a temp copy of the module and compare. */
async function tidyInCopy(go: GoRunner, run: ModuleRun, tempDir: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const copy = path.join(tempDir, `tidy-${path.basename(path.dirname(run.soloModFile))}`);
  await fs.rm(copy, { recursive: true, force: true });
  await fs.cp(run.mod.dir, copy, { recursive: true, filter: src => !/(^|[\\/])(\.git|node_modules)$/.test(src) });
  const r = await go.run(['mod', 'tidy'], { cwd: copy, env: { ...run.env, GOWORK: 'off' }, allowFailure: true });
  if (r.exitCode !== 0) return r;
  const read = (p: string): Promise<string> => fs.readFile(p, 'utf8').catch(() => '');
  const hunks: string[] = [];
  for (const f of ['go.mod', 'go.sum']) {
    const hs = diffLines(f, await read(path.join(run.mod.dir, f)), await read(path.join(copy, f)));
    for (const h of hs) {
      hunks.push(`--- current/${f}`, '+++ tidy/' + f, `@@ -${h.line ?? 0},${h.removed.length} +0,0 @@`, ...h.removed.map(l => `-${l}`), ...h.added.map(l => `+${l}`));
    }
  }
  return { exitCode: hunks.length ? 1 : 0, stdout: hunks.join('\n'), stderr: '' };
}

function hunkDrafts(run: ModuleRun, hunks: TidyHunk[]): Draft[] {
  return hunks.map(h => {
    const isSum = h.file === 'go.sum';
    const file = isSum ? run.goSumFile : run.mod.goModFile;
    const show = (ls: string[]): string => ls.map(l => l.trim()).filter(Boolean).slice(0, 4).join('; ') + (ls.length > 4 ? `; and ${ls.length - 4} more` : '');
    const what = isSum
      ? [h.removed.length ? `${h.removed.length} stale line${h.removed.length === 1 ? '' : 's'} (${show(h.removed)})` : '', h.added.length ? `${h.added.length} missing line${h.added.length === 1 ? '' : 's'} (${show(h.added)})` : '']
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
