import { importantStderr, type GoRunner } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';
import type { Draft } from './rules.js';

/** One problem line of `go mod verify`. */
export interface VerifyProblem {
  module: string;
  version: string;
  kind: 'zip-modified' | 'dir-modified' | 'ziphash-missing' | 'other';
  detail: string;
}

// `go mod verify` prints, per bad module: "<path> <version>: zip has been modified (<file>)",
// "...: dir has been modified (<dir>)" or "...: missing ziphash: <error>".
const PROBLEM_RE = /^(\S+) (\S+): (zip has been modified|dir has been modified|missing ziphash)(?::? ?(.*))?$/;

export function parseVerifyOutput(output: string): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line === 'all modules verified' || line.startsWith('go: downloading')) continue;
    const m = PROBLEM_RE.exec(line);
    if (m) {
      const kind = m[3] === 'zip has been modified' ? 'zip-modified' : m[3] === 'dir has been modified' ? 'dir-modified' : 'ziphash-missing';
      problems.push({ module: m[1], version: m[2], kind, detail: (m[4] ?? '').replace(/^\(|\)$/g, '') });
    }
  }
  return problems;
}

const DESCRIBE: Record<VerifyProblem['kind'], string> = {
  'zip-modified': 'its downloaded zip in the module cache no longer matches the hash recorded when it was downloaded',
  'dir-modified': 'files in its extracted module cache directory were changed after download',
  'ziphash-missing': 'the module cache has no .ziphash for it, so its contents cannot be verified',
  other: 'the module cache entry could not be verified'
};

/** What the cache check learned about one module. */
export interface CacheCheck {
  drafts: Draft[];
  /** 'verified', 'N modified', or why go mod verify could not decide. */
  status: string;
  /** go mod download / verify failed on a go.sum checksum mismatch (the go.sum check explains it). */
  checksumMismatch: boolean;
}

/**
 * Runs `go mod download` (so the cache holds what the build needs) and
 * `go mod verify` for a module and turns each problem into a finding at the
 * go.mod line that requires the module.
 */
export async function checkCacheIntegrity(go: GoRunner, run: ModuleRun, opts: { download: boolean }): Promise<CacheCheck> {
  const { mod } = run;
  let checksumMismatch = false;
  if (opts.download) {
    const dl = await go.run(['mod', 'download', ...run.flags], { cwd: mod.dir, env: run.env, allowFailure: true });
    if (dl.exitCode !== 0 && /checksum mismatch/.test(dl.stderr)) checksumMismatch = true;
  }
  const result = await go.run(['mod', 'verify', ...run.flags], { cwd: mod.dir, env: run.env, allowFailure: true });
  const problems = parseVerifyOutput(`${result.stdout}\n${result.stderr}`);
  const drafts: Draft[] = problems.map(p => {
    const req = mod.modFile.require.find(r => r.path === p.module);
    return {
      rule: 'cache-integrity',
      module: mod.path,
      file: mod.goModFile,
      line: req?.line ?? mod.modFile.module?.line,
      title: `Module cache entry modified: ${p.module}@${p.version}`,
      message: `${p.module}@${p.version}: ${DESCRIBE[p.kind]}${p.detail ? ` (${p.detail})` : ''}.`,
      fix: {
        description: 'Remove the corrupted entry and download it again',
        command: `go clean -modcache && go mod download ${p.module}@${p.version}`
      }
    };
  });
  if (result.exitCode !== 0 && problems.length === 0) {
    if (/checksum mismatch/.test(result.stderr)) {
      return { drafts, status: 'not run: go.sum checksum mismatch', checksumMismatch: true };
    }
    const detail = importantStderr(result.stderr, 5);
    drafts.push({
      rule: 'cache-integrity',
      module: mod.path,
      file: mod.goModFile,
      line: mod.modFile.module?.line,
      title: 'go mod verify could not run',
      message: `go mod verify failed before it could check the module cache: ${detail || `exit ${result.exitCode}`}`
    });
    return { drafts, status: 'could not run', checksumMismatch };
  }
  return { drafts, status: problems.length ? `${problems.length} modified` : 'verified', checksumMismatch };
}
