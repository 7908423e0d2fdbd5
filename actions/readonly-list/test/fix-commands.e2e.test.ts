import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { goSync } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';

/*
 * A suggested fix is only a fix if the failing target loads after running it.
 * Each command readonly-list prints is run on a fresh copy of the fixture
 * (the hermetic file:// proxy behind it) and every target the finding failed
 * on is listed again with -mod=readonly. The fixtures are shaped like a
 * Windows-only wmi that imports go-ole: the missing go.sum entries are a module
 * and what it imports, and go can only name the first until that one is added.
 */

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

interface ListedPackage {
  ImportPath: string;
  Error?: { Err: string };
  DepsErrors?: { Err: string }[];
}

/** `go list -mod=readonly` of one target label ("windows/amd64 tags=x tests"): the load errors, or go's failure. */
function relist(dir: string, label: string, patterns: string[]): string[] {
  const [platform, ...rest] = label.split(' ');
  const [goos, goarch] = platform.split('/');
  const tags = rest.find(r => r.startsWith('tags='))?.slice('tags='.length);
  const args = [
    'list',
    '-mod=readonly',
    '-e',
    '-json=ImportPath,Error,DepsErrors',
    '-deps',
    ...(rest.includes('tests') ? ['-test'] : []),
    ...(tags ? [`-tags=${tags}`] : []),
    '--',
    ...patterns
  ];
  const r = goSync(args, dir, { ...sandbox.env, GOOS: goos, GOARCH: goarch, GOWORK: 'off' });
  if (r.code !== 0) return [`go ${args.join(' ')} exited ${r.code}: ${r.stderr.trim()}`];
  const errors: string[] = [];
  for (const chunk of r.stdout.split(/\n(?=\{)/)) {
    if (!chunk.trim()) continue;
    const p = JSON.parse(chunk) as ListedPackage;
    if (p.Error) errors.push(`${p.ImportPath}: ${p.Error.Err}`);
    for (const e of p.DepsErrors ?? []) errors.push(`${p.ImportPath} (deps): ${e.Err}`);
  }
  return errors;
}

/** Fixture module, gate inputs, the patterns it lists, and the commands it must suggest. */
const CASES: [string, Record<string, string>, string[], string[]][] = [
  // go's own advice: go get of the importer adds the whole chain, for every platform.
  ['platform', {}, ['./...'], ['cd platform && go get example.com/fixes/platform']],
  ['testonly', {}, ['./...'], ['cd testonly && go get -t example.com/fixes/testonly']],
  // go stops at the first missing go.mod entry (ole); its advice (go mod download ole) moves the failure to wmi.
  ['unpruned', {}, ['./...'], ['cd unpruned && go get -t ./...']],
  // No importer: go advises go mod download wmi, which leaves ole out.
  ['named', { packages: 'example.com/readonly/wmi' }, ['example.com/readonly/wmi'], ['cd named && go get example.com/readonly/wmi@v1.0.0']]
];

test.each(CASES)(
  '%s: every suggested fix, run on a copy, makes each failing target load',
  async (module, inputs, patterns, commands) => {
    const ws = await sandbox.workspace('readonly-list/fixes');
    const run = await runAction({
      gate: 'readonly-list',
      workspace: ws,
      env: sandbox.env,
      inputs: { modules: module, platforms: 'linux/amd64, windows/amd64', tests: 'true', ...inputs }
    });
    expect(run.outputs.result).toBe('fail');
    const findings = run.report.findings as { rule: string; fix?: { command?: string } }[];
    const errors = run.report.data.errors as { targets: string[] }[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every(f => f.rule === 'missing-go-sum')).toBe(true);
    expect(findings.map(f => f.fix?.command)).toEqual(commands);
    for (const [i, finding] of findings.entries()) {
      const command = finding.fix?.command;
      expect(command).toBeTruthy();
      const copy = await sandbox.workspace('readonly-list/fixes');
      const dir = path.join(copy, module);
      // The fixture fails on these targets before the fix: the re-list below can fail.
      for (const target of errors[i].targets) expect(relist(dir, target, patterns)).not.toEqual([]);
      const fixed = spawnSync('sh', ['-c', command!], { cwd: copy, env: { ...process.env, ...sandbox.env }, encoding: 'utf8' });
      expect({ command, status: fixed.status, stderr: fixed.status === 0 ? '' : fixed.stderr }).toEqual({ command, status: 0, stderr: '' });
      for (const target of errors[i].targets) expect({ command, target, errors: relist(dir, target, patterns) }).toEqual({ command, target, errors: [] });
    }
  },
  120_000
);
