// The scripts inside .github/workflows/go-gates.yml, run here as the runner
// runs them (node {0} or bash), on real trees and the real go command.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverModules } from '@go-ci-gates/core';
import { goOk } from '../harness/go-command.js';
import { htmlTags, renderGfm, visibleText } from '../harness/markdown-render.js';
import { foreignCommands, runnerView } from '../harness/runner-log.js';
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

function discover(workspace: string, env: Record<string, string> = {}): ScriptRun {
  return runStepScript(findStep(workflow, 'discover', 'discover'), {
    cwd: workspace,
    env: { GITHUB_WORKSPACE: workspace, WORKING_DIRECTORY: '.', GATES: 'mod-verify, coverage-gate', TEST_SHARDS: '1', MODULES: '', GO_VERSION_FILE: '', ...env }
  });
}

const errorLine = (run: ScriptRun) => run.stdout.split('\n').find(l => l.startsWith('::error')) ?? '';

describe('discover job', () => {
  test('lists every go.mod below working-directory, skipping what Go skips, sorted, with artifact-safe keys', () => {
    const ws = tree({
      'go.mod': 'module example.com/root\n\ngo 1.23\n',
      'services/api/go.mod': '// the API\nmodule "example.com/root/services/api"\n',
      'services/worker/go.mod': 'module example.com/root/services/worker // trailing\n',
      'tools/go.mod': 'module example.com/root/tools\n',
      'vendor/x/go.mod': 'module skipped/vendor\n',
      'pkg/testdata/go.mod': 'module skipped/testdata\n',
      '.hidden/go.mod': 'module skipped/hidden\n',
      '_scratch/go.mod': 'module skipped/underscore\n'
    });
    const run = discover(ws, { TEST_SHARDS: '3' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs.modules)).toEqual([
      { dir: '.', path: 'example.com/root', key: 'root', goVersionFile: 'go.mod' },
      { dir: 'services/api', path: 'example.com/root/services/api', key: 'services--api', goVersionFile: 'services/api/go.mod' },
      { dir: 'services/worker', path: 'example.com/root/services/worker', key: 'services--worker', goVersionFile: 'services/worker/go.mod' },
      { dir: 'tools', path: 'example.com/root/tools', key: 'tools', goVersionFile: 'tools/go.mod' }
    ]);
    expect(JSON.parse(run.outputs.gates)).toEqual(['mod-verify', 'coverage-gate']);
    expect(JSON.parse(run.outputs.shards)).toEqual([1, 2, 3]);
  });

  test('a go.work in working-directory names the modules, and its go line sets the Go version', () => {
    const ws = tree({
      'go.work': 'go 1.23\n\nuse (\n\t./a // first\n\t"./b"\n)\nuse ./c\n',
      'a/go.mod': 'module example.com/a\n',
      'b/go.mod': 'module example.com/b\n',
      'c/go.mod': 'module example.com/c\n',
      'not-used/go.mod': 'module example.com/unused\n'
    });
    const run = discover(ws);
    expect(run.status).toBe(0);
    const modules = JSON.parse(run.outputs.modules);
    expect(modules.map((m: any) => m.path)).toEqual(['example.com/a', 'example.com/b', 'example.com/c']);
    expect(modules.every((m: any) => m.goVersionFile === 'go.work')).toBe(true);
  });

  test('agrees with the gates\' own discovery on the self-test fixtures', async () => {
    const run = discover(REPO_ROOT, { WORKING_DIRECTORY: 'test/workflows/fixtures' });
    expect(run.status).toBe(0);
    const core = await discoverModules({ workspace: REPO_ROOT, root: FIXTURES });
    expect(JSON.parse(run.outputs.modules).map((m: any) => [m.dir, m.path])).toEqual(core.modules.map(m => [m.relDir, m.path]));
  });

  test('modules globs select by directory or module path; ! excludes', () => {
    const ws = tree({
      'services/api/go.mod': 'module example.com/api\n',
      'services/worker/go.mod': 'module example.com/worker\n',
      'tools/go.mod': 'module example.com/tools\n'
    });
    const dirs = (patterns: string) => JSON.parse(discover(ws, { MODULES: patterns }).outputs.modules).map((m: any) => m.dir);
    expect(dirs('services/*')).toEqual(['services/api', 'services/worker']);
    expect(dirs('**, !example.com/worker')).toEqual(['services/api', 'tools']);
    expect(dirs('example.com/tools\nservices/api')).toEqual(['services/api', 'tools']);
    const none = discover(ws, { MODULES: 'nothing/**' });
    expect(none.status).toBe(1);
    expect(errorLine(none)).toContain("The 'modules' patterns (nothing/**) match none of the modules found: services/api (example.com/api)");
  });

  test.each([
    [{ GATES: 'mod-verify, lint' }, "Unknown gate(s) in 'gates': lint."],
    [{ GATES: ' , ' }, "'gates' selects no gate."],
    [{ TEST_SHARDS: '0' }, "'test-shards' must be a whole number from 1 to 256, got '0'."],
    [{ TEST_SHARDS: '2.5' }, "'test-shards' must be a whole number from 1 to 256, got '2.5'."],
    [{ WORKING_DIRECTORY: '../elsewhere' }, "working-directory '../elsewhere' is outside the repository."],
    [{ WORKING_DIRECTORY: 'missing' }, "working-directory 'missing' does not exist."]
  ])('bad input %j gives one clear error', (env, message) => {
    const run = discover(tree({ 'go.mod': 'module example.com/x\n' }), env);
    expect(run.status).toBe(1);
    expect(errorLine(run)).toContain(message);
    expect(run.outputs).toEqual({});
  });

  test('more coverage test jobs than a matrix may hold is refused with the largest shard count that fits', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`m${String(i).padStart(2, '0')}/go.mod`] = `module example.com/m${i}\n`;
    const ws = tree(files);
    expect(discover(ws, { TEST_SHARDS: '8' }).status).toBe(0);
    const over = discover(ws, { TEST_SHARDS: '9' });
    expect(over.status).toBe(1);
    expect(errorLine(over)).toContain("30 modules x 9 test shards = 270 coverage test jobs, over the 256 a matrix may have: lower 'test-shards' to 8");
    expect(discover(ws, { TEST_SHARDS: '9', GATES: 'mod-verify' }).status).toBe(0);
  });

  test('no module and a go.work naming a missing directory are errors', () => {
    expect(errorLine(discover(tree({ 'README.md': 'no go here' })))).toContain("No go.mod found in or below '.'");
    expect(errorLine(discover(tree({ 'go.work': 'go 1.23\nuse ./gone\n' })))).toContain('gone/go.mod does not exist (named by a use directive in go.work).');
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
    writeFileSync(path.join(profiles, 'shard-1.out'), 'mode: atomic\n');
    expect(runStepScript(mark, { cwd: profiles, env: { PROFILE_DIR: profiles, SHARD: '3' } }).status).toBe(0);
    const incomplete = runStepScript(check, { cwd: profiles, env: { PROFILES: profiles, SHARDS: '4' } });
    expect(incomplete.status).toBe(1);
    expect(incomplete.stdout).toContain('::error title=coverage-gate::Test shard(s) 2 4 of 4 did not report a coverprofile');
    writeFileSync(path.join(profiles, 'shard-2.out'), 'mode: atomic\n');
    writeFileSync(path.join(profiles, 'shard-4.out'), 'mode: atomic\n');
    const complete = runStepScript(check, { cwd: profiles, env: { PROFILES: profiles, SHARDS: '4' } });
    expect(complete.status).toBe(0);
    expect(complete.stdout).toContain('All 4 shard(s) reported.');
    // A missing download directory (no shard reported at all) is the same clear error.
    expect(runStepScript(check, { cwd: profiles, env: { PROFILES: path.join(profiles, 'none'), SHARDS: '2' } }).stdout).toContain('Test shard(s) 1 2 of 2');
  });

  test('package patterns come from the packages input, comma- or newline-separated', () => {
    expect(shard(1, 1, './calc, ./strutil').list).toEqual(['example.com/selftest/clean/calc', 'example.com/selftest/clean/strutil']);
  });

  test('each shard writes an atomic coverprofile; together they hold every block of an unsharded run', () => {
    const blocks = (p: string) => p.split('\n').slice(1).filter(Boolean).map(l => l.split(' ')[0]);
    const union = new Set<string>();
    for (const k of [1, 2]) {
      const { run } = shard(k, 2);
      const profileDir = path.join(run.temp, 'coverprofile');
      const testRun = runStepScript(goTest, {
        cwd: clean,
        env: { TEST_FLAGS: '-count=1', COVERPKG: './...', PROFILE_DIR: profileDir, SHARD: String(k), RUNNER_TEMP: run.temp }
      });
      expect(testRun.status).toBe(0);
      const profile = readFileSync(path.join(profileDir, `shard-${k}.out`), 'utf8');
      expect(profile.startsWith('mode: atomic\n')).toBe(true);
      for (const b of blocks(profile)) union.add(b);
    }
    const single = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-gates-single-')), 'all.out');
    goOk(['test', '-count=1', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${single}`, './...'], clean, { GOPROXY: 'off', GOFLAGS: '', GOTOOLCHAIN: 'local' });
    expect([...union].sort()).toEqual([...new Set(blocks(readFileSync(single, 'utf8')))].sort());
  });
});

describe('record and summary', () => {
  const record = stepsNamed(workflow, 'Record result');
  const summaryStep = findStep(workflow, 'summary', 'summary');

  test('every gate job records its result with the same script', () => {
    expect(record.map(r => r.job).sort()).toEqual(['coverage-gate', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']);
    for (const r of record) {
      expect(r.step.run).toBe(record[0].step.run);
      expect(r.step.env?.GATE).toBe(r.job);
      expect(r.step.if).toBe('always()');
    }
  });

  test('the record step copies the gate\'s JSON report next to result.json', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'go-gates-record-'));
    const reportPath = path.join(work, 'gate.json');
    writeFileSync(reportPath, JSON.stringify({ gate: 'mod-verify', result: 'fail' }));
    const resultDir = path.join(work, 'out');
    const run = runStepScript(record[0].step, {
      cwd: work,
      env: {
        GATE: 'mod-verify',
        MODULE_JSON: JSON.stringify({ dir: '.', path: 'example.com/x', key: 'root' }),
        OUTCOME: 'failure',
        OUTPUTS_JSON: JSON.stringify({ result: 'fail', 'report-path': reportPath, 'error-count': '2' }),
        RESULT_DIR: resultDir
      }
    });
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(path.join(resultDir, 'result.json'), 'utf8'));
    expect(written).toMatchObject({ gate: 'mod-verify', outcome: 'failure', result: 'fail', reportFile: 'report.json', module: { key: 'root' } });
    expect(JSON.parse(readFileSync(path.join(resultDir, 'report.json'), 'utf8'))).toEqual({ gate: 'mod-verify', result: 'fail' });

    // A gate step that never ran (an earlier step failed) is an error without a report.
    const noRun = runStepScript(record[0].step, {
      cwd: work,
      env: { GATE: 'mod-verify', MODULE_JSON: '{"dir":"a","key":"a"}', OUTCOME: 'skipped', OUTPUTS_JSON: '{}', RESULT_DIR: path.join(work, 'skip') }
    });
    expect(JSON.parse(readFileSync(path.join(work, 'skip', 'result.json'), 'utf8'))).toMatchObject({ result: 'error', reportFile: null });
    expect(noRun.status).toBe(0);
  });

  const modules = [
    { dir: '.', path: 'example.com/root', key: 'root', goVersionFile: 'go.mod' },
    { dir: 'services/api', path: 'example.com/api', key: 'services--api', goVersionFile: 'services/api/go.mod' }
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
  function summarize(records: any[], needs: Record<string, unknown>): ScriptRun {
    return runStepScript(summaryStep, {
      cwd: os.tmpdir(),
      env: { RESULTS_DIR: resultsDir(records), NEEDS_JSON: JSON.stringify(needs), ARTIFACT_PREFIX: 'go-gates' }
    });
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

  test('all passing: one table, exit 0, per-gate outputs, coverage from summed statement counts', () => {
    const run = summarize(
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
    expect(JSON.parse(run.outputs.results)).toEqual({ 'mod-verify': { '.': 'pass', 'services/api': 'pass' }, 'coverage-gate': { '.': 'pass', 'services/api': 'pass' } });
    expect(run.summary).toContain('| Module | mod-verify | coverage-gate |');
    expect(run.summary).toContain('| `services/api` (example.com/api) | ✅ pass | ✅ pass 100.0% |');
    expect(run.summary).toContain('**4 of 4 gate runs passed** (2 gate(s) × 2 module(s))');
    expect(run.summary).toContain('Total coverage over 2 module(s): **75.0%** (3 of 4 statements).');
  });

  test('coverage is truncated, never rounded up past the real value', () => {
    const run = summarize([pass('coverage-gate', modules[0], { covered: '1999', statements: '2000' }), pass('coverage-gate', modules[1], { covered: '0', statements: '0' })], discoverNeeds(['coverage-gate']));
    expect(run.outputs.coverage).toBe('99.9');
  });

  test('a failing gate, a missing result and an error each fail the summary and say why', () => {
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
    const erroring = { gate: 'sbom-attach', module: modules[0], outcome: 'failure', result: 'error', outputs: { result: 'error' }, report: { gate: 'sbom-attach', result: 'error', error: 'No main package in app mode.' } };
    const run = summarize([pass('mod-verify', modules[0]), failing, erroring, pass('sbom-attach', modules[1])], {
      ...discoverNeeds(['mod-verify', 'sbom-attach', 'readonly-list']),
      'readonly-list': { result: 'cancelled' }
    });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'mod-verify-result': 'fail', 'sbom-attach-result': 'error', 'readonly-list-result': 'missing' });
    expect(JSON.parse(run.outputs['sbom-artifacts'])).toEqual(['go-gates-sbom-services--api']);
    expect(run.summary).toContain('| `services/api` (example.com/api) | ❌ fail (1 error, 2 warnings) | ⚠️ missing | ✅ pass |');
    expect(run.summary).toContain('| mod-verify | `services/api` | ❌ fail | 1 local replace<br>• `replace-local` services/api/go.mod:7: local \\| replace |');
    expect(run.summary).toContain('| readonly-list | `.` | ⚠️ missing | no result was recorded: the job cancelled. |');
    expect(run.summary).toContain('| sbom-attach | `.` | ⛔ error | No main package in app mode. |');
    expect(run.summary).toContain('**2 of 6 gate runs passed**');
  });

  test('a module whose shard failed shows why its coverage was not judged', () => {
    const skipped = { gate: 'coverage-gate', module: modules[0], outcome: 'skipped', result: 'error', outputs: {} };
    const run = summarize([skipped, pass('coverage-gate', modules[1], { covered: '3', statements: '4' })], discoverNeeds(['coverage-gate']));
    expect(run.status).toBe(1);
    expect(run.summary).toContain('| coverage-gate | `.` | ⛔ error | a coverage test shard of this module failed or was cancelled, so it was not judged on partial coverage. |');
    expect(run.outputs.coverage).toBe('75.0');
  });

  test('a failed discovery fails the summary with one line', () => {
    const run = summarize([], { discover: { result: 'failure', outputs: {} } });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toContain('⛔ Module discovery failure: no gate ran.');
  });

  test('the summary job runs whatever happened, and its needs cover every job', () => {
    const summary = workflow.jobs.summary;
    expect(summary.if).toBe('always()');
    expect([...(summary.needs as string[])].sort()).toEqual(Object.keys(workflow.jobs).filter(j => j !== 'summary').sort());
  });
});

// A pull request writes the directory names and go.mod files the scripts print.
describe('checkout text in the workflow scripts', () => {
  const HOSTILE_DIR = 'sub\n::add-mask::dep\n::warning title=x::forged ##[add-mask]legacy';
  const record = stepsNamed(workflow, 'Record result');
  const summaryStep = findStep(workflow, 'summary', 'summary');

  test('discover prints module directories without running a command from them', () => {
    const ws = tree({ [`${HOSTILE_DIR}/go.mod`]: 'module example.com/hostile\n' });
    const run = discover(ws);
    expect(run.status).toBe(0);
    expect(foreignCommands(run.stdout, ['dep', 'forged', 'legacy'])).toEqual([]);
    expect(runnerView(run.stdout).shown).toEqual(expect.arrayContaining(['::add-mask::dep']));
    // An error that names such a path is one ::error line.
    const bad = discover(tree({ [`${HOSTILE_DIR}/go.mod`]: '// no module line\n' }));
    expect(bad.status).toBe(1);
    expect(foreignCommands(bad.stdout, ['dep', 'forged', 'legacy'])).toEqual([]);
    expect(runnerView(bad.stdout).commands.map(c => c.name)).toEqual(['error']);
  });

  test('the record step prints the module directory without running a command from it', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'go-gates-record-'));
    const run = runStepScript(record[0].step, {
      cwd: work,
      env: { GATE: 'mod-verify', MODULE_JSON: JSON.stringify({ dir: HOSTILE_DIR, key: 'k' }), OUTCOME: 'success', OUTPUTS_JSON: '{"result":"pass"}', RESULT_DIR: path.join(work, 'out') }
    });
    expect(run.status).toBe(0);
    expect(foreignCommands(run.stdout, ['dep', 'forged', 'legacy'])).toEqual([]);
  });

  test('the summary table renders paths, module paths and messages as text', () => {
    const md = '[Click](https://evil.example/phish) ![p](https://evil.example/p.png) **bold** <b>x</b> a@evil.example';
    const m = { dir: `${HOSTILE_DIR} \`tick\` |pipe|`, path: `example.com/${md}`, key: 'k', goVersionFile: 'go.mod' };
    const results = mkdtempSync(path.join(os.tmpdir(), 'go-gates-results-'));
    const report = { gate: 'mod-verify', result: 'fail', headline: md, counts: { error: 1, warning: 0, notice: 0 }, findings: [{ rule: 'r`x', severity: 'error', file: md, line: 3, message: md }] };
    mkdirSync(path.join(results, 'r'));
    writeFileSync(path.join(results, 'r', 'report.json'), JSON.stringify(report));
    writeFileSync(path.join(results, 'r', 'result.json'), JSON.stringify({ gate: 'mod-verify', module: m, outcome: 'failure', result: 'fail', outputs: { result: 'fail' }, reportFile: 'report.json' }));
    const run = runStepScript(summaryStep, {
      cwd: os.tmpdir(),
      env: { RESULTS_DIR: results, NEEDS_JSON: JSON.stringify({ discover: { result: 'success', outputs: { modules: JSON.stringify([m]), gates: '["mod-verify"]', shards: '[1]' } }, 'mod-verify': { result: 'failure' } }), ARTIFACT_PREFIX: 'go-gates' }
    });
    expect(run.status).toBe(1);
    const html = renderGfm(run.summary);
    expect(html).not.toMatch(/<(a|img|b)\b/);
    expect(htmlTags(html).filter(t => t === '<strong>')).toHaveLength(1);
    expect(htmlTags(html).filter(t => t === '<tr>')).toHaveLength(4);
    const text = visibleText(html);
    expect(text).toContain(`example.com/${md}`);
    expect(text).toContain(HOSTILE_DIR.replace(/\n/g, ' ') + ' `tick` |pipe|');
    expect(html.split(/<[^>]*>/).filter(t => /[\w.+-]@\w+\.\w/.test(t))).toEqual([]);
  });
});
