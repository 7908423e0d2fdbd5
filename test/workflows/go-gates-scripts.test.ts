// The steps of .github/workflows/go-gates.yml: its bash scripts run as the
// runner runs them, and its discover, record and summary steps, which are the
// CLI bundle's workflow commands (packages/cli/src/workflow/), run through the
// same entry point with the environment the workflow gives them.
import { describe, expect, jest, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverModules } from '@go-ci-gates/core';
import { goOk } from '../harness/go-command.js';
import { runWorkflowCommand } from '../../packages/cli/src/workflow/command.js';
import { findStep, readWorkflow, REPO_ROOT, runStepScript, stepsNamed, type ScriptRun } from './workflow-files.js';

const workflow = readWorkflow('.github/workflows/go-gates.yml');
const FIXTURES = path.join(REPO_ROOT, 'test', 'workflows', 'fixtures');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-gates-tree-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const STEP_ACTION = 'go-ci-gates/go-ci-gates/.github/actions/go-gates-step@v1';

/** Runs a workflow command as the go-gates-step action runs it: env in, GITHUB_OUTPUT and the step summary out. */
async function cli(command: string, env: Record<string, string>): Promise<ScriptRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'go-gates-cli-'));
  const files = { GITHUB_OUTPUT: path.join(temp, 'output'), GITHUB_STEP_SUMMARY: path.join(temp, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const printed: string[] = [];
  const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  let status: number;
  try {
    status = await runWorkflowCommand(command, { ...files, RUNNER_TEMP: temp, ...env });
  } finally {
    spy.mockRestore();
  }
  return {
    status,
    stdout: printed.join('\n'),
    stderr: '',
    outputs: parseHeredocOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    temp
  };
}

function parseHeredocOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

function discover(workspace: string, env: Record<string, string> = {}): Promise<ScriptRun> {
  return cli('discover', {
    GITHUB_WORKSPACE: workspace,
    WORKING_DIRECTORY: '.',
    GATES: 'mod-verify, coverage-gate',
    TEST_SHARDS: '1',
    MODULES: '',
    GO_VERSION_FILE: '',
    ...env
  });
}

const errorLine = (run: ScriptRun) => run.stdout.split('\n').find(l => l.startsWith('::error')) ?? '';

describe('discover job', () => {
  test("runs the CLI bundle's discover command, not an inline script", () => {
    const step = findStep(workflow, 'discover', 'discover');
    expect(step.uses).toBe(STEP_ACTION);
    expect(step.with?.command).toBe('discover');
    expect(step.run).toBeUndefined();
  });

  test('lists every go.mod below working-directory, skipping what Go skips, sorted, with keys no other key starts', async () => {
    const ws = tree({
      'go.mod': 'module example.com/root\n\ngo 1.23\n',
      'go.sum': '',
      'services/api/go.mod': '// the API\nmodule "example.com/root/services/api"\n',
      'services/api-gateway/go.mod': 'module example.com/root/services/api-gateway\n',
      'services/worker/go.mod': 'module example.com/root/services/worker // trailing\n',
      'tools/go.mod': 'module example.com/root/tools\n',
      'vendor/x/go.mod': 'module skipped/vendor\n',
      'pkg/testdata/go.mod': 'module skipped/testdata\n',
      '.hidden/go.mod': 'module skipped/hidden\n',
      '_scratch/go.mod': 'module skipped/underscore\n'
    });
    const run = await discover(ws, { TEST_SHARDS: '3' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs.modules)).toEqual([
      { dir: '.', path: 'example.com/root', key: '_2e', goVersionFile: 'go.mod', select: '.', goSum: true },
      {
        dir: 'services/api',
        path: 'example.com/root/services/api',
        key: 'services.api',
        goVersionFile: 'services/api/go.mod',
        select: 'services/api',
        goSum: false
      },
      {
        dir: 'services/api-gateway',
        path: 'example.com/root/services/api-gateway',
        key: 'services.api_2dgateway',
        goVersionFile: 'services/api-gateway/go.mod',
        select: 'services/api-gateway',
        goSum: false
      },
      {
        dir: 'services/worker',
        path: 'example.com/root/services/worker',
        key: 'services.worker',
        goVersionFile: 'services/worker/go.mod',
        select: 'services/worker',
        goSum: false
      },
      { dir: 'tools', path: 'example.com/root/tools', key: 'tools', goVersionFile: 'tools/go.mod', select: 'tools', goSum: false }
    ]);
    expect(JSON.parse(run.outputs.gates)).toEqual(['mod-verify', 'coverage-gate']);
    expect(JSON.parse(run.outputs.shards)).toEqual([1, 2, 3]);
  });

  test('a go.work in working-directory names the modules, and its go line sets the Go version', async () => {
    const ws = tree({
      'go.work': 'go 1.23\n\nuse (\n\t./a // first\n\t"./b"\n)\nuse ./c\n',
      'a/go.mod': 'module example.com/a\n',
      'b/go.mod': 'module example.com/b\n',
      'c/go.mod': 'module example.com/c\n',
      'not-used/go.mod': 'module example.com/unused\n'
    });
    const run = await discover(ws);
    expect(run.status).toBe(0);
    const modules = JSON.parse(run.outputs.modules);
    expect(modules.map((m: any) => m.path)).toEqual(['example.com/a', 'example.com/b', 'example.com/c']);
    expect(modules.every((m: any) => m.goVersionFile === 'go.work')).toBe(true);
  });

  test('one go-version-file for a job over every module (sbom-publish.yml): the go.work, else the go.mod asking for the newest Go', async () => {
    const work = tree({
      'go.work': 'go 1.23\nuse (\n\t./a\n\t./b\n)\n',
      'a/go.mod': 'module example.com/a\n\ngo 1.25\n',
      'b/go.mod': 'module example.com/b\n'
    });
    expect((await discover(work)).outputs['go-version-file']).toBe('go.work');
    // No go.work, no root go.mod: b's toolchain line (what setup-go reads first) is the newest; c has no go line.
    const mods = tree({
      'a/go.mod': 'module example.com/a\n\ngo 1.24.0\n',
      'b/go.mod': 'module example.com/b\n\ngo 1.22\n\ntoolchain go1.25.3\n',
      'c/go.mod': 'module example.com/c\n',
      'd/go.mod': 'module example.com/d\n\ngo 1.25rc1\n'
    });
    expect((await discover(mods)).outputs['go-version-file']).toBe('b/go.mod');
    expect((await discover(mods, { MODULES: 'a, c, d' })).outputs['go-version-file']).toBe('d/go.mod');
    expect((await discover(mods, { MODULES: 'c' })).outputs['go-version-file']).toBe('c/go.mod');
    expect((await discover(mods, { GO_VERSION_FILE: 'a/go.mod' })).outputs['go-version-file']).toBe('a/go.mod');
  });

  test('a go-version-file that does not exist is one clear error in discover, not a failure of every job (issue 14, defect 6)', async () => {
    const ws = tree({ 'go.work': 'go 1.23\nuse ./a\n', 'a/go.mod': 'module example.com/a\n' });
    const run = await discover(ws, { GO_VERSION_FILE: 'go.mod' });
    expect(run.status).toBe(1);
    expect(errorLine(run)).toContain(
      'Input \'go-version-file\' has an invalid value "go.mod": no such file in the repository (this repository has go.work: leave go-version-file empty to use it)'
    );
    expect(run.outputs).toEqual({});
  });

  test('<gate>-inputs reach any input of the gate, checked against its action.yml (issue 14, defect 5)', async () => {
    const ws = tree({ 'go.mod': 'module example.com/x\n' });
    const run = await discover(ws, {
      COVERAGE_GATE_INPUTS: 'exclude:\n  - "**/gen/**"\n  - "**/*.pb.go"\ncomment: true\ndenominator: func\n',
      MOD_VERIFY_INPUTS: 'replace-allow: example.com/fork'
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs['gate-inputs'])).toMatchObject({
      'coverage-gate': { exclude: '**/gen/**\n**/*.pb.go', comment: 'true', denominator: 'func' },
      'mod-verify': { 'replace-allow': 'example.com/fork' },
      'sum-audit': {}
    });
    // The gate reads them as its inputs.
    const { envInputSource, WORKFLOW_INPUTS_ENV } = await import('@go-ci-gates/core');
    process.env[WORKFLOW_INPUTS_ENV] = JSON.stringify(JSON.parse(run.outputs['gate-inputs'])['coverage-gate']);
    process.env['INPUT_FAIL-ON'] = 'warning';
    try {
      expect(envInputSource('denominator')).toBe('func');
      expect(envInputSource('fail-on')).toBe('warning');
    } finally {
      delete process.env[WORKFLOW_INPUTS_ENV];
      delete process.env['INPUT_FAIL-ON'];
    }
  });

  test.each([
    [{ COVERAGE_GATE_INPUTS: 'exclud: x' }, "Input 'coverage-gate-inputs' has an invalid value \"exclud\": coverage-gate has no input 'exclud'"],
    [{ COVERAGE_GATE_INPUTS: 'threshold-total: 50' }, "set it with the workflow input 'threshold-total'"],
    [{ MOD_VERIFY_INPUTS: 'modules: other' }, "the workflow sets 'modules' itself for every job"],
    [{ SUM_AUDIT_INPUTS: '- a list' }, "expected a mapping of sum-audit's inputs"],
    [{ SBOM_ATTACH_INPUTS: 'licenses: {a: 1}', GATES: 'sbom-attach' }, 'each value must be a string, number, boolean or a list of them'],
    [{ SBOM_ATTACH_INPUTS: 'licenses: true', GATES: 'mod-verify' }, 'sbom-attach is not among the selected gates']
  ])('bad <gate>-inputs %j is one clear error naming the input', async (env, message) => {
    const run = await discover(tree({ 'go.mod': 'module example.com/x\n' }), env);
    expect(run.status).toBe(1);
    expect(errorLine(run)).toContain(message);
    expect(run.outputs).toEqual({});
  });

  test("agrees with the gates' own discovery on the self-test fixtures", async () => {
    const run = await discover(REPO_ROOT, { WORKING_DIRECTORY: 'test/workflows/fixtures' });
    expect(run.status).toBe(0);
    const core = await discoverModules({ workspace: REPO_ROOT, root: FIXTURES });
    expect(JSON.parse(run.outputs.modules).map((m: any) => [m.dir, m.path])).toEqual(core.modules.map(m => [m.relDir, m.path]));
  });

  test('modules globs select exactly as the gates select (picomatch): by directory or module path; ! excludes', async () => {
    const ws = tree({
      'services/api/go.mod': 'module example.com/api\n',
      'services/worker/go.mod': 'module example.com/worker\n',
      'svc-a/go.mod': 'module example.com/svc-a\n',
      'libs/go.mod': 'module example.com/libs\n',
      'tools/go.mod': 'module example.com/tools\n'
    });
    const dirs = async (patterns: string) => JSON.parse((await discover(ws, { MODULES: patterns })).outputs.modules ?? 'null')?.map((m: any) => m.dir);
    const gates = async (patterns: string) =>
      (
        await discoverModules({
          workspace: ws,
          root: ws,
          select: patterns
            .split(/[\n,]/)
            .map(p => p.trim())
            .filter(Boolean)
        })
      ).modules.map(m => m.relDir);
    for (const patterns of ['services/*', '**, !example.com/worker', 'example.com/tools\nservices/api', 'svc-[ab]', 'libs/**', '**']) {
      expect(await dirs(patterns)).toEqual(await gates(patterns));
    }
    expect(await dirs('svc-[ab]')).toEqual(['svc-a']);
    expect(await dirs('libs/**')).toEqual(['libs']);
    const none = await discover(ws, { MODULES: 'nothing/**' });
    expect(none.status).toBe(1);
    expect(errorLine(none)).toContain("The 'modules' patterns (nothing/**) match none of the modules found: libs (example.com/libs)");
  });

  test.each([
    [{ GATES: 'mod-verify, lint' }, 'Input \'gates\' has an invalid value "lint": unknown gate(s)'],
    [{ GATES: ' , ' }, 'Input \'gates\' has an invalid value "": selects no gate'],
    [{ TEST_SHARDS: '0' }, 'Input \'test-shards\' has an invalid value "0": expected a number from 1 to 256'],
    [{ TEST_SHARDS: '2.5' }, 'Input \'test-shards\' has an invalid value "2.5": expected a whole number from 1 to 256'],
    [{ WORKING_DIRECTORY: '../elsewhere' }, 'working-directory'],
    [{ WORKING_DIRECTORY: 'missing' }, 'missing']
  ])('bad input %j gives one clear error', async (env, message) => {
    const run = await discover(tree({ 'go.mod': 'module example.com/x\n' }), env);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(errorLine(run)).toContain(message);
    expect(run.outputs).toEqual({});
  });

  test('more coverage test jobs than a matrix may hold is refused with the largest shard count that fits', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`m${String(i).padStart(2, '0')}/go.mod`] = `module example.com/m${i}\n`;
    const ws = tree(files);
    expect((await discover(ws, { TEST_SHARDS: '8' })).status).toBe(0);
    const over = await discover(ws, { TEST_SHARDS: '9' });
    expect(over.status).toBe(1);
    expect(errorLine(over)).toContain("30 modules x 9 test shards = 270 coverage test jobs, over the 256 a matrix may have: lower 'test-shards' to 8");
    expect((await discover(ws, { TEST_SHARDS: '9', GATES: 'mod-verify' })).status).toBe(0);
  });

  test('no module and a go.work naming a missing directory are errors', async () => {
    expect(errorLine(await discover(tree({ 'README.md': 'no go here' })))).toContain("No go.mod found in or below '.'");
    expect(errorLine(await discover(tree({ 'go.work': 'go 1.23\nuse ./gone\n' })))).toContain(
      'gone/go.mod does not exist (named by a use directive in go.work)'
    );
  });
});

describe('coverage test shards', () => {
  const split = findStep(workflow, 'coverage-tests', 'split');
  const goTest = workflow.jobs['coverage-tests'].steps!.find(s => s.name === 'go test')!;
  const clean = path.join(FIXTURES, 'clean');

  function shard(k: number, n: number, packages = './...'): { run: ScriptRun; list: string[] } {
    const run = runStepScript(split, { cwd: clean, env: { SHARD: String(k), SHARDS: String(n), PACKAGES: packages } });
    expect(run.status).toBe(0);
    const list = readFileSync(path.join(run.temp, 'shard-packages.txt'), 'utf8').split('\n').filter(Boolean);
    return { run, list };
  }

  test('deals the sorted package list round-robin: package i goes to shard (i mod N) + 1', () => {
    const all = ['example.com/selftest/clean', 'example.com/selftest/clean/calc', 'example.com/selftest/clean/strutil'];
    expect(shard(1, 2).list).toEqual([all[0], all[2]]);
    expect(shard(2, 2).list).toEqual([all[1]]);
    expect(shard(1, 1).list).toEqual(all);
    const three = [1, 2, 3].map(k => shard(k, 3).list);
    expect(three).toEqual([[all[0]], [all[1]], [all[2]]]);
    // Same inputs, same split.
    expect(shard(2, 2).list).toEqual(shard(2, 2).list);
  });

  test('a shard beyond the package count gets nothing, and its go test step is skipped', () => {
    const { run, list } = shard(5, 5);
    expect(list).toEqual([]);
    expect(run.outputs.count).toBe('0');
    expect(goTest.if).toBe("steps.split.outputs.count != '0'");
  });

  test('coverage-gate goes on only when every shard of its module reported, a profile or an empty marker', () => {
    const check = findStep(workflow, 'coverage-gate', 'shards');
    const mark = workflow.jobs['coverage-tests'].steps!.find(s => s.name === 'Mark an empty shard')!;
    const profiles = mkdtempSync(path.join(os.tmpdir(), 'go-gates-profiles-'));
    writeFileSync(path.join(profiles, 'm.shard-1.out'), 'mode: atomic\n');
    // Another module's shard files (a download that matched too much) count for nothing.
    writeFileSync(path.join(profiles, 'm_2dx.shard-2.out'), 'mode: atomic\n');
    expect(runStepScript(mark, { cwd: profiles, env: { PROFILE_DIR: profiles, SHARD: '3', MODULE_KEY: 'm' } }).status).toBe(0);
    const incomplete = runStepScript(check, { cwd: profiles, env: { PROFILES: profiles, SHARDS: '4', MODULE_KEY: 'm' } });
    expect(incomplete.status).toBe(1);
    expect(incomplete.stdout).toContain('::error title=coverage-gate::Test shard(s) 2 4 of 4 did not report a coverprofile');
    writeFileSync(path.join(profiles, 'm.shard-2.out'), 'mode: atomic\n');
    writeFileSync(path.join(profiles, 'm.shard-4.out'), 'mode: atomic\n');
    const complete = runStepScript(check, { cwd: profiles, env: { PROFILES: profiles, SHARDS: '4', MODULE_KEY: 'm' } });
    expect(complete.status).toBe(0);
    expect(complete.stdout).toContain('All 4 shard(s) reported.');
    // A missing download directory (no shard reported at all) is the same clear error.
    expect(runStepScript(check, { cwd: profiles, env: { PROFILES: path.join(profiles, 'none'), SHARDS: '2', MODULE_KEY: 'm' } }).stdout).toContain(
      'Test shard(s) 1 2 of 2'
    );
  });

  test('package patterns come from the packages input, comma- or newline-separated', () => {
    expect(shard(1, 1, './calc, ./strutil').list).toEqual(['example.com/selftest/clean/calc', 'example.com/selftest/clean/strutil']);
  });

  test('each shard writes an atomic coverprofile; together they hold every block of an unsharded run', () => {
    const blocks = (p: string) =>
      p
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map(l => l.split(' ')[0]);
    const union = new Set<string>();
    for (const k of [1, 2]) {
      const { run } = shard(k, 2);
      const profileDir = path.join(run.temp, 'coverprofile');
      const testRun = runStepScript(goTest, {
        cwd: clean,
        env: { TEST_FLAGS: '-count=1', COVERPKG: './...', PROFILE_DIR: profileDir, SHARD: String(k), MODULE_KEY: 'clean', RUNNER_TEMP: run.temp }
      });
      expect(testRun.status).toBe(0);
      const profile = readFileSync(path.join(profileDir, `clean.shard-${k}.out`), 'utf8');
      expect(profile.startsWith('mode: atomic\n')).toBe(true);
      for (const b of blocks(profile)) union.add(b);
    }
    const single = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-gates-single-')), 'all.out');
    goOk(['test', '-count=1', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${single}`, './...'], clean, {
      GOPROXY: 'off',
      GOFLAGS: '',
      GOTOOLCHAIN: 'local'
    });
    expect([...union].sort()).toEqual([...new Set(blocks(readFileSync(single, 'utf8')))].sort());
  });
});

describe('credentials for private modules', () => {
  const OLD_INLINE = 'git config --global url."https://x-access-token:${GO_PRIVATE_TOKEN}@github.com/".insteadOf "https://github.com/"';

  /** Runs the credentials command with a GITHUB_ENV file; returns what it exported. */
  async function credentials(env: Record<string, string>): Promise<ScriptRun & { exported: Record<string, string> }> {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'go-gates-env-'));
    const githubEnv = path.join(temp, 'env');
    writeFileSync(githubEnv, '');
    const run = await cli('credentials', { GITHUB_ENV: githubEnv, ...env });
    return { ...run, exported: parseHeredocOutputs(readFileSync(githubEnv, 'utf8')) };
  }

  /** git's url.* settings as git itself reads them, from nothing but `env` (no system or user config). */
  function gitUrlSettings(env: Record<string, string>, home: string): string {
    const r = spawnSync('git', ['config', '--get-regexp', '^url\\.'], {
      env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...env },
      encoding: 'utf8'
    });
    return r.stdout.trim();
  }

  test('every job that runs go gets it from the one CLI command, never an inline script', () => {
    const steps = stepsNamed(workflow, 'Credentials for private modules');
    expect(steps.map(s => s.job).sort()).toEqual([
      'coverage-tests',
      'license-policy',
      'mod-review',
      'mod-verify',
      'readonly-list',
      'sbom-attach',
      'sum-audit',
      'vendor-consistency'
    ]);
    for (const { step } of steps) {
      expect(step.id).toBe('credentials');
      expect(step.uses).toBe(STEP_ACTION);
      expect(step.with?.command).toBe('credentials');
      expect(step.run).toBeUndefined();
      expect(step.env).toEqual({ GO_PRIVATE_TOKEN: '${{ secrets.go-private-token }}' });
      // No token, no step (and no node start-up): only whether there is one reaches the job's env.
      expect(step.if).toBe("env.GO_PRIVATE_TOKEN_SET == 'true'");
    }
    for (const { job } of steps) expect(workflow.jobs[job].env?.GO_PRIVATE_TOKEN_SET).toBe("${{ secrets.go-private-token != '' }}");
    expect(JSON.stringify(workflow)).not.toContain('git config');
  });

  test('with a token, git sees exactly the setting the inline script wrote, for this job only (GITHUB_ENV, not ~/.gitconfig)', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'go-gates-home-'));
    const token = 'ghp_example0123456789';
    const run = await credentials({ GO_PRIVATE_TOKEN: token, HOME: home });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(run.stdout.split('\n').filter(l => l.includes(token))).toEqual([`::add-mask::${token}`]);
    expect(readdirSync(home)).toEqual([]);
    const viaEnv = gitUrlSettings(run.exported, home);
    expect(viaEnv).toBe(`url.https://x-access-token:${token}@github.com/.insteadof https://github.com/`);
    // The old inline step, run against a throwaway HOME: the same setting.
    const old = spawnSync('bash', ['-c', OLD_INLINE], {
      env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GO_PRIVATE_TOKEN: token },
      encoding: 'utf8'
    });
    expect(old.status).toBe(0);
    expect(gitUrlSettings({}, home)).toBe(viaEnv);
  });

  test('settings already in GIT_CONFIG_COUNT are kept; a count git would refuse is one clear error', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'go-gates-home-'));
    const before = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'url.https://mirror.example/.insteadOf', GIT_CONFIG_VALUE_0: 'https://proxy.example/' };
    const run = await credentials({ GO_PRIVATE_TOKEN: 't0ken', ...before });
    expect(run.exported).toEqual({
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_1: 'url.https://x-access-token:t0ken@github.com/.insteadOf',
      GIT_CONFIG_VALUE_1: 'https://github.com/'
    });
    expect(gitUrlSettings({ ...before, ...run.exported }, home).split('\n')).toEqual([
      'url.https://mirror.example/.insteadof https://proxy.example/',
      'url.https://x-access-token:t0ken@github.com/.insteadof https://github.com/'
    ]);
    const bad = await credentials({ GO_PRIVATE_TOKEN: 't0ken', GIT_CONFIG_COUNT: 'two' });
    expect(bad.status).toBe(1);
    expect(errorLine(bad)).toMatch(/^::error title=go-gates credentials::GIT_CONFIG_COUNT is 'two', not a count/);
    expect(bad.exported).toEqual({});
  });

  test('a token that is not URL-safe cannot end the user part early; without a token nothing is set', async () => {
    const odd = await credentials({ GO_PRIVATE_TOKEN: 'a@b/c:d\n' });
    expect(odd.exported.GIT_CONFIG_KEY_0).toBe('url.https://x-access-token:a%40b%2Fc%3Ad@github.com/.insteadOf');
    // Both forms masked; a workflow command's data is %-escaped, as @actions/core escapes it.
    expect(odd.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))).toEqual(['::add-mask::a@b/c:d', '::add-mask::a%2540b%252Fc%253Ad']);
    const none = await credentials({ GO_PRIVATE_TOKEN: '' });
    expect(none.status).toBe(0);
    expect(none.exported).toEqual({});
    expect(none.stdout).toBe('No go-private-token: git reaches github.com without credentials.');
  });
});

describe('record and summary', () => {
  const record = stepsNamed(workflow, 'Record result');

  test("every gate job records its result with the CLI's record command, and says why a gate that did not run did not", () => {
    expect(record.map(r => r.job).sort()).toEqual([
      'coverage-gate',
      'license-policy',
      'mod-review',
      'mod-verify',
      'readonly-list',
      'sbom-attach',
      'sum-audit',
      'vendor-consistency'
    ]);
    for (const r of record) {
      expect(r.step.uses).toBe(STEP_ACTION);
      expect(r.step.with?.command).toBe('record');
      expect(r.step.env?.GATE).toBe(r.job);
      expect(r.step.if).toBe('always()');
      expect(String(r.step.env?.SETUP_OUTCOME)).toBe(
        `\${{ steps.checkout.outcome }} \${{ steps.setup.outcome }}${r.job === 'coverage-gate' ? '' : ' ${{ steps.credentials.outcome }}'}`
      );
    }
    const summaryStep = findStep(workflow, 'summary', 'summary');
    expect(summaryStep.uses).toBe(STEP_ACTION);
    expect(summaryStep.with?.command).toBe('summary');
  });

  test("the record step copies the gate's JSON report next to result.json", async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'go-gates-record-'));
    const reportPath = path.join(work, 'gate.json');
    writeFileSync(reportPath, JSON.stringify({ gate: 'mod-verify', result: 'fail' }));
    const resultDir = path.join(work, 'out');
    const run = await cli('record', {
      GATE: 'mod-verify',
      MODULE_JSON: JSON.stringify({ dir: '.', path: 'example.com/x', key: '_2e' }),
      OUTCOME: 'failure',
      OUTPUTS_JSON: JSON.stringify({ result: 'fail', 'report-path': reportPath, 'error-count': '2' }),
      RESULT_DIR: resultDir
    });
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(path.join(resultDir, 'result.json'), 'utf8'));
    expect(written).toMatchObject({ gate: 'mod-verify', outcome: 'failure', result: 'fail', reportFile: 'report.json', module: { key: '_2e' } });
    expect(JSON.parse(readFileSync(path.join(resultDir, 'report.json'), 'utf8'))).toEqual({ gate: 'mod-verify', result: 'fail' });

    // A gate step that never ran (an earlier step failed) is an error without a report, and says which step failed.
    const noRun = await cli('record', {
      GATE: 'coverage-gate',
      MODULE_JSON: '{"dir":"a","key":"a"}',
      OUTCOME: 'skipped',
      OUTPUTS_JSON: '{}',
      RESULT_DIR: path.join(work, 'skip'),
      SETUP_OUTCOME: 'success failure skipped',
      SHARDS_OUTCOME: 'skipped'
    });
    expect(JSON.parse(readFileSync(path.join(work, 'skip', 'result.json'), 'utf8'))).toMatchObject({
      result: 'error',
      reportFile: null,
      notRunBecause: 'setup'
    });
    expect(noRun.status).toBe(0);
  });

  const modules = [
    { dir: '.', path: 'example.com/root', key: '_2e', goVersionFile: 'go.mod' },
    { dir: 'services/api', path: 'example.com/api', key: 'services.api', goVersionFile: 'services/api/go.mod' }
  ];
  function resultsDir(records: any[]): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'go-gates-results-'));
    for (const r of records) {
      const sub = path.join(dir, `go-gates-result-${r.gate}-${r.module.key}`);
      mkdirSync(sub, { recursive: true });
      if (r.report) writeFileSync(path.join(sub, 'report.json'), JSON.stringify(r.report));
      writeFileSync(path.join(sub, 'result.json'), JSON.stringify({ ...r, report: undefined, reportFile: r.report ? 'report.json' : null }));
    }
    return dir;
  }
  function summarize(records: any[], needs: Record<string, unknown>): Promise<ScriptRun> {
    return cli('summary', { RESULTS_DIR: resultsDir(records), NEEDS_JSON: JSON.stringify(needs), ARTIFACT_PREFIX: 'go-gates' });
  }
  const discoverNeeds = (gates: string[]) => ({
    discover: { result: 'success', outputs: { modules: JSON.stringify(modules), gates: JSON.stringify(gates), shards: '[1]' } }
  });
  const pass = (gate: string, m: (typeof modules)[number], outputs: Record<string, string> = {}) => ({
    gate,
    module: m,
    outcome: 'success',
    result: 'pass',
    outputs: { result: 'pass', ...outputs },
    report: { gate, result: 'pass', counts: { error: 0, warning: 0, notice: 0 }, findings: [] }
  });

  test('all passing: one table, exit 0, per-gate outputs, coverage from summed statement counts', async () => {
    const run = await summarize(
      [
        pass('mod-verify', modules[0]),
        pass('mod-verify', modules[1]),
        pass('coverage-gate', modules[0], { coverage: '50.0', covered: '1', statements: '2' }),
        pass('coverage-gate', modules[1], { coverage: '100.0', covered: '2', statements: '2' })
      ],
      { ...discoverNeeds(['mod-verify', 'coverage-gate']), 'mod-verify': { result: 'success' }, 'coverage-gate': { result: 'success' } }
    );
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      'mod-verify-result': 'pass',
      'coverage-gate-result': 'pass',
      'sum-audit-result': 'skipped',
      'sbom-attach-result': 'skipped',
      coverage: '75.0',
      'sbom-artifacts': '[]'
    });
    expect(JSON.parse(run.outputs.results)).toEqual({
      'mod-verify': { '.': 'pass', 'services/api': 'pass' },
      'coverage-gate': { '.': 'pass', 'services/api': 'pass' }
    });
    expect(run.summary).toContain('| Module | mod-verify | coverage-gate |');
    expect(run.summary).toContain('| <code>services/api</code> (example.com/api) | ✅ pass | ✅ pass 100.0% |');
    expect(run.summary).toContain('**4 of 4 gate runs passed** (2 gate(s) × 2 module(s))');
    expect(run.summary).toContain('Total coverage over 2 module(s): **75.0%** (3 of 4 statements).');
  });

  test('coverage is truncated, never rounded up past the real value', async () => {
    const run = await summarize(
      [pass('coverage-gate', modules[0], { covered: '1999', statements: '2000' }), pass('coverage-gate', modules[1], { covered: '0', statements: '0' })],
      discoverNeeds(['coverage-gate'])
    );
    expect(run.outputs.coverage).toBe('99.9');
  });

  test('a failing gate, a missing result and an error each fail the summary and say why', async () => {
    const failing = {
      gate: 'mod-verify',
      module: modules[1],
      outcome: 'failure',
      result: 'fail',
      outputs: { result: 'fail' },
      report: {
        gate: 'mod-verify',
        result: 'fail',
        headline: '1 local replace',
        counts: { error: 1, warning: 2, notice: 0 },
        findings: [{ rule: 'replace-local', severity: 'error', file: 'services/api/go.mod', line: 7, message: 'local | replace' }]
      }
    };
    const erroring = {
      gate: 'sbom-attach',
      module: modules[0],
      outcome: 'failure',
      result: 'error',
      outputs: { result: 'error' },
      report: { gate: 'sbom-attach', result: 'error', error: 'No main package in app mode.' }
    };
    const run = await summarize([pass('mod-verify', modules[0]), failing, erroring, pass('sbom-attach', modules[1])], {
      ...discoverNeeds(['mod-verify', 'sbom-attach', 'readonly-list']),
      'readonly-list': { result: 'cancelled' }
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'mod-verify-result': 'fail', 'sbom-attach-result': 'error', 'readonly-list-result': 'missing' });
    expect(JSON.parse(run.outputs['sbom-artifacts'])).toEqual(['go-gates-sbom-services.api']);
    expect(run.summary).toContain('| <code>services/api</code> (example.com/api) | ❌ fail (1 error, 2 warnings) | ⚠️ missing | ✅ pass |');
    expect(run.summary).toContain(
      '| mod-verify | <code>services/api</code> | ❌ fail | 1 local replace<br>• <code>replace-local</code> services/api/go.mod:7: local &#124; replace |'
    );
    expect(run.summary).toContain('| readonly-list | <code>.</code> | ⚠️ missing | no result was recorded: the job cancelled. |');
    expect(run.summary).toContain('| sbom-attach | <code>.</code> | ⛔ error | No main package in app mode. |');
    expect(run.summary).toContain('**2 of 6 gate runs passed**');
  });

  test('a module whose shard failed shows why its coverage was not judged', async () => {
    const skipped = { gate: 'coverage-gate', module: modules[0], outcome: 'skipped', result: 'error', outputs: {}, notRunBecause: 'shards' };
    const run = await summarize([skipped, pass('coverage-gate', modules[1], { covered: '3', statements: '4' })], discoverNeeds(['coverage-gate']));
    expect(run.status).toBe(1);
    expect(run.summary).toContain(
      '| coverage-gate | <code>.</code> | ⛔ error | a coverage test shard of this module failed or was cancelled, so it was not judged on partial coverage. |'
    );
    expect(run.outputs.coverage).toBe('75.0');
  });

  test('a job whose setup failed (e.g. go-version-file missing) says so, and blames no test shard (issue 14, defect 6)', async () => {
    const skipped = { gate: 'coverage-gate', module: modules[0], outcome: 'skipped', result: 'error', outputs: {}, notRunBecause: 'setup' };
    const run = await summarize([skipped], discoverNeeds(['coverage-gate']));
    expect(run.summary).toContain(
      "| coverage-gate | <code>.</code> | ⛔ error | the job's setup (checkout, setup-go or credentials) failed, so the gate did not run; see the job log. |"
    );
    expect(run.summary).not.toContain('shard');
  });

  test('text from the checkout cannot break the table or start a workflow command', async () => {
    const evil = { dir: 'a|b', path: 'example.com/x\n::error::owned', key: 'a_7cb', goVersionFile: 'go.mod' };
    const needs = { discover: { result: 'success', outputs: { modules: JSON.stringify([evil]), gates: '["mod-verify"]', shards: '[1]' } } };
    const run = await summarize([pass('mod-verify', evil as any)], needs);
    expect(run.summary).toContain('| <code>a&#124;b</code> (example.com/x ::error::owned) | ✅ pass |');
    expect(run.stdout).not.toMatch(/^::error::owned/m);
  });

  test('a failed discovery fails the summary with one line', async () => {
    const run = await summarize([], { discover: { result: 'failure', outputs: {} } });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toContain('⛔ Module discovery failure: no gate ran.');
  });

  test('the summary job runs whatever happened, and its needs cover every job', () => {
    const summary = workflow.jobs.summary;
    expect(summary.if).toBe('always()');
    expect([...(summary.needs as string[])].sort()).toEqual(
      Object.keys(workflow.jobs)
        .filter(j => j !== 'summary')
        .sort()
    );
  });
});
