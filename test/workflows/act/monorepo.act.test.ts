// The reusable workflow (go-gates.yml) called as docs/adopting.md shows, on a
// go.work repository with no root go.mod: libs/strutil (a library: no main
// package), services/api and services/api-gateway (one directory a prefix of
// the other), different coverage in each, tests over two shards. Run under
// nektos/act for a push to main (baselines saved) and then a pull request that
// lowers one module's coverage, with the artifact downloads in the other order.
// Issue 14, defects 1-3 and 6: each assertion below failed on the workflow
// before the fix (see the commit that added this file).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCoverProfiles, statementTotals } from '../../../actions/coverage-gate/src/coverage/index.js';
import { goOk } from '../../harness/go-command.js';
import { SHARED_TEST_GOCACHE } from '../../harness/go-sandbox.js';
import { ActionsCacheServer } from '../../servers/actions-cache.js';
import { FakeGitHubComments, type FakeComment } from '../../servers/github-comments.js';
import { installAct, runAct, type ActRun } from './act.js';
import { addOrigin, checkoutBranch, commitAll, initRepo, writeFiles } from './fixture-repo.js';

const installed = installAct();
if (installed.skipReason) console.warn(`act tests skipped: ${installed.skipReason}`);
const actTest = installed.binary ? test : test.skip;

const FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'monorepo');
const MODULES = ['libs/strutil', 'services/api', 'services/api-gateway'];
const KEYS: Record<string, string> = { 'libs/strutil': 'libs.strutil', 'services/api': 'services.api', 'services/api-gateway': 'services.api_2dgateway' };

/** What `go test -coverpkg=./...` says in each module of the tree: the truth every shard merge must equal. */
async function trueCoverage(repo: string, work: string): Promise<Record<string, { covered: number; total: number }>> {
  const out: Record<string, { covered: number; total: number }> = {};
  for (const dir of MODULES) {
    const profile = path.join(work, `${KEYS[dir]}-${Date.now()}.out`);
    // The act runs' build cache, warmed here; -count=1: they must not reuse this run's test results.
    goOk(['test', '-count=1', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], path.join(repo, dir), {
      GOFLAGS: '',
      GOTOOLCHAIN: 'local',
      GOPROXY: 'off',
      GOWORK: 'off',
      GOCACHE: SHARED_TEST_GOCACHE
    });
    out[dir] = statementTotals(await readCoverProfiles([profile]));
  }
  return out;
}

/** coverage-gate's comment marker for a module (its comment's first line). */
const marker = (dir: string) => `<!-- go-ci-gates:coverage-gate:${KEYS[dir]} -->`;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A step output of a job (act: `[workflow/job-N   ]   ⚙  ::set-output:: name=value`, -N for matrix legs). */
function stepOutput(log: string, job: string, name: string): string | undefined {
  return new RegExp(`^\\[[^\\]]*/${esc(job)}(?:-\\d+)?\\s*\\]\\s+⚙\\s+::set-output:: ${esc(name)}=(.*)$`, 'mu').exec(log)?.[1];
}

/** The summary job's outputs, which the call passes on as its own. */
function summaryOutputs(log: string): { result: string; coverage: string; sbom: string; results: Record<string, Record<string, string>> } {
  const get = (name: string) => {
    const v = stepOutput(log, 'summary', name);
    if (v === undefined) throw new Error(`the summary job set no output ${name}`);
    return v;
  };
  return { result: get('result'), coverage: get('coverage'), sbom: get('sbom-attach-result'), results: JSON.parse(get('results')) };
}

/** What the caller's next job saw of the call's outputs (act skips that job when the call fails). */
function callOutputs(log: string): { result: string; coverage: string; sbom: string; results: Record<string, Record<string, string>> } {
  const line = /go-gates-outputs result=(\S*) coverage=(\S*) sbom=(\S*)/.exec(log);
  const results = /go-gates-results (\{.*\})\s*$/m.exec(log);
  if (!line || !results) throw new Error('the report job printed no outputs');
  return { result: line[1], coverage: line[2], sbom: line[3], results: JSON.parse(results[1]) };
}

const FAKE_TOKEN = 'gcg_fake_private_module_token_0123';

let work: string;
let cache: ActionsCacheServer;
let push: ActRun;
let pr: ActRun;
let github: FakeGitHubComments;
let foreign: FakeComment;
let afterPush: FakeComment[];
/** The comments an earlier run on the pull request left (services/api, services/api-gateway). */
let earlier: FakeComment[];
let pushTruth: Record<string, { covered: number; total: number }>;
let prTruth: Record<string, { covered: number; total: number }>;
let pushSha: string;

beforeAll(async () => {
  if (!installed.binary) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'gcg-act-mono-'));
  cache = new ActionsCacheServer();
  await cache.start();
  // GitHub's issue-comment API on loopback, for coverage-gate's pull request comments.
  github = new FakeGitHubComments('example', 'mono');
  await github.start();
  foreign = github.addComment(7, 'LGTM <!-- go-ci-gates:coverage-gate:services.api -->? (a reviewer quoting a marker is not the gate)', 'reviewer');
  const repo = path.join(work, 'repo');
  initRepo(repo);
  addOrigin(repo, 'https://github.com/example/mono.git');
  cpSync(FIXTURE, repo, { recursive: true });
  pushSha = commitAll(repo, 'three modules');
  pushTruth = await trueCoverage(repo, work);
  const common = {
    binary: installed.binary,
    repo,
    workflow: '.github/workflows/ci.yml',
    cacheService: { url: cache.url, token: cache.token },
    secrets: { GO_PRIVATE_TOKEN: FAKE_TOKEN, GITHUB_TOKEN: github.token },
    actEnv: { GITHUB_API_URL: github.http.url },
    // Eight gates' jobs for three modules on a fresh clone's cold build cache, beside the rest of the suite.
    timeoutMs: 720_000
  };
  push = await runAct({
    ...common,
    event: 'push',
    payload: { ref: 'refs/heads/main', after: pushSha, repository: { default_branch: 'main', full_name: 'example/mono' } }
  });
  afterPush = structuredClone(github.comments);

  // The pull request drops one case of api-gateway's test: its coverage falls below its own baseline.
  // What it asserts is coverage-gate's (baselines, comments) and mod-review's, so its caller runs those two:
  // the push above already ran every default gate on this tree, and each run of all of them costs a minute or more.
  checkoutBranch(repo, 'feature');
  const ciYml = readFileSync(path.join(repo, '.github/workflows/ci.yml'), 'utf8');
  writeFiles(repo, {
    '.github/workflows/ci.yml': ciYml.replace('      test-shards: 2\n', '      gates: coverage-gate, mod-review\n      test-shards: 2\n'),
    'services/api-gateway/route/route_test.go':
      'package route\n\nimport "testing"\n\nfunc TestPick(t *testing.T) {\n\tif Pick("/api/x") != "api" {\n\t\tt.Fatal("Pick")\n\t}\n}\n'
  });
  const headSha = commitAll(repo, 'fewer gateway tests');
  prTruth = await trueCoverage(repo, work);
  const prEvent = (head: string) => ({
    number: 7,
    pull_request: { number: 7, base: { ref: 'main', sha: pushSha }, head: { ref: 'feature', sha: head, repo: { full_name: 'example/mono', fork: false } } },
    repository: { default_branch: 'main', full_name: 'example/mono' }
  });
  // Comments an earlier run on this pull request left for the two services (one directory a prefix of the
  // other): this run must rewrite those two in place and add one for the library, which has none yet.
  earlier = ['services/api', 'services/api-gateway'].map(dir =>
    github.addComment(7, `${marker(dir)}\n### ✅ Coverage 100.0% (an earlier run: 1/1 statements)`, 'github-actions[bot]')
  );
  pr = await runAct({ ...common, event: 'pull_request', reverseDownloads: true, payload: prEvent(headSha) });
}, 2_400_000);

afterAll(async () => {
  await cache?.stop();
  await github?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('go-gates.yml on a go.work monorepo under act', () => {
  actTest('push: every gate passes on every module, the library included (sbom-attach auto)', () => {
    const out = callOutputs(push.log);
    expect(out).toEqual(summaryOutputs(push.log));
    if (out.result !== 'pass') throw new Error(`push run: ${JSON.stringify(out.results)}; log in ${os.tmpdir()}/gcg-act-failed-ci.yml-push.log`);
    for (const gate of Object.keys(out.results)) expect(Object.keys(out.results[gate]).sort()).toEqual(MODULES);
    expect(out.results['sbom-attach']['libs/strutil']).toBe('pass');
    expect(push.log).toMatch(/auto: module mode for example\.com\/mono\/libs\/strutil \(no main package\)/);
    expect(push.status).toBe(0);
    console.log(`go-gates.yml, push: ${push.seconds.toFixed(1)} s`);
  });

  actTest("push: each module's coverage is its own go test -coverpkg=./... (shards merged, never another module's)", () => {
    for (const dir of MODULES) {
      expect({
        dir,
        covered: Number(stepOutput(push.log, `coverage-gate (${dir})`, 'covered')),
        total: Number(stepOutput(push.log, `coverage-gate (${dir})`, 'statements'))
      }).toEqual({
        dir,
        covered: pushTruth[dir].covered,
        total: pushTruth[dir].total
      });
    }
    const sum = MODULES.reduce((a, d) => ({ c: a.c + pushTruth[d].covered, t: a.t + pushTruth[d].total }), { c: 0, t: 0 });
    expect(summaryOutputs(push.log).coverage).toBe((Math.floor((sum.c * 1000) / sum.t) / 10).toFixed(1));
  });

  actTest('push: one baseline per module in the cache, each under its own key', () => {
    const keys = [...cache.entries.values()]
      .filter(e => e.finalized)
      .map(e => e.key)
      .sort();
    expect(keys.filter(k => k.startsWith('go-ci-gates-coverage-baseline'))).toEqual(
      MODULES.map(d => `go-ci-gates-coverage-baseline-v1-m.${KEYS[d]}-main-${pushSha}`).sort()
    );
    // Beside them, mod-verify keeps the module proxy's answers (retracted, deprecated, newer version), one entry per module job.
    expect(keys.filter(k => k.startsWith('mod-verify-answers-1-')).length).toBeGreaterThanOrEqual(MODULES.length);
  });

  actTest('with go-private-token, every job that runs go sets git up for github.com, and the token never shows', () => {
    const jobsWithGo = MODULES.length * 6 + MODULES.length * 2; // per module: the 6 default gate jobs but coverage-gate, and 2 test shards
    expect(push.log.match(/✅ {2}Success - Main Credentials for private modules/g)).toHaveLength(jobsWithGo);
    expect(push.log.match(/git uses the go-private-token for https:\/\/github\.com\/ for the rest of this job/g)).toHaveLength(jobsWithGo);
    expect(push.log).not.toContain(FAKE_TOKEN);
  });

  actTest('no job warns "Restore cache failed" for modules without go.sum', () => {
    expect(push.log).not.toContain('Restore cache failed');
  });

  actTest('pull request (downloads in the other order): each module judged against its own baseline; the one that dropped fails summary', () => {
    const out = summaryOutputs(pr.log);
    expect(out.results['coverage-gate']).toEqual({ 'libs/strutil': 'pass', 'services/api': 'pass', 'services/api-gateway': 'fail' });
    for (const dir of MODULES) {
      expect(Number(stepOutput(pr.log, `coverage-gate (${dir})`, 'covered'))).toBe(prTruth[dir].covered);
      expect(Number(stepOutput(pr.log, `coverage-gate (${dir})`, 'statements'))).toBe(prTruth[dir].total);
    }
    // Unchanged modules: no change against their own baseline.
    expect(Number(stepOutput(pr.log, 'coverage-gate (services/api)', 'delta'))).toBe(0);
    expect(Number(stepOutput(pr.log, 'coverage-gate (libs/strutil)', 'delta'))).toBe(0);
    const gatewayDelta = Number(stepOutput(pr.log, 'coverage-gate (services/api-gateway)', 'delta'));
    const pct = (c: { covered: number; total: number }) => (c.covered * 100) / c.total;
    expect(gatewayDelta).toBeCloseTo(pct(prTruth['services/api-gateway']) - pct(pushTruth['services/api-gateway']), 1);
    expect(out.result).toBe('fail');
    expect(pr.status).not.toBe(0);
    // The caller named coverage-gate and mod-review: no other gate's job ran.
    expect(Object.keys(out.results).sort()).toEqual(['coverage-gate', 'mod-review']);
    console.log(`go-gates.yml, pull_request: ${pr.seconds.toFixed(1)} s`);
  });

  actTest("pull request: mod-review's job has the history, compares each module with the pull request's base, and finds no dependency change", () => {
    expect(summaryOutputs(pr.log).results['mod-review']).toEqual({ 'libs/strutil': 'pass', 'services/api': 'pass', 'services/api-gateway': 'pass' });
    for (const dir of MODULES) {
      expect({ dir, base: stepOutput(pr.log, `mod-review (${dir})`, 'base-sha') }).toEqual({ dir, base: pushSha });
      expect({ dir, changes: stepOutput(pr.log, `mod-review (${dir})`, 'change-count') }).toEqual({ dir, changes: '0' });
    }
  });

  actTest('pull request: coverage-gate keeps one comment per module (its own marker, its own numbers), rewriting an earlier one in place', () => {
    expect(afterPush).toEqual([foreign]);
    const own = github.comments.filter(c => c.user === 'github-actions[bot]');
    expect(own).toHaveLength(MODULES.length);
    const byModule = Object.fromEntries(MODULES.map(dir => [dir, own.filter(c => c.body.startsWith(`${marker(dir)}\n`))]));
    for (const dir of MODULES) {
      expect({ dir, comments: byModule[dir].length }).toEqual({ dir, comments: 1 });
      expect(byModule[dir][0].body).toContain(`(${prTruth[dir].covered}/${prTruth[dir].total} statements)`);
      expect(byModule[dir][0].body).not.toContain('an earlier run');
    }
    // The services' comments are the earlier ones, rewritten (same ids); the library's is new.
    expect(byModule['services/api'][0].id).toBe(earlier[0].id);
    expect(byModule['services/api-gateway'][0].id).toBe(earlier[1].id);
    expect(earlier.map(c => c.id)).not.toContain(byModule['libs/strutil'][0].id);
    expect(byModule['services/api-gateway'][0].body).toMatch(/^### ❌/m);
    expect(byModule['services/api'][0].body).not.toMatch(/^### ❌/m);
    // The reviewer's comment, which quotes a marker, is left alone.
    expect(github.comments.find(c => c.id === foreign.id)).toEqual(foreign);
  });
});
