import { execFileSync } from 'node:child_process';
// Runs .github/workflows/self-test.yml's jobs here, step by step, the way the
// runner would: `uses: ./actions/<gate>` through the committed dist bundle
// (runAction), `run:` steps with bash, continue-on-error honoured, and the
// expressions the file uses (steps.<id>.outcome / .outputs.<name>,
// runner.temp) evaluated. So the self-test's cases and expectations are
// proven on every `npm test`, for every gate that has landed.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createGoSandbox, type GoSandbox } from '../harness/go-sandbox.js';
import { runAction } from '../harness/run-action.js';
import { PLANNED_GATES, readWorkflow, REPO_ROOT, runStepScript, type Step } from './workflow-files.js';

const workflow = readWorkflow('.github/workflows/self-test.yml');

interface StepState {
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}

/** Evaluates the few expressions self-test.yml uses; anything else is a test failure. */
function evaluate(value: unknown, steps: Map<string, StepState>, runnerTemp: string): string {
  return String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expr: string) => {
    if (expr === 'runner.temp') return runnerTemp;
    const m = /^steps\.([A-Za-z0-9_-]+)\.(outcome|outputs\.([A-Za-z0-9_-]+))$/.exec(expr);
    if (!m) throw new Error(`self-test.yml uses an expression this runner does not know: ${expr}`);
    const state = steps.get(m[1]);
    if (!state) throw new Error(`steps.${m[1]} is used before its step`);
    return m[2] === 'outcome' ? state.outcome : (state.outputs[m[3]] ?? '');
  });
}

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(async () => sandbox?.cleanup());

/** Runs one job; returns the steps that failed without continue-on-error. */
async function runJob(job: string): Promise<{ failed: string[]; log: string[] }> {
  const workspace = await sandbox.emptyWorkspace();
  await fs.cp(path.join(REPO_ROOT, 'test', 'workflows'), path.join(workspace, 'test', 'workflows'), { recursive: true });
  // What actions/checkout leaves: a git repository with the commit (mod-review compares against history).
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=self-test', '-c', 'user.email=self-test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: workspace });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'self-test checkout');
  const runnerTemp = await fs.mkdtemp(path.join(os.tmpdir(), 'self-test-runner-'));
  const env: Record<string, string> = { ...sandbox.env };
  for (const [k, v] of Object.entries((workflow as any).env ?? {})) env[k] = String(v);
  const states = new Map<string, StepState>();
  const failed: string[] = [];
  const log: string[] = [];
  for (const [index, step] of (workflow.jobs[job].steps ?? []).entries()) {
    const label = step.name ?? step.id ?? step.uses ?? `step ${index}`;
    if (step.uses && !step.uses.startsWith('./')) continue; // checkout, setup-go: the test machine is already set up
    if (step.if && step.if !== 'always()') throw new Error(`${label}: this runner only knows if: always()`);
    if (failed.length && step.if !== 'always()') {
      if (step.id) states.set(step.id, { outcome: 'skipped', outputs: {} });
      continue;
    }
    let state: StepState;
    if (step.uses) {
      const gate = step.uses.replace(/^\.\/actions\//, '');
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.with ?? {})) inputs[k] = evaluate(v, states, runnerTemp);
      const run = await runAction({ gate, workspace, inputs, env: { ...env, RUNNER_TEMP: runnerTemp } });
      const outputs = { ...run.outputs };
      // runAction removes its temp files; keep the parsed report where report-path points.
      if (run.report) {
        outputs['report-path'] = path.join(runnerTemp, `${step.id}-report.json`);
        await fs.writeFile(outputs['report-path'], JSON.stringify(run.report));
      }
      state = { outcome: run.exitCode === 0 ? 'success' : 'failure', outputs };
      log.push(`${label}: exit ${run.exitCode}, result ${outputs.result}${run.report?.error ? ` (${run.report.error})` : ''}`);
    } else {
      const stepEnv: Record<string, string> = { ...env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: workspace };
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = evaluate(v, states, runnerTemp);
      const cwd = path.join(workspace, step['working-directory'] ?? '.');
      const run = runStepScript(step as Step, { cwd, env: stepEnv });
      state = { outcome: run.status === 0 ? 'success' : 'failure', outputs: run.outputs };
      log.push(`${label}: exit ${run.status}${run.status ? `\n${run.stdout}${run.stderr}` : ''}`);
    }
    if (step.id) states.set(step.id, state);
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true';
    if (state.outcome === 'failure' && !continueOnError) failed.push(label);
  }
  return { failed, log };
}

describe('self-test.yml', () => {
  test('has one job per planned gate, each with a passing and a failing case', () => {
    expect(Object.keys(workflow.jobs).sort()).toEqual([...PLANNED_GATES].sort());
    for (const gate of PLANNED_GATES) {
      const steps = workflow.jobs[gate].steps ?? [];
      const gateSteps = steps.filter(s => s.uses === `./actions/${gate}`);
      expect(gateSteps.some(s => !s['continue-on-error'])).toBe(true);
      const failing = gateSteps.filter(s => s['continue-on-error'] === true);
      expect(failing.length).toBeGreaterThan(0);
      for (const s of failing) {
        // The next step asserts that it failed, and how.
        const assert = steps[steps.indexOf(s) + 1];
        expect(assert.if).toBe('always()');
        expect(assert.env?.WANT_OUTCOME).toBe('failure');
        expect(String(assert.env?.OUTCOME)).toBe(`\${{ steps.${s.id}.outcome }}`);
        expect(String(assert.env?.RESULT)).toBe(`\${{ steps.${s.id}.outputs.result }}`);
      }
    }
  });

  test.each([...PLANNED_GATES])('%s: its cases pass when run from this checkout', async gate => {
    const bundled = existsSync(path.join(REPO_ROOT, 'dist', gate, 'index.js'));
    const declared = existsSync(path.join(REPO_ROOT, 'actions', gate, 'action.yml'));
    if (!bundled) {
      // Not landed yet: nothing to run. Once its action.yml exists, its bundle must too.
      expect(declared).toBe(false);
      return;
    }
    const { failed, log } = await runJob(gate);
    if (failed.length) throw new Error(`failed: ${failed.join('; ')}\n\n${log.join('\n')}`);
  });
});

describe('expect.sh', () => {
  const step: Step = { run: 'bash test/workflows/expect.sh' };
  async function expectSh(env: Record<string, string>) {
    const report = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'expect-')), 'r.json');
    await fs.writeFile(report, JSON.stringify({ gate: 'mod-verify', result: 'fail' }));
    return runStepScript(step, {
      cwd: REPO_ROOT,
      env: { GATE: 'mod-verify', OUTCOME: 'failure', WANT_OUTCOME: 'failure', RESULT: 'fail', WANT_RESULT: 'fail', REPORT: report, ...env }
    });
  }

  test('passes when everything matches', async () => {
    const run = await expectSh({ ERRORS: '2', MIN_ERRORS: '1', OUTPUT_NAME: 'covered', OUTPUT_VALUE: '5', WANT_VALUE: '5' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('mod-verify: failure / fail as expected');
  });

  test.each([
    [{ OUTCOME: 'success' }, "step outcome is 'success', expected 'failure'"],
    [{ RESULT: 'pass' }, "output result is 'pass', expected 'fail'"],
    [{ REPORT: '/nonexistent/report.json' }, "output report-path '/nonexistent/report.json' is not a readable file"],
    [{ GATE: 'sum-audit' }, "says 'mod-verify:fail', expected 'sum-audit:fail'"],
    [{ ERRORS: '0', MIN_ERRORS: '1' }, 'output error-count is 0, expected >= 1'],
    [{ ERRORS: '', MIN_ERRORS: '1' }, "output error-count is '', expected a number >= 1"],
    [{ OUTPUT_NAME: 'covered', OUTPUT_VALUE: '4', WANT_VALUE: '5' }, "output covered is '4', expected '5'"]
  ])('fails on %j', async (env, message) => {
    const run = await expectSh(env);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(message);
  });
});
