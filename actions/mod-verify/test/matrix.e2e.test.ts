import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk, goSync, writeOlderGo } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction, type ActionRun } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

interface Expected {
  rule: string;
  file: string;
  line?: number;
  severity?: string;
}

/** The findings of a run as rule/file/line, for exact comparison. */
function located(run: ActionRun): Expected[] {
  return run.report.findings.map((f: any) => ({ rule: f.rule, file: f.file, line: f.line, severity: f.severity }));
}

/** Runs the bundle on a fixture copy with its own module cache; `prepare` may tamper with the cache. */
async function runFixture(
  fixture: string,
  opts: { inputs?: Record<string, string>; prepare?: (ws: string, env: Record<string, string>) => Promise<void>; env?: Record<string, string> } = {}
) {
  const ws = await sandbox.workspace(`mod-verify/${fixture}`);
  const env = { ...sandbox.env, GOMODCACHE: path.join(ws, '..', `modcache-${path.basename(ws)}`), ...opts.env };
  await fs.mkdir(env.GOMODCACHE, { recursive: true });
  if (opts.prepare) await opts.prepare(ws, env);
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'mod-verify', workspace: ws, env, inputs: opts.inputs });
  await unchanged();
  return { ws, env, run };
}

/** What plain `go mod verify` says on the same fixture and cache: true when it fails. */
function plainVerifyFails(ws: string, env: Record<string, string>): boolean {
  return goSync(['mod', 'verify'], ws, { ...env, GOFLAGS: '-modcacherw -mod=mod' }).code !== 0;
}

// The seeded-fault matrix: each fault in its own fixture, the exact rule, file
// and line mod-verify reports, and whether `go mod verify` alone notices.
describe('seeded-fault matrix', () => {
  test('clean fixture: no findings, passes', async () => {
    const { run } = await runFixture('clean');
    expect(run.stderr).toBe('');
    expect(located(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
  });

  test('tampered cache file -> cache-integrity at the require line (go mod verify catches it)', async () => {
    const { ws, env, run } = await runFixture('clean', {
      prepare: async (ws, env) => {
        goOk(['mod', 'download'], ws, env);
        await fs.appendFile(path.join(env.GOMODCACHE, 'example.com', 'modverify', 'lib@v1.1.0', 'lib.go'), '\n// tampered\n');
      }
    });
    expect(located(run)).toEqual([{ rule: 'cache-integrity', file: 'go.mod', line: 5, severity: 'error' }]);
    expect(run.exitCode).toBe(1);
    expect(plainVerifyFails(ws, env)).toBe(true);
  });

  test('wrong zip h1 in go.sum -> gosum-mismatch at the go.sum line (go mod verify misses it on a warm cache)', async () => {
    // Warm cache: the module was downloaded while go.sum was right; then go.sum changed.
    const { ws, env, run } = await runFixture('wrong-zip-hash', {
      prepare: async (ws, env) => {
        goOk(['mod', 'download', 'example.com/modverify/lib@v1.1.0'], path.join(ws, '..'), { ...env, GOWORK: 'off', GOFLAGS: '-modcacherw' });
      }
    });
    expect(located(run)).toEqual([{ rule: 'gosum-mismatch', file: 'go.sum', line: 1, severity: 'error' }]);
    expect(run.report.findings[0].message).toMatch(
      /go\.sum records h1:00At2EN7.* but the downloaded module zip hashes to h1:00mt2EN7RgbYcHJvhDWPin3JrPD1ZGMTkuYwpnVm6es=/
    );
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('wrong /go.mod h1 in go.sum -> gosum-mismatch at the go.sum line', async () => {
    const { run } = await runFixture('wrong-gomod-hash');
    expect(located(run)).toEqual([{ rule: 'gosum-mismatch', file: 'go.sum', line: 2, severity: 'error' }]);
    expect(run.report.findings[0].message).toContain('h1:Sbx6KzcgA9/ZfjR21vZd8KIDrIo5x+zR0E6+giLmsSg=');
  });

  test('untidy go.mod -> untidy at the unused require line and the stale go.sum lines (go mod verify misses it)', async () => {
    const { ws, env, run } = await runFixture('untidy');
    expect(located(run)).toEqual([
      // tidy rewrites the require block (from its first line) into one require line.
      { rule: 'untidy', file: 'go.mod', line: 5, severity: 'error' },
      { rule: 'untidy', file: 'go.sum', line: 1, severity: 'error' },
      { rule: 'deprecated', file: 'go.mod', line: 6, severity: 'warning' }
    ]);
    expect(run.report.findings[0].message).toContain('example.com/modverify/deprecated v1.0.0');
    expect(run.report.findings[0].message).toContain('add require example.com/modverify/lib v1.1.0');
    expect(run.report.findings[1].message).toContain('2 stale lines');
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('Go older than 1.23 (no tidy -diff): the same untidy findings, from tidying a temp copy', async () => {
    const old = await writeOlderGo(sandbox.root, '1.22.12');
    const { ws, env, run } = await runFixture('untidy', { inputs: { 'go-binary': old } });
    // Had the gate passed -diff, the wrapper's failure would be a tidy error, not these findings.
    expect(run.summary).toContain('| untidy (2 hunks) |');
    expect(located(run)).toEqual([
      { rule: 'untidy', file: 'go.mod', line: 5, severity: 'error' },
      { rule: 'untidy', file: 'go.sum', line: 1, severity: 'error' },
      { rule: 'deprecated', file: 'go.mod', line: 6, severity: 'warning' }
    ]);
    expect(run.report.findings[0].message).toContain('example.com/modverify/deprecated v1.0.0');
    expect(run.report.findings[1].message).toContain('2 stale lines');
    // The copy was tidied, never the checkout (runFixture's guard), and the temp copy is not left in the workspace.
    expect(await fs.readdir(ws)).toEqual(['go.mod', 'go.sum', 'main.go']);
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('local replace -> replace-local at the replace line (go mod verify misses it)', async () => {
    const { ws, env, run } = await runFixture('local-replace');
    expect(located(run)).toEqual([{ rule: 'replace-local', file: 'go.mod', line: 7, severity: 'error' }]);
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('retracted dependency -> retracted at its require line with the upgrade (go mod verify misses it)', async () => {
    const { ws, env, run } = await runFixture('retracted');
    expect(located(run)).toEqual([{ rule: 'retracted', file: 'go.mod', line: 5, severity: 'error' }]);
    expect(run.report.findings[0].message).toBe(
      'example.com/modverify/retracted@v1.0.0 is retracted by its author: Broken: Answer returns 41. Upgrade to v1.1.0.'
    );
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('deprecated dependency -> deprecated warning at its require line (go mod verify misses it)', async () => {
    const { ws, env, run } = await runFixture('deprecated');
    expect(located(run)).toEqual([{ rule: 'deprecated', file: 'go.mod', line: 5, severity: 'warning' }]);
    expect(run.report.findings[0].message).toContain('use example.com/modverify/lib instead.');
    expect(run.exitCode).toBe(0);
    expect(plainVerifyFails(ws, env)).toBe(false);
  });

  test('go line newer than the running Go -> one go-too-new finding at the go line', async () => {
    const { ws, env, run } = await runFixture('go-too-new');
    expect(located(run)).toEqual([{ rule: 'go-too-new', file: 'go.mod', line: 3, severity: 'error' }]);
    expect(run.report.findings[0].message).toMatch(/^go: go\.mod requires go >= 1\.99 \(running go 1\.\d+[.\d]*; GOTOOLCHAIN=local\)/);
    // go mod verify fails too, but with the toolchain error, not a verification result.
    expect(goSync(['mod', 'verify'], ws, env).stderr).toContain('requires go >= 1.99');
  });
});

describe('versions, directives, rules and the ratchet', () => {
  test('pseudo-version, pre-release and +incompatible direct dependencies', async () => {
    const { run } = await runFixture('versions');
    expect(located(run)).toEqual([
      { rule: 'pseudo-version', file: 'go.mod', line: 9, severity: 'warning' },
      { rule: 'incompatible-version', file: 'go.mod', line: 6, severity: 'notice' },
      { rule: 'prerelease-version', file: 'go.mod', line: 8, severity: 'notice' }
    ]);
  });

  test('rules input changes severities and switches rules off', async () => {
    const { run } = await runFixture('versions', { inputs: { rules: 'pseudo-version: error\nincompatible-version: off\nprerelease-version: warning\n' } });
    expect(located(run)).toEqual([
      { rule: 'pseudo-version', file: 'go.mod', line: 9, severity: 'error' },
      { rule: 'prerelease-version', file: 'go.mod', line: 8, severity: 'warning' }
    ]);
    expect(run.exitCode).toBe(1);
  });

  test('go.work: every module is checked, findings at each module file', async () => {
    const { run } = await runFixture('workspace');
    expect(located(run)).toEqual([{ rule: 'retracted', file: 'b/go.mod', line: 5, severity: 'error' }]);
    expect(run.report.modules.map((m: any) => m.dir)).toEqual(['a', 'b']);
  });

  test('dependency ratchet: a new reference to an unwanted module, a stale allowance, a pin', async () => {
    const { run } = await runFixture('untidy', {
      inputs: { 'policy-file': 'deps-policy.yaml', rules: 'untidy: off' },
      prepare: async ws => {
        await fs.writeFile(
          path.join(ws, 'deps-policy.yaml'),
          [
            'unwanted:',
            '  example.com/modverify/deprecated: use lib',
            'allowed-references:',
            '  example.com/modverify/deprecated:',
            '    - example.com/old/user',
            'pinned:',
            '  example.com/modverify/lib: v1.0.0',
            "# the other gates' keys of the shared policy file, passed over",
            'allow: [MIT]',
            'review:',
            '  max-new-shipped: 5',
            ''
          ].join('\n')
        );
      }
    });
    expect(located(run)).toEqual([
      { rule: 'unwanted-module', file: 'go.mod', line: 6, severity: 'error' },
      { rule: 'pinned-version', file: 'go.mod', line: 7, severity: 'error' },
      { rule: 'deprecated', file: 'go.mod', line: 6, severity: 'warning' },
      { rule: 'unwanted-allowance-stale', file: 'deps-policy.yaml', line: 5, severity: 'notice' }
    ]);
  });

  test('summary table and outputs', async () => {
    const { run } = await runFixture('retracted');
    expect(run.summary).toContain('## ❌ mod-verify');
    expect(run.summary).toMatch(/\| <code>example\.com\/mv\/retracted<\/code> \| <code>\.<\/code> \| verified \| 2 lines recomputed \| tidy \| 1 finding \|/);
    expect(run.summary).toMatch(/\| error \| <code>retracted<\/code> \| example\.com\/mv\/retracted \| <code>go\.mod:5<\/code> \|/);
    expect(run.outputs).toMatchObject({ result: 'fail', 'error-count': '1', 'warning-count': '0', 'notice-count': '0' });
    expect(run.annotations.filter(a => a.kind === 'error')[0].props).toMatchObject({ file: 'go.mod', line: '5' });
  });
});

describe('bad inputs give one clear error', () => {
  test.each([
    ['unknown rule id', { rules: 'no-such-rule: error' }, /Input 'rules' has an invalid value "no-such-rule: error": unknown rule id 'no-such-rule'/],
    ['bad severity', { rules: 'untidy: fatal' }, /Input 'rules' has an invalid value "untidy: fatal": expected one of: error, warning, notice, off/],
    ['bad pattern', { 'toolchain-pattern': 'go1.(' }, /Input 'toolchain-pattern' has an invalid value "go1.\(": not a valid regular expression/],
    ['missing policy file', { 'policy-file': 'nope.yaml' }, /Input 'policy-file' has an invalid value "nope.yaml": the file does not exist/]
  ] as [string, Record<string, string>, RegExp][])('%s', async (_n, inputs, expected) => {
    const { run } = await runFixture('clean', { inputs });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(expected);
    expect(run.outputs.result).toBe('error');
  });

  test('malformed policy file', async () => {
    const { run } = await runFixture('clean', {
      inputs: { 'policy-file': 'p.yaml' },
      prepare: async ws => fs.writeFile(path.join(ws, 'p.yaml'), 'pinned:\n  example.com/x: 1.0\n')
    });
    expect(run.annotations[0].message).toMatch(/Input 'policy-file' has an invalid value "p.yaml:1": pinned."example.com\/x" must be a version string/);
  });
});
