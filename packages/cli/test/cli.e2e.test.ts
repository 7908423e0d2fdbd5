import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { GateReport } from '@go-ci-gates/core';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, REPO_ROOT, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { ANSI, cli, cliInTerminal, unwrapped } from './cli-harness.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

/** A copy of the demo module (untidy, under-tested) in the sandbox. */
async function demoCopy(): Promise<string> {
  const ws = await sandbox.emptyWorkspace();
  await fs.cp(path.join(REPO_ROOT, 'test', 'demo', 'module'), ws, { recursive: true });
  return ws;
}

function keptReport(out: string, gate: string): GateReport {
  return JSON.parse(readFileSync(path.join(out, gate, 'report.json'), 'utf8')) as GateReport;
}

describe('a gate run without a terminal', () => {
  test('passes with exit 0, prints the report on stdout, keeps the JSON report under --out', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const out = path.join(sandbox.root, 'out-pass');
    const r = cli(['mod-verify', '--fail-on=warning', '--out', out, ws], sandbox.env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('== mod-verify PASS');
    expect(r.out).toContain('Passed: no findings in 1 module (fail-on: warning).');
    expect(r.out).toMatch(/example\.com\/clean\s+\.\s+verified/);
    expect(keptReport(out, 'mod-verify').result).toBe('pass');
    expect(r.out).toContain(`Kept in ${path.join(out, 'mod-verify')}${path.sep}: report.json`);
  });

  test('fails with exit 1 and prints every finding message whole, however long', async () => {
    const ws = await demoCopy();
    const out = path.join(sandbox.root, 'out-fail');
    const r = cli(['mod-verify', '--out', out, ws], sandbox.env);
    expect(r.code).toBe(1);
    const report = keptReport(out, 'mod-verify');
    expect(report.findings.length).toBeGreaterThan(1);
    // The go.sum finding lists three stale lines with their hashes: far longer than a line.
    expect(Math.max(...report.findings.map(f => f.message.length))).toBeGreaterThan(150);
    for (const f of report.findings) expect(unwrapped(r.out)).toContain(unwrapped(f.message));
    expect(r.out).not.toContain('…');
  });

  test('coverage-gate --run-tests DIR: a bare flag, DIR the directory; the badge is kept', async () => {
    const ws = await demoCopy();
    const out = path.join(sandbox.root, 'out-cov');
    const r = cli(['coverage-gate', '--threshold-total', '80', '--out', out, '--run-tests', ws], sandbox.env);
    expect(r.code).toBe(1);
    expect(unwrapped(r.out)).toContain('Total coverage is 40.00% (12/30 statements), below the minimum of 80%.');
    expect(readFileSync(path.join(out, 'coverage-gate', 'coverage.svg'), 'utf8')).toContain('40');
    expect(r.out).toContain('coverage.svg, report.json');
  });

  test('-v prints the log as text, never raw workflow commands', async () => {
    const ws = await demoCopy();
    const r = cli(['coverage-gate', '-v', '--threshold-total=80', '--out', path.join(sandbox.root, 'out-v'), ws], sandbox.env);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^\[coverage-gate \d+\.\ds\] go test -coverprofile=.* \(\d+(ms|\.\d+s), exit 0\)$/m);
    expect(r.err).toMatch(/^\[coverage-gate \d+\.\ds\] error: Total coverage is 40\.00% \(12\/30 statements\)/m);
    expect(r.err + r.out).not.toMatch(/^::/m);
    expect(r.err).not.toContain('%25');
  });

  test('an invalid input value is a configuration error: exit 2 and the reason', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const r = cli(['mod-verify', '--max-annotations=-3', '--out', path.join(sandbox.root, 'out-bad'), ws], sandbox.env);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`Could not run: Input 'max-annotations' has an invalid value "-3": expected a number from 0 to 50`);
  });

  test("a module that does not build: exit 2 with go's own error", async () => {
    const ws = await sandbox.workspace('modules/clean');
    await fs.writeFile(path.join(ws, 'broken.go'), 'package main\n\nfunc broken() { return 1 }\n');
    const r = cli(['coverage-gate', '--out', path.join(sandbox.root, 'out-broken'), ws], sandbox.env);
    expect(r.code).toBe(2);
    expect(r.out).toContain('== coverage-gate ERROR');
    expect(r.out).toMatch(/broken\.go:3(:\d+)?: too many return values/);
  });

  test('a missing directory and a missing go are one clear line each, exit 2', async () => {
    const missing = cli(['mod-verify', path.join(sandbox.root, 'no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`go-ci-gates: directory not found: ${path.join(sandbox.root, 'no-such-dir')}\n`);
    const ws = await sandbox.workspace('modules/clean');
    const noGo = cli(['mod-verify', ws], { PATH: path.join(sandbox.root, 'empty-path') });
    expect(noGo.code).toBe(2);
    expect(noGo.err).toMatch(/^go-ci-gates: go was not found on PATH\. Install Go \(https:\/\/go\.dev\/dl\/\)/);
  });
});

test('wording without a checksum database or an Actions cache says what is off, not "no checksum database" / "in no cache"', async () => {
  const ws = await sandbox.workspace('modules/clean');
  const sum = cli(['sum-audit', '--no-sumdb', '--out', path.join(sandbox.root, 'out-nosumdb'), ws], sandbox.env);
  expect(sum.code).toBe(0);
  expect(unwrapped(sum.out)).toContain('2 go.sum lines in 1 file: not checked against a checksum database (GOSUMDB=off or the sumdb input is false).');
  const cov = cli(['coverage-gate', '--baseline=cache', '--out', path.join(sandbox.root, 'out-nocache'), ws], sandbox.env);
  expect(unwrapped(cov.out)).toContain('no baseline for branch');
  expect(unwrapped(cov.out)).toContain('in the Actions cache (not available here)');
  expect(cov.out).not.toContain('no cache');
});

describe('usage', () => {
  test('unknown gates, inputs and extra arguments are usage errors (exit 2)', () => {
    const badGate = cli(['no-such-gate']);
    expect(badGate.code).toBe(2);
    expect(badGate.err).toMatch(/^go-ci-gates: unknown gate 'no-such-gate'; the gates: .*mod-verify/);
    const badInput = cli(['mod-verify', '--colour=blue', '.']);
    expect(badInput.code).toBe(2);
    expect(badInput.err).toMatch(/mod-verify has no input --colour; its inputs: working-directory/);
    expect(cli(['all', '--fail-on=never']).code).toBe(2);
    expect(cli(['mod-verify', 'a', 'b']).err).toContain("unexpected argument 'b'");
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Usage: go-ci-gates <gate>');
  });

  test('--version, --help with the exit codes, and list with descriptions', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, out: `go-ci-gates ${pkg.version}\n`, err: '' });
    expect(cli(['-V']).out).toBe(`go-ci-gates ${pkg.version}\n`);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('2  usage or configuration error');
    expect(help.out).toContain('3  a bug in go-ci-gates');
    const list = cli(['list']);
    expect(unwrapped(list.out)).toContain('sbom-attach Build-accurate Go SBOMs');
  });

  test('<gate> --help comes from its action.yml: descriptions, defaults, accepted values, local defaults', () => {
    const r = cli(['sbom-attach', '--help']);
    expect(r.code).toBe(0);
    const text = unwrapped(r.out);
    expect(text).toContain('Usage: go-ci-gates sbom-attach');
    expect(text).toContain('--mode=<value> app: what the main packages compile into');
    expect(text).toContain('[one of: app, module, binary, auto; default: "app"; locally: "auto"]');
    expect(text).toContain('--upload-artifact[=true|false], --no-upload-artifact');
    expect(text).toContain('--github-token=<value> Token for the release');
    expect(text).toContain('not used outside GitHub Actions');
    expect(unwrapped(cli(['coverage-gate', '--help']).out)).toContain('[one of: error, warning, never; default: "error"]');
  });
});

describe('in a terminal', () => {
  test('progress lines stream on the terminal with step, module and elapsed time; colour on; findings whole', async () => {
    const ws = await demoCopy();
    const r = cliInTerminal(['coverage-gate', '--threshold-total=80', '--out', path.join(sandbox.root, 'out-tty'), ws], sandbox.env);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- ESC starts the colour codes this removes
    const plain = r.screen.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^\[coverage-gate \d+\.\ds\] running on /m);
    expect(plain).toMatch(/^\[coverage-gate \d+\.\ds\] go test -coverprofile=.*\(\d+(ms|\.\d+s), exit 0\)$/m);
    expect(plain).toMatch(/^\[coverage-gate \d+\.\ds\] done: fail in \d+\.\ds$/m);
    // Progress comes before the report.
    expect(plain.indexOf('] go test')).toBeLessThan(plain.indexOf('== coverage-gate'));
    expect(r.screen).toMatch(ANSI);
    expect(unwrapped(plain)).toContain('Total coverage is 40.00% (12/30 statements), below the minimum of 80%.');
    expect(plain.split('\n').every(l => l.length <= 100)).toBe(true);
  });

  test('NO_COLOR turns colour off on a terminal; FORCE_COLOR turns it on into a pipe', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const noColor = cliInTerminal(['mod-verify', '--out', path.join(sandbox.root, 'out-nc'), ws], { ...sandbox.env, NO_COLOR: '1' });
    expect(noColor.code).toBe(0);
    expect(noColor.screen).toContain('== mod-verify PASS');
    expect(noColor.screen).not.toMatch(ANSI);
    const forced = cli(['mod-verify', '--out', path.join(sandbox.root, 'out-fc'), ws], { ...sandbox.env, FORCE_COLOR: '1', NO_COLOR: undefined });
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('\x1b[32mPASS');
    expect(forced.err).toBe('');
  });
});

test('all runs every gate with local defaults: coverage-gate tests, sbom-attach picks its mode', async () => {
  const ws = await sandbox.workspace('modules/clean');
  const out = path.join(sandbox.root, 'out-all');
  const r = cli(['all', '--out', out, ws], sandbox.env);
  expect(r.out).toContain('== All gates');
  for (const gate of ['coverage-gate', 'license-policy', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']) {
    expect(existsSync(path.join(out, gate, 'report.json'))).toBe(true);
    expect(keptReport(out, gate).result).not.toBe('error');
  }
  expect(keptReport(out, 'sbom-attach').result).toBe('pass');
  expect(existsSync(path.join(out, 'sbom-attach', 'sbom-attach', 'example.com_clean.cdx.json'))).toBe(true);
  expect(r.code).toBe(
    Object.values(['coverage-gate', 'license-policy', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']).some(
      g => keptReport(out, g).result === 'fail'
    )
      ? 1
      : 0
  );
});

test('the demo (npm start) shows each gate catching its deliberate problem, hermetically, leaving the demo untouched', async () => {
  const unchanged = await guardCheckout(path.join(REPO_ROOT, 'test', 'demo'));
  const out = path.join(sandbox.root, 'out-demo');
  // No GOPROXY, GOSUMDB or cache from the test environment: the demo must bring its own.
  const r = cli(['demo', '--out', out], { GOPROXY: 'off', GOSUMDB: 'sum.golang.org', GOFLAGS: '-mod=mod' });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Every gate ran in \d+\.\ds\./);
  const text = unwrapped(r.out);
  const findings = (gate: string) => keptReport(out, gate).findings;

  expect(findings('coverage-gate').map(f => f.message)).toEqual(['Total coverage is 40.62% (13/32 statements), below the minimum of 80%.']);
  expect(existsSync(path.join(out, 'coverage-gate', 'coverage.svg'))).toBe(true);

  expect(findings('mod-verify').map(f => `${f.rule} ${f.file}`)).toEqual(expect.arrayContaining(['untidy module/go.mod', 'gosum-mismatch module/go.sum']));

  expect(findings('readonly-list')).toMatchObject([{ rule: 'missing-go-sum', file: 'module/config_windows.go' }]);
  expect(text).toContain('(windows/amd64 only): missing go.sum entry for module providing package example.com/demo/winreg');

  // Every line but the forged one verified against the loopback checksum database.
  const sumAudit = keptReport(out, 'sum-audit');
  expect(sumAudit.outputs).toMatchObject({ 'verified-count': '12', 'mismatch-count': '1', 'unverified-count': '0' });
  const forged = sumAudit.findings.find(f => f.rule === 'checksum-mismatch')!;
  expect(forged).toMatchObject({ file: 'module/go.sum', line: 4 });
  expect(text).toContain(unwrapped(forged.message));

  // Two licenses recognised offline (MIT, Apache-2.0), greet's LICENSE unknown.
  const sbom = JSON.parse(readFileSync(path.join(out, 'sbom-attach', 'sbom-attach', 'example.com_demo.cdx.json'), 'utf8')) as {
    components: { name: string; licenses?: { license?: { id?: string } }[] }[];
  };
  const licenses = Object.fromEntries(sbom.components.map(c => [c.name, c.licenses?.map(l => l.license?.id).join(',') ?? 'none']));
  expect(licenses).toMatchObject({ 'example.com/sbom/mitlib': 'MIT', 'example.com/sbom/apachelib': 'Apache-2.0', 'example.com/greet': 'none' });
  expect(text).toContain('example.com/greet@v1.1.0: LICENSE not recognised');

  // The same set judged: greet's unknown license at its require line in each module, MIT and Apache-2.0 allowed.
  expect(findings('license-policy').map(f => `${f.rule} ${f.file}:${f.line}`)).toEqual([
    'license-unknown module/go.mod:8',
    'license-unknown vendored/go.mod:5'
  ]);
  expect(keptReport(out, 'license-policy').outputs).toMatchObject({ 'unknown-count': '1', 'denied-count': '0' });

  expect(findings('vendor-consistency').map(f => `${f.rule} ${f.file}`)).toEqual([
    'vendor-file-modified vendored/vendor/example.com/greet/greet.go',
    'vendor-absent module/go.mod'
  ]);
  expect(readFileSync(path.join(out, 'vendor-consistency', 'go-ci-gates', 'vendor-consistency.patch'), 'utf8')).toContain(
    '+func Hello(name string) string { return "hello, " + name }'
  );

  // A repository of the demo module with history: greet upgraded, mitlib and apachelib new and shipped (one more
  // than the demo's max-new-shipped), leftover required but only in the build list.
  const review = keptReport(out, 'mod-review');
  expect(review.findings.map(f => `${f.rule} ${f.message}`)).toEqual([
    'too-many-new-modules This change adds 2 modules to what example.com/demo ships (max-new-shipped is 1).',
    'dependency-change example.com/demo/leftover v1.2.0 added (build list only).',
    'dependency-change example.com/greet upgraded v1.0.0 → v1.1.0 (shipped).',
    'dependency-change example.com/sbom/mitlib v1.0.0 added (shipped).',
    'dependency-change example.com/sbom/apachelib v1.2.0 added (shipped).'
  ]);
  await unchanged();
  // Eight gates, and in a fresh clone go compiles the standard library for the tests (cold build cache).
}, 300_000);
