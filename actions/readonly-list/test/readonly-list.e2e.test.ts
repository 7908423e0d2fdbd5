import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk, goSync } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';
import { HttpTestServer } from '../../../test/servers/http-test-server.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

/** What the broken fixture must report, one row per distinct error (tags: integration). */
const EXPECTED = [
  {
    rule: 'go-mod-needs-update',
    module: 'example.com/app/modupdate',
    file: 'modupdate/go.mod',
    line: 1,
    where: 'everywhere',
    command: 'cd modupdate && go mod tidy',
    message: 'module example.com/app/modupdate does not load with -mod=readonly (everywhere): updates to go.mod needed, disabled by -mod=readonly.'
  },
  {
    rule: 'missing-go-sum',
    module: 'example.com/app/platform',
    file: 'platform/platform_windows.go',
    line: 6,
    where: 'windows/amd64 only',
    command: 'cd platform && go get example.com/app/platform',
    message:
      'example.com/app/platform imports example.com/readonly/winreg, which does not load with -mod=readonly (windows/amd64 only): ' +
      'missing go.sum entry for module providing package example.com/readonly/winreg (imported by example.com/app/platform).'
  },
  {
    rule: 'missing-go-sum',
    module: 'example.com/app/tagged',
    file: 'tagged/tracing.go',
    line: 5,
    where: 'tags=integration only',
    command: 'cd tagged && go get example.com/app/tagged',
    message:
      'example.com/app/tagged imports example.com/readonly/tracing, which does not load with -mod=readonly (tags=integration only): ' +
      'missing go.sum entry for module providing package example.com/readonly/tracing (imported by example.com/app/tagged).'
  },
  {
    rule: 'missing-requirement',
    module: 'example.com/app/testonly',
    file: 'testonly/lib_test.go',
    line: 6,
    where: 'tests only',
    command: 'cd testonly && go get example.com/readonly/assert',
    message:
      'example.com/app/testonly imports example.com/readonly/assert, which does not load with -mod=readonly (tests only): ' +
      'cannot find module providing package example.com/readonly/assert: import lookup disabled by -mod=readonly.'
  },
  {
    rule: 'toolchain-too-new',
    module: 'example.com/app/toonew',
    file: 'toonew/go.mod',
    line: 3,
    where: 'everywhere',
    command: undefined,
    message: `module example.com/app/toonew does not load with -mod=readonly (everywhere): go.mod requires go >= 1.99 (running go ${goSync(['env', 'GOVERSION'], process.cwd()).stdout.trim().slice(2)}; GOTOOLCHAIN=local).`
  }
];

describe.each(nodeBinaries())('readonly-list bundle under $name', ({ bin }) => {
  test('the broken modules: each error classified, located at its import line, with its fix and where it occurs', async () => {
    const ws = await sandbox.workspace('readonly-list/broken');
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, node: bin, inputs: { tags: 'integration' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'error-count': '5', 'target-count': '12', 'run-count': '60' });
    expect(
      run.report.findings.map((f: any) => ({ rule: f.rule, module: f.module, file: f.file, line: f.line, command: f.fix.command, message: f.message }))
    ).toEqual(EXPECTED.map(({ where: _w, ...rest }) => rest));
    const errors = run.annotations.filter(a => a.kind === 'error' && a.props.file);
    expect(errors.map(a => [a.props.file, a.props.line, a.props.title])).toEqual(
      EXPECTED.map(e => [
        e.file,
        String(e.line),
        `${{ 'go-mod-needs-update': 'go.mod needs updates', 'missing-go-sum': 'missing go.sum entry', 'missing-requirement': 'missing requirement', 'toolchain-too-new': 'toolchain too new' }[e.rule]} (${e.where})`
      ])
    );
    expect(run.summary).toContain('## ❌ readonly-list');
    expect(run.summary).toContain(
      '| <code>example.com/app/platform</code> | windows/amd64 only | <code>example.com/app/platform</code> | missing go.sum entry | <code>platform/platform\\_windows.go:6</code> | <code>cd platform \\&\\& go get example.com/app/platform</code> |'
    );
    expect(run.summary).toContain(
      '| <code>example.com/app/testonly</code> | tests only | <code>example.com/app/testonly</code> | missing requirement | <code>testonly/lib\\_test.go:6</code> | <code>cd testonly \\&\\& go get example.com/readonly/assert</code> |'
    );
    const data = run.report.data;
    expect(data.targets).toEqual([
      'linux/amd64',
      'linux/amd64 tests',
      'linux/amd64 tags=integration',
      'linux/amd64 tags=integration tests',
      'windows/amd64',
      'windows/amd64 tests',
      'windows/amd64 tags=integration',
      'windows/amd64 tags=integration tests',
      'darwin/arm64',
      'darwin/arm64 tests',
      'darwin/arm64 tags=integration',
      'darwin/arm64 tags=integration tests'
    ]);
    const winreg = data.errors.find((e: any) => e.package === 'example.com/readonly/winreg');
    expect(winreg.targets).toEqual(['windows/amd64', 'windows/amd64 tests', 'windows/amd64 tags=integration', 'windows/amd64 tags=integration tests']);
    expect(data.runs[0].args).toEqual(expect.arrayContaining(['list', '-mod=readonly', '-e', '-deps']));
    await unchanged();
  });
});

test('the linux build of the platform module passes on its own: only the windows target finds the missing sum', async () => {
  const ws = await sandbox.workspace('readonly-list/broken');
  const linux = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, inputs: { modules: 'platform', platforms: 'linux/amd64' } });
  expect(linux.outputs).toMatchObject({ result: 'pass', 'error-count': '0', 'target-count': '2' });
  const windows = await runAction({
    gate: 'readonly-list',
    workspace: ws,
    env: sandbox.env,
    inputs: { modules: 'platform', platforms: 'linux/amd64, windows/amd64', tests: false }
  });
  expect(windows.outputs).toMatchObject({ result: 'fail', 'error-count': '1', 'target-count': '2' });
  expect(windows.report.findings[0]).toMatchObject({ rule: 'missing-go-sum', file: 'platform/platform_windows.go', line: 6, column: 2 });
});

test('a clean multi-module go.work passes on every target', async () => {
  const ws = await sandbox.workspace('readonly-list/workspace');
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env });
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', 'error-count': '0', 'run-count': '12' });
  // Every tests run loads cleanly, so it also answers for its target without tests: 6 go list runs for 12 loads.
  expect(run.report.data.goListRuns).toBe(6);
  expect(run.report.data.runs.filter((r: { coveredBy?: string[] }) => r.coveredBy).length).toBe(6);
  expect(run.summary).toContain('Every package and its dependencies load with -mod=readonly on every target.');
  // Under go.work the workspace's rules apply: no -mod flag, GOWORK pointing at the go.work.
  expect(run.report.data.runs[0].args).not.toContain('-mod=readonly');
  await unchanged();
});

test('a go.work whose modules have no go.sum: go.work.sum is written to a temp copy, never the checkout', async () => {
  const ws = await sandbox.workspace('readonly-list/workspace');
  await fs.rm(path.join(ws, 'api', 'go.sum'));
  await fs.rm(path.join(ws, 'server', 'go.sum'));
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, inputs: { platforms: 'linux/amd64', tests: false } });
  expect(run.outputs.result).toBeDefined();
  expect(existsSync(path.join(ws, 'go.work.sum'))).toBe(false);
  await unchanged();
});

test('the fix commands it prints make the modules load', async () => {
  const ws = await sandbox.workspace('readonly-list/broken');
  const first = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, inputs: { tags: 'integration', modules: '!toonew' } });
  const commands: string[] = first.report.findings.map((f: any) => f.fix.command);
  expect(commands).toHaveLength(4);
  for (const c of commands) {
    const m = /^cd (\S+) && go (.*)$/.exec(c)!;
    goOk(m[2].split(' '), path.join(ws, m[1]), sandbox.env);
  }
  const after = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, inputs: { tags: 'integration', modules: '!toonew' } });
  expect(after.report.findings).toEqual([]);
  expect(after.outputs.result).toBe('pass');
});

test('GOFLAGS=-mod=mod from the environment is stripped: go.mod is not rewritten and the error is still found', async () => {
  const ws = await sandbox.workspace('readonly-list/broken');
  const env = { ...sandbox.env, GOFLAGS: '-mod=mod -modcacherw' };
  // The same go list with the user's GOFLAGS would rewrite go.mod, so this test can fail.
  const probe = await sandbox.workspace('readonly-list/broken');
  const before = await fs.readFile(path.join(probe, 'modupdate', 'go.mod'), 'utf8');
  goOk(['list', '-e', '-deps', './...'], path.join(probe, 'modupdate'), env);
  expect(await fs.readFile(path.join(probe, 'modupdate', 'go.mod'), 'utf8')).not.toBe(before);

  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'readonly-list', workspace: ws, env, inputs: { modules: 'modupdate', tests: false } });
  expect(run.outputs).toMatchObject({ result: 'fail', 'error-count': '1' });
  expect(run.report.findings[0]).toMatchObject({ rule: 'go-mod-needs-update', file: 'modupdate/go.mod' });
  await unchanged();
});

test('a go that changes go.sum during the run fails the gate (the readonly promise is checked, not assumed)', async () => {
  const ws = await sandbox.workspace('readonly-list/workspace');
  const realGo = goSync(['env', 'GOROOT'], ws).stdout.trim() + '/bin/go';
  const wrapper = path.join(sandbox.root, 'go-that-writes');
  await fs.writeFile(wrapper, `#!/bin/sh\nif [ "$1" = list ]; then line=$(head -n 1 go.sum); echo "$line" >> go.sum; fi\nexec ${realGo} "$@"\n`, {
    mode: 0o755
  });
  const run = await runAction({
    gate: 'readonly-list',
    workspace: ws,
    env: sandbox.env,
    inputs: { 'go-binary': wrapper, platforms: 'linux/amd64', tests: false, modules: 'server' }
  });
  expect(run.outputs.result).toBe('fail');
  expect(run.report.findings.map((f: any) => f.rule)).toEqual(['checkout-modified']);
  expect(run.report.findings[0].message).toContain('changed server/go.sum');
});

test('an unreachable module proxy is classified as a network failure with go mod download as the fix', async () => {
  const proxy = new HttpTestServer();
  proxy.inject({ match: /.*/, status: 502, body: 'bad gateway' });
  const url = await proxy.start();
  try {
    const ws = await sandbox.workspace('readonly-list/broken');
    const env = { ...sandbox.env, GOPROXY: url, GOMODCACHE: path.join(sandbox.root, 'empty-modcache') };
    const run = await runAction({ gate: 'readonly-list', workspace: ws, env, inputs: { modules: 'testonly', platforms: 'linux/amd64', tests: false } });
    expect(run.outputs.result).toBe('fail');
    expect(run.report.findings).toHaveLength(1);
    expect(run.report.findings[0]).toMatchObject({ rule: 'network-failure', fix: { command: 'cd testonly && go mod download' } });
    expect(run.report.findings[0].message).toContain('502 Bad Gateway');
    expect(proxy.requests.length).toBeGreaterThan(0);
  } finally {
    await proxy.stop();
  }
});

describe('bad inputs give one clear error line and change nothing', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'unknown GOOS/GOARCH pair',
      { platforms: 'linux/amd64, windows/riscv64' },
      /Input 'platforms' has an invalid value "windows\/riscv64": not a GOOS\/GOARCH pair this go supports/
    ],
    [
      'a platform go cannot build for',
      { platforms: 'plan10/z80' },
      /Input 'platforms' has an invalid value "plan10\/z80": not a GOOS\/GOARCH pair this go supports/
    ],
    ['platform without an arch', { platforms: 'linux' }, /Input 'platforms' has an invalid value "linux": expected GOOS\/GOARCH pairs such as linux\/amd64/],
    ['a flag as package pattern', { packages: '-mod=mod' }, /Input 'packages' has an invalid value "-mod=mod": a package pattern, not a flag/],
    ['bad build tag', { tags: 'integration\ne2e;rm' }, /Input 'tags' has an invalid value "e2e;rm": a build tag is letters, digits, _ and \./],
    ['bad cgo mode', { cgo: 'maybe' }, /Input 'cgo' has an invalid value "maybe": expected one of: auto, on, off/]
  ];
  test.each(cases)('%s', async (_name, inputs, expected) => {
    const ws = await sandbox.workspace('readonly-list/workspace');
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'readonly-list', workspace: ws, inputs, env: sandbox.env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(expected);
    expect(run.outputs.result).toBe('error');
    await unchanged();
  });
});
