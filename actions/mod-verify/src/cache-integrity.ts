import type { Finding, GoModule, GoRunner } from '@go-ci-gates/core';

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

/**
 * Runs `go mod verify` for a module (after `go mod download`, so the cache
 * holds what the build needs) and turns each problem into a finding at the
 * go.mod line that requires the module.
 */
export async function checkCacheIntegrity(
  go: GoRunner,
  mod: GoModule,
  opts: { download: boolean; env: Record<string, string | undefined> }
): Promise<{ findings: Finding[]; verified: boolean }> {
  if (opts.download) await go.run(['mod', 'download'], { cwd: mod.dir, env: opts.env });
  const result = await go.run(['mod', 'verify'], { cwd: mod.dir, env: opts.env, allowFailure: true });
  const problems = parseVerifyOutput(`${result.stdout}\n${result.stderr}`);
  if (result.exitCode !== 0 && problems.length === 0) {
    // Not a verification failure we understand: surface the command error as is.
    await go.run(['mod', 'verify'], { cwd: mod.dir, env: opts.env });
  }
  const findings = problems.map((p): Finding => {
    const req = mod.modFile.require.find(r => r.path === p.module);
    return {
      rule: 'cache-integrity',
      severity: 'error',
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
  return { findings, verified: problems.length === 0 };
}
