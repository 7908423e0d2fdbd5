// Issue 9: a coverage run split across N test shards by the reusable workflow,
// each shard's coverprofile merged by coverage-gate's merge code, must give
// exactly the totals of one unsharded run. The split and go test commands are
// the workflow's own step scripts, run as the runner runs them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCoverProfiles, statementTotals } from '../../actions/coverage-gate/src/coverage/index.js';
import { goOk } from '../harness/go-command.js';
import { findStep, readWorkflow, REPO_ROOT, runStepScript } from './workflow-files.js';

const workflow = readWorkflow('.github/workflows/go-gates.yml');
const split = findStep(workflow, 'coverage-tests', 'split');
const goTest = workflow.jobs['coverage-tests'].steps!.find(s => s.name === 'go test')!;
const module = path.join(REPO_ROOT, 'test', 'workflows', 'fixtures', 'clean');
const env = { GOFLAGS: '', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOWORK: 'off' };

let work: string;
let unsharded: { covered: number; total: number };
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'gcg-shards-'));
  const full = path.join(work, 'unsharded.out');
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${full}`, './...'], module, env);
  unsharded = statementTotals(await readCoverProfiles([full]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the workflow's split and go test steps for every shard; returns the profiles written. */
function runShards(shards: number): string[] {
  const profileDir = path.join(work, `profiles-${shards}`);
  const written: string[] = [];
  for (let k = 1; k <= shards; k++) {
    const picked = runStepScript(split, { cwd: module, env: { ...env, SHARD: String(k), SHARDS: String(shards), PACKAGES: './...' } });
    expect(picked.status).toBe(0);
    if (picked.outputs.count === '0') continue;
    const ran = runStepScript(goTest, {
      cwd: module,
      env: { ...env, RUNNER_TEMP: picked.temp, TEST_FLAGS: '', COVERPKG: './...', PROFILE_DIR: profileDir, SHARD: String(k), MODULE_KEY: 'clean' }
    });
    expect(ran.stderr).not.toMatch(/FAIL/);
    expect(ran.status).toBe(0);
    written.push(path.join(profileDir, `clean.shard-${k}.out`));
  }
  return written;
}

describe('sharded coverage merges to the unsharded totals exactly', () => {
  test('the unsharded run covers some but not all statements (so equality means something)', () => {
    expect(unsharded.total).toBeGreaterThan(0);
    expect(unsharded.covered).toBeGreaterThan(0);
    expect(unsharded.covered).toBeLessThan(unsharded.total);
  });

  test.each([2, 3])('%i shards', async shards => {
    const profiles = runShards(shards);
    expect(profiles.length).toBeGreaterThan(1);
    // No shard alone sees the whole: the merge is doing the work.
    const perShard = await Promise.all(profiles.map(async p => statementTotals(await readCoverProfiles([p])).covered));
    for (const covered of perShard) expect(covered).toBeLessThan(unsharded.covered);
    expect(statementTotals(await readCoverProfiles(profiles))).toEqual(unsharded);
  });
});
