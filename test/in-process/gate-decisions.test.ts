import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gate as coverageGate } from '../../actions/coverage-gate/src/main.js';
import { gate as modVerify } from '../../actions/mod-verify/src/main.js';
import { gate as sumAudit } from '../../actions/sum-audit/src/main.js';
import { gate as vendorConsistency } from '../../actions/vendor-consistency/src/main.js';
import { goOk } from '../harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../harness/go-sandbox.js';
import { runGateInProcess, type InProcessRun } from '../harness/run-in-process.js';

// Each gate's source, run in this process on fixture modules with the real go: the
// decisions (pass, fail, which rule at which line) without a bundle in between. The
// end-to-end tests of each gate run its bundle as the runner does.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

const rules = (run: InProcessRun) => run.report.findings.map(f => `${f.rule}@${f.file ?? ''}:${f.line ?? ''}`).sort();

describe('mod-verify', () => {
  test('a clean module passes', async () => {
    const run = await runGateInProcess(modVerify, await sandbox.workspace('modules/clean'), sandbox.env);
    expect(run.report.result).toBe('pass');
    expect(run.report.findings.filter(f => f.severity === 'error')).toEqual([]);
  });

  test('an untidy module fails at the go.mod hunk, and says the fix', async () => {
    const run = await runGateInProcess(modVerify, await sandbox.workspace('mod-verify/untidy'), sandbox.env);
    expect(run.report.result).toBe('fail');
    const untidy = run.report.findings.filter(f => f.rule === 'untidy');
    expect(untidy.map(f => `${f.file}:${f.line}`)).toContain('go.mod:5');
    expect(untidy[0].fix?.command).toBe('go mod tidy');
    expect(run.failed).toMatch(/^mod-verify: Failed: /);
  });
});

describe('sum-audit', () => {
  test('a tidy go.sum passes (no database: GOSUMDB=off)', async () => {
    const run = await runGateInProcess(sumAudit, await sandbox.workspace('sum-audit/clean'), { ...sandbox.env, GOSUMDB: 'off' }, { cache: false });
    expect(run.report.result).toBe('pass');
    expect(run.outputs).toMatchObject({ 'stale-count': '0', 'missing-count': '0' });
  });

  test('a stale line and a duplicate are found at their lines', async () => {
    const ws = await sandbox.workspace('sum-audit/clean');
    const sum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
    const first = sum.split('\n')[0];
    await fs.writeFile(path.join(ws, 'go.sum'), `${sum}${first}\nexample.com/greet v0.9.0/go.mod h1:rcTgdhGf2dvXrNywJG0jkV+0342RC7PiKN0YX33Ej6Y=\n`);
    const run = await runGateInProcess(sumAudit, ws, { ...sandbox.env, GOSUMDB: 'off' }, { cache: false });
    const lines = sum.trimEnd().split('\n').length;
    expect(rules(run)).toEqual(expect.arrayContaining([`duplicate-line@go.sum:${lines + 1}`, `stale-line@go.sum:${lines + 2}`]));
  });
});

describe('vendor-consistency', () => {
  test('a vendor/ that go mod vendor would write passes', async () => {
    const run = await runGateInProcess(vendorConsistency, await sandbox.workspace('vendor-consistency/clean'), sandbox.env);
    expect(run.report.result).toBe('pass');
  });

  test('a hand-edited vendored file fails at the edited line', async () => {
    const run = await runGateInProcess(vendorConsistency, await sandbox.workspace('vendor-consistency/edited-file'), sandbox.env);
    expect(run.report.result).toBe('fail');
    expect(rules(run)).toEqual(['vendor-file-modified@vendor/example.com/vendorc/alpha/sub/sub.go:5']);
  });
});

describe('coverage-gate', () => {
  let ws: string;
  let profile: string;
  beforeAll(async () => {
    ws = await sandbox.workspace('coverage-gate/alpha');
    profile = path.join(sandbox.root, 'alpha-in-process.out');
    goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], ws, sandbox.env);
  });

  test('above the threshold passes and says the total', async () => {
    const run = await runGateInProcess(coverageGate, ws, { ...sandbox.env, RUNNER_TEMP: sandbox.root }, { profile, 'threshold-total': '20', baseline: 'none' });
    expect(run.report.result).toBe('pass');
    expect(run.outputs.coverage).toMatch(/^\d+\.\d+$/);
  });

  test('below the threshold fails with coverage-total', async () => {
    const run = await runGateInProcess(
      coverageGate,
      ws,
      { ...sandbox.env, RUNNER_TEMP: sandbox.root },
      { profile, 'threshold-total': '99.9', baseline: 'none' }
    );
    expect(run.report.result).toBe('fail');
    expect(run.report.findings.map(f => f.rule)).toContain('coverage-total');
  });
});

describe('coverage-gate pull-request comment sees the final verdict', () => {
  test('a job failed by fail-on: warning (no error finding) comments ❌, not ✅', async () => {
    const { FakeGitHubComments } = await import('../servers/github-comments.js');
    const github = new FakeGitHubComments();
    await github.start();
    try {
      const ws = await sandbox.workspace('coverage-gate/alpha');
      const profile = path.join(sandbox.root, 'alpha-comment.out');
      goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], ws, sandbox.env);
      const eventPath = path.join(sandbox.root, 'pr-event.json');
      await fs.writeFile(
        eventPath,
        JSON.stringify({
          pull_request: { number: 7, base: { sha: '', ref: 'main', repo: { full_name: 'octo/demo' } }, head: { sha: '', repo: { full_name: 'octo/demo' } } }
        })
      );
      // A file baseline that does not exist: baseline-missing is a warning, and fail-on: warning fails the job on it.
      const run = await runGateInProcess(
        coverageGate,
        ws,
        { ...sandbox.env, ...github.env(), RUNNER_TEMP: sandbox.root, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
        {
          profile,
          baseline: 'file',
          'baseline-path': path.join(sandbox.root, 'no-baseline.json'),
          'fail-on': 'warning',
          comment: 'true',
          'github-token': github.token
        }
      );
      expect(run.report.result).toBe('fail');
      expect(run.report.findings.filter(f => f.severity === 'error')).toEqual([]);
      const comments = github.onIssue(7);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain('❌ Coverage');
    } finally {
      await github.stop();
    }
  });
});
