// .github/workflows/self-test.yml as it is, under nektos/act (host mode,
// offline): every gate job with its passing and failing cases, the gates run
// from their dist bundles on Node 24, checkout and setup-go as stand-ins.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PLANNED_GATES, REPO_ROOT, readWorkflow } from '../workflow-files.js';
import { installAct, runAct, type ActRun } from './act.js';
import { commitAll, copyInto, initRepo } from './fixture-repo.js';

const installed = installAct();
if (installed.skipReason) console.warn(`act tests skipped: ${installed.skipReason}`);
const actTest = installed.binary ? test : test.skip;

let work: string;
let run: ActRun;
beforeAll(async () => {
  if (!installed.binary) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'gcg-act-self-test-'));
  const repo = path.join(work, 'repo');
  initRepo(repo);
  // What the workflow reads from its checkout: the actions, their bundles and the fixtures.
  for (const rel of ['.github/workflows/self-test.yml', 'actions', 'dist', 'test/workflows/expect.sh', 'test/workflows/fixtures'])
    copyInto(repo, REPO_ROOT, rel);
  commitAll(repo, 'self-test');
  run = await runAct({
    binary: installed.binary,
    repo,
    event: 'push',
    payload: { ref: 'refs/heads/main', repository: { default_branch: 'main', full_name: 'example/self-test' } },
    workflow: '.github/workflows/self-test.yml'
  });
}, 480_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('self-test.yml under act', () => {
  actTest('every job succeeds, each failing case failing as its assertion expects', () => {
    const jobs = Object.keys(readWorkflow('.github/workflows/self-test.yml').jobs);
    expect(jobs.sort()).toEqual([...PLANNED_GATES].sort());
    const failed = Object.entries(run.jobs)
      .filter(([, r]) => r === 'failed')
      .map(([j]) => j);
    if (run.status !== 0)
      throw new Error(
        `act exited ${run.status} after ${run.seconds}s; failed jobs: ${failed.join(', ')}; log in ${os.tmpdir()}/gcg-act-failed-self-test.yml-push.log`
      );
    expect(run.jobs).toEqual(Object.fromEntries(jobs.map(j => [`self-test/${j}`, 'succeeded'])));
    // The failing cases really ran and failed (continue-on-error), and their assertions passed.
    expect(run.log).toMatch(/Failed but continue next step/);
    expect(run.log).toContain('as expected');
    // The gates ran on the Node that action.yml declares, not whatever node came first.
    expect(run.log).not.toMatch(/SyntaxError|Unsupported engine/);
    console.log(`self-test.yml under act: ${run.seconds.toFixed(1)} s`);
  });
});
