// The starter workflow (workflow-templates/go-ci-gates.yml) as GitHub
// instantiates it ($default-branch -> main) on the go.work monorepo fixture,
// under act: the defaults must work on a repository with a library module and
// no root go.mod, and its threshold (60%) fails exactly the two modules below it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../workflow-files.js';
import { installAct, runAct, warmBuildCache, type ActRun } from './act.js';
import { commitAll, initRepo } from './fixture-repo.js';

const installed = installAct();
if (installed.skipReason) console.warn(`act tests skipped: ${installed.skipReason}`);
const actTest = installed.binary ? test : test.skip;

let work: string;
let run: ActRun;
beforeAll(async () => {
  if (!installed.binary) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'gcg-act-starter-'));
  const repo = path.join(work, 'repo');
  initRepo(repo);
  cpSync(path.join(REPO_ROOT, 'test', 'workflows', 'act', 'fixtures', 'monorepo'), repo, {
    recursive: true,
    filter: src => !src.includes(`${path.sep}.github`)
  });
  const starter = readFileSync(path.join(REPO_ROOT, 'workflow-templates', 'go-ci-gates.yml'), 'utf8').replace(/\$default-branch/g, 'main');
  mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(repo, '.github', 'workflows', 'go-ci-gates.yml'), starter);
  const sha = commitAll(repo, 'starter');
  warmBuildCache(repo, ['libs/strutil', 'services/api', 'services/api-gateway']);
  run = await runAct({
    binary: installed.binary,
    repo,
    event: 'push',
    workflow: '.github/workflows/go-ci-gates.yml',
    payload: { ref: 'refs/heads/main', after: sha, repository: { default_branch: 'main', full_name: 'example/mono' } }
  });
}, 900_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the starter workflow on a go.work monorepo under act', () => {
  actTest('every gate passes on every module but coverage below 60%, which fails summary', () => {
    const m = /^\[[^\]]*\/summary\s*\]\s+⚙\s+::set-output:: results=(.*)$/mu.exec(run.log);
    if (!m) throw new Error(`the summary job set no results (act exit ${run.status}); log in ${os.tmpdir()}/gcg-act-failed-go-ci-gates.yml-push.log`);
    const results = JSON.parse(m[1]) as Record<string, Record<string, string>>;
    expect(results['coverage-gate']).toEqual({ 'libs/strutil': 'fail', 'services/api': 'fail', 'services/api-gateway': 'pass' });
    for (const gate of ['mod-verify', 'readonly-list', 'sum-audit', 'vendor-consistency', 'sbom-attach'])
      expect(results[gate]).toEqual({ 'libs/strutil': 'pass', 'services/api': 'pass', 'services/api-gateway': 'pass' });
    expect(run.status).not.toBe(0);
    expect(run.log).not.toContain('Restore cache failed');
    // No go-private-token: the credentials step is skipped in every job, not run.
    expect(run.log).not.toContain('Success - Main Credentials for private modules');
    console.log(`starter workflow, push: ${run.seconds.toFixed(1)} s`);
  });
});
