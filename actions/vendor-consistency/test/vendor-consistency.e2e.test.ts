import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goSync } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction, type ActionRun } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
});
afterAll(() => sandbox.cleanup());

const FIX = 'vendor-consistency';
const HOST_GOCACHE = spawnSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).stdout.trim();
const ALPHA = 'vendor/example.com/vendorc/alpha';

/** What `go build -mod=vendor ./...` says on its own: the anchor the gate is compared with. */
function goBuildVendor(ws: string): { ok: boolean; stderr: string } {
  // The host's build cache: compiling the standard library into the sandbox's empty cache would cost a minute.
  const r = goSync(['build', '-mod=vendor', '-o', path.join(ws, '..', `bin-${path.basename(ws)}`), './...'], ws, {
    ...sandbox.env,
    GOPROXY: 'off',
    GOCACHE: HOST_GOCACHE
  });
  return { ok: r.code === 0, stderr: r.stderr };
}

function errorsAt(run: ActionRun): string[] {
  return run.annotations.filter(a => a.kind === 'error' && a.props.file).map(a => `${a.props.file}:${a.props.line ?? ''}`);
}

describe.each(nodeBinaries())('vendor-consistency bundle under $name', ({ bin }) => {
  test('a clean vendored module passes', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const unchanged = await guardCheckout(ws);
    const patchPath = path.join(sandbox.root, `patch-${path.basename(ws)}.diff`);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, node: bin, inputs: { 'patch-path': patchPath } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['patch-path']).toBe(patchPath);
    expect(run.outputs).toMatchObject({
      result: 'pass',
      'modified-count': '0',
      'missing-count': '0',
      'extra-count': '0',
      'symlink-count': '0',
      'inconsistent-count': '0'
    });
    expect(run.summary).toContain('## ✅ vendor-consistency');
    expect(run.summary).toMatch(/\| <code>.<\/code> \| module \| 3 \| consistent \| 0 \| 0 \| 0 \| 0 \| go 1\.\d+/);
    expect(await fs.readFile(run.outputs['patch-path'], 'utf8')).toBe('');
    // Where the time went, for the bench: the pre-check, the regeneration and the comparison.
    expect(run.report.data[0]).toMatchObject({ offlineMs: expect.any(Number), regenerateMs: expect.any(Number), compareMs: expect.any(Number) });
    await unchanged();
  });

  test('on a runner the regenerated tree is left in RUNNER_TEMP, which the runner empties; elsewhere it is removed', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const listTemp = async (dir: string) => (await fs.readdir(dir)).filter(f => f.startsWith('go-ci-gates-vendor-consistency-')).sort();
    for (const onRunner of [true, false]) {
      const temp = await fs.mkdtemp(path.join(sandbox.root, 'runner-temp-'));
      const run = await runAction({
        gate: 'vendor-consistency',
        workspace: ws,
        node: bin,
        env: { ...sandbox.env, RUNNER_TEMP: temp, GITHUB_ACTIONS: onRunner ? 'true' : undefined }
      });
      expect(run.outputs.result).toBe('pass');
      const left = await listTemp(temp);
      if (onRunner) {
        expect(left).toEqual([expect.stringMatching(/^go-ci-gates-vendor-consistency-\w+-regenerated-0$/)]);
        expect(await fs.readFile(path.join(temp, left[0], 'vendor', 'modules.txt'), 'utf8')).toBe(
          await fs.readFile(path.join(ws, 'vendor', 'modules.txt'), 'utf8')
        );
      } else {
        expect(left).toEqual([]);
      }
    }
  });

  test('a clean vendored go.work passes (go work vendor in a temp copy)', async () => {
    const ws = await sandbox.workspace(`${FIX}/workspace`);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, node: bin });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/\| <code>.<\/code> \| workspace \| 3 \| consistent \| 0 \| 0 \| 0 \| 0 \|/);
    await unchanged();
  });

  test('a go.work that uses a module outside its directory (use ../lib) regenerates from copies of both', async () => {
    // work/go.work uses ./app and ../lib: the layout the old copy of the go.work directory alone could not regenerate.
    const ws = await sandbox.workspace(`${FIX}/workspace`);
    const work = path.join(ws, 'work');
    await fs.mkdir(work);
    for (const entry of ['go.work', 'app', 'vendor']) await fs.rename(path.join(ws, entry), path.join(work, entry));
    await fs.writeFile(path.join(work, 'go.work'), 'go 1.22\n\nuse (\n\t./app\n\t../lib\n)\n');
    expect(goBuildVendor(path.join(work, 'app'))).toEqual({ ok: true, stderr: '' });
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, node: bin, inputs: { 'working-directory': 'work' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/\| <code>work<\/code> \| workspace \| 3 \| consistent \| 0 \| 0 \| 0 \| 0 \|/);
    expect(existsSync(path.join(work, 'go.work.sum'))).toBe(false);
    await unchanged();
  });

  test('a go.work that uses a module outside the workspace is one clear error, not a copy of it', async () => {
    const ws = await sandbox.workspace(`${FIX}/workspace`);
    const outside = path.join(sandbox.root, `outside-${path.basename(ws)}`);
    await fs.rename(path.join(ws, 'lib'), outside);
    await fs.writeFile(path.join(ws, 'go.work'), `go 1.22\n\nuse (\n\t./app\n\t../${path.basename(outside)}\n)\n`);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, node: bin });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('error');
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`go.work makes go read ../${path.basename(outside)}, outside the workspace`);
    await unchanged();
  });

  test('an edited vendored file fails at its first changed line, with a diff and a patch that fixes it', async () => {
    const ws = await sandbox.workspace(`${FIX}/edited-file`);
    const unchanged = await guardCheckout(ws);
    const patchPath = path.join(sandbox.root, `patch-${path.basename(ws)}.diff`);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, node: bin, inputs: { 'patch-path': patchPath } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'modified-count': '1', 'error-count': '1' });
    const errors = run.annotations.filter(a => a.kind === 'error' && a.props.file);
    expect(errors).toHaveLength(1);
    expect(errors[0].props).toMatchObject({ file: `${ALPHA}/sub/sub.go`, line: '5', title: 'Vendored file edited in example.com/vendorc/alpha@v1.0.0' });
    expect(run.summary).toContain('-func Prefix() string { return "HELLO, " }\n+func Prefix() string { return "hello, " }');
    expect(run.report.findings[0]).toMatchObject({ rule: 'vendor-file-modified', file: `${ALPHA}/sub/sub.go`, line: 5 });
    expect(run.report.data[0].differences).toEqual([{ class: 'modified', path: `${ALPHA}/sub/sub.go`, module: 'example.com/vendorc/alpha@v1.0.0', line: 5 }]);
    await unchanged();
    // The patch turns the committed tree into what go mod vendor produces.
    const patched = spawnSync('patch', ['-p1', '-s'], { cwd: ws, input: await fs.readFile(run.outputs['patch-path']), encoding: 'utf8' });
    expect(patched.status).toBe(0);
    expect(await fs.readFile(path.join(ws, ALPHA, 'sub/sub.go'), 'utf8')).toContain('"hello, "');
  });
});

interface FaultCase {
  name: string;
  fixture: string;
  setup?: (ws: string) => Promise<void>;
  /** Rule ids of the error findings, sorted. */
  rules: string[];
  /** Error annotation locations, sorted. */
  at: string[];
  outputs: Record<string, string>;
  /** Whether `go build -mod=vendor` alone fails on this fault. */
  goBuildCatches: boolean;
}

// The seeded-fault matrix. goBuildCatches records, by running it, which faults the go command notices.
const FAULTS: FaultCase[] = [
  {
    name: 'edited vendored file',
    fixture: 'edited-file',
    rules: ['vendor-file-modified'],
    at: [`${ALPHA}/sub/sub.go:5`],
    outputs: { 'modified-count': '1' },
    goBuildCatches: false
  },
  {
    name: 'extra file committed in vendor/',
    fixture: 'extra-file',
    rules: ['vendor-file-extra'],
    at: [`${ALPHA}/NOTES.md:`],
    outputs: { 'extra-count': '1' },
    goBuildCatches: false
  },
  {
    name: 'missing package directory',
    fixture: 'missing-package',
    rules: ['vendor-file-missing', 'vendor-package-missing'],
    at: ['vendor/modules.txt:1', 'vendor/modules.txt:4'],
    outputs: { 'missing-count': '1' },
    goBuildCatches: true
  },
  {
    name: 'dropped ## explicit',
    fixture: 'dropped-explicit',
    rules: ['modules-txt-modified', 'vendor-inconsistent'],
    at: ['go.mod:10', 'vendor/modules.txt:9'],
    outputs: { 'modified-count': '1', 'inconsistent-count': '1' },
    goBuildCatches: true
  },
  {
    name: 'replace mismatch between go.mod and modules.txt',
    fixture: 'replace-mismatch',
    rules: ['modules-txt-modified', 'vendor-file-modified', 'vendor-inconsistent'],
    at: ['go.mod:12', 'vendor/example.com/vendorc/beta/beta.go:1', 'vendor/modules.txt:5'],
    outputs: { 'modified-count': '2', 'inconsistent-count': '1' },
    goBuildCatches: true
  },
  {
    name: 'symlink in vendor/',
    fixture: 'clean',
    setup: ws => fs.symlink('LICENSE', path.join(ws, ALPHA, 'COPYING')),
    rules: ['vendor-symlink'],
    at: [`${ALPHA}/COPYING:`],
    outputs: { 'symlink-count': '1' },
    goBuildCatches: false
  },
  {
    name: 'untracked new Go file in a vendored package',
    fixture: 'clean',
    setup: ws =>
      fs.writeFile(
        path.join(ws, 'vendor/example.com/vendorc/gamma/extra.go'),
        'package gamma\n\n// Extra was never published.\nfunc Extra() string { return "x" }\n'
      ),
    rules: ['vendor-file-extra'],
    at: ['vendor/example.com/vendorc/gamma/extra.go:'],
    outputs: { 'extra-count': '1' },
    goBuildCatches: false
  }
];

describe('seeded-fault matrix: every fault caught with its class and location', () => {
  test.each(FAULTS)('$name', async c => {
    const ws = await sandbox.workspace(`${FIX}/${c.fixture}`);
    await c.setup?.(ws);
    const unchanged = await guardCheckout(ws);
    const build = goBuildVendor(ws);
    expect(build.ok).toBe(!c.goBuildCatches);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', ...c.outputs });
    expect(
      run.report.findings
        .filter((f: any) => f.severity === 'error')
        .map((f: any) => f.rule)
        .sort()
    ).toEqual(c.rules);
    expect(errorsAt(run).sort()).toEqual(c.at);
    // Where the go command reports an inconsistency, the gate shows the same text, word for word.
    if (/inconsistent vendoring/.test(build.stderr)) {
      const goText = build.stderr.slice(build.stderr.indexOf('go: inconsistent vendoring')).trimEnd().replace(ws, '.');
      expect(run.report.data[0].goError.replace(ws, '.')).toBe(goText);
      expect(run.summary).toContain('example.com/vendorc/');
    }
    await unchanged();
  });
});

describe('options and edge cases', () => {
  test('a module without vendor/ passes with a notice, or fails with require-vendor', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const unchanged = await guardCheckout(ws);
    const pass = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env });
    expect(pass.exitCode).toBe(0);
    expect(pass.outputs['notice-count']).toBe('1');
    expect(pass.annotations.find(a => a.kind === 'notice')?.message).toContain('example.com/clean has no vendor/ directory: nothing to check');
    const fail = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, inputs: { 'require-vendor': true } });
    expect(fail.exitCode).toBe(1);
    expect(fail.annotations.filter(a => a.kind === 'error' && a.props.file === 'go.mod')).toHaveLength(1);
    await unchanged();
  });

  test('regenerate: false runs only the offline pre-check, without the go command touching the network', async () => {
    const ws = await sandbox.workspace(`${FIX}/dropped-explicit`);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: { ...sandbox.env, GOPROXY: 'off' }, inputs: { regenerate: false } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['patch-path']).toBeUndefined();
    expect(run.report.findings.map((f: any) => f.rule)).toEqual(['vendor-inconsistent']);
    expect(run.annotations[0].props).toMatchObject({ file: 'go.mod', line: '10' });
    expect(run.annotations[0].message).toContain(
      'example.com/vendorc/gamma@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt (vendor/modules.txt:8)'
    );
    expect(run.summary).toContain('skipped (regenerate: false)');
    await unchanged();
  });

  test('allow-extra keeps files users vendor on purpose', async () => {
    const ws = await sandbox.workspace(`${FIX}/extra-file`);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, inputs: { 'allow-extra': '**/NOTES.md' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['extra-count']).toBe('0');
    expect(run.summary).toContain('allowed-extra');
  });

  test('integrity lock: computed, then checked offline, catching an edit before regeneration', async () => {
    const clean = await sandbox.workspace(`${FIX}/clean`);
    const first = await runAction({
      gate: 'vendor-consistency',
      workspace: clean,
      env: sandbox.env,
      inputs: { 'integrity-lock': 'vendor.lock', regenerate: false }
    });
    expect(first.exitCode).toBe(1);
    expect(first.report.findings.map((f: any) => f.rule)).toEqual(['integrity-lock-missing']);
    expect(first.outputs['integrity-lock-path']).toMatch(/vendor-consistency-lock\/root\/vendor\.lock$/);
    const lock: string = first.report.data[0].lock.text;
    expect(lock).toMatch(/^example\.com\/vendorc\/alpha v1\.0\.0 h1:[A-Za-z0-9+/]{43}=$/m);
    await fs.writeFile(path.join(clean, 'vendor.lock'), lock);
    const ok = await runAction({
      gate: 'vendor-consistency',
      workspace: clean,
      env: sandbox.env,
      inputs: { 'integrity-lock': 'vendor.lock', regenerate: false }
    });
    expect(ok.exitCode).toBe(0);

    const edited = await sandbox.workspace(`${FIX}/edited-file`);
    await fs.writeFile(path.join(edited, 'vendor.lock'), lock);
    const unchanged = await guardCheckout(edited);
    const run = await runAction({
      gate: 'vendor-consistency',
      workspace: edited,
      env: { ...sandbox.env, GOPROXY: 'off' },
      inputs: { 'integrity-lock': 'vendor.lock', regenerate: false }
    });
    expect(run.exitCode).toBe(1);
    const f = run.report.findings.find((x: any) => x.rule === 'integrity-mismatch');
    expect(f).toMatchObject({ file: 'vendor.lock', line: lock.split('\n').findIndex(l => l.startsWith('example.com/vendorc/alpha ')) + 1 });
    expect(f.message).toContain('The vendored files of example.com/vendorc/alpha@v1.0.0 hash to h1:');
    await unchanged();
  });

  test('modules.txt differing only in "## go" annotations is reported as toolchain skew, not as edits', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const txt = path.join(ws, 'vendor/modules.txt');
    await fs.writeFile(
      txt,
      (await fs.readFile(txt, 'utf8')).replace('## explicit; go 1.20', '## explicit').replace('## explicit; go 1.19', '## explicit; go 1.18')
    );
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['modified-count']).toBe('0');
    const w = run.report.findings.find((x: any) => x.rule === 'toolchain-skew');
    expect(w).toMatchObject({ severity: 'warning', file: 'vendor/modules.txt', line: 2 });
    expect(w.message).toMatch(/differs from what go 1\.\d+\.\d+ writes only in 2 "## go" annotation lines/);
  });

  test('a go line the local toolchain cannot satisfy is one toolchain-skew finding at that line', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const gomod = path.join(ws, 'go.mod');
    await fs.writeFile(gomod, (await fs.readFile(gomod, 'utf8')).replace('go 1.22', 'go 1.99'));
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: { ...sandbox.env, GOTOOLCHAIN: 'local' } });
    expect(run.exitCode).toBe(1);
    expect(run.report.findings).toHaveLength(1);
    expect(run.report.findings[0]).toMatchObject({ rule: 'toolchain-skew', file: 'go.mod', line: 3 });
    expect(run.report.findings[0].message).toMatch(/go\.mod requires go >= 1\.99, but the go command is 1\.\d+\.\d+ and GOTOOLCHAIN=local forbids switching/);
  });

  test('a module vendor/ written by go work vendor is one the go command ignores: vendor-mode-mismatch', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const txt = path.join(ws, 'vendor/modules.txt');
    await fs.writeFile(txt, '## workspace\n' + (await fs.readFile(txt, 'utf8')));
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, inputs: { regenerate: false } });
    expect(run.exitCode).toBe(1);
    expect(run.report.findings.map((f: any) => f.rule)).toEqual(['vendor-mode-mismatch']);
    expect(run.report.findings[0]).toMatchObject({ file: 'vendor/modules.txt', line: 1 });
    // The go command agrees: outside workspace mode it will not use this vendor directory.
    const dirOf = () => goSync(['list', '-f', '{{.Dir}}', 'example.com/vendorc/alpha'], ws, { ...sandbox.env, GOPROXY: 'off', GOFLAGS: '' });
    expect(dirOf().stdout).not.toContain(`${path.sep}vendor${path.sep}`);
    await fs.writeFile(txt, (await fs.readFile(txt, 'utf8')).replace('## workspace\n', ''));
    expect(dirOf().stdout).toContain(path.join(ws, ALPHA));
  });

  test('lines the go command ignores in modules.txt are warnings at their line', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    await fs.appendFile(path.join(ws, 'vendor/modules.txt'), '# example.com/broken\n');
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, inputs: { regenerate: false } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.find(a => a.kind === 'warning')?.props).toMatchObject({ file: 'vendor/modules.txt', line: '11' });
  });
});

describe('bad inputs give one clear error line and change nothing', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['max-diff-lines below zero', { 'max-diff-lines': '-1' }, /Input 'max-diff-lines' has an invalid value "-1": expected a number from 0 to 5000/],
    ['require-vendor not a boolean', { 'require-vendor': 'yes' }, /Input 'require-vendor' has an invalid value "yes": expected true or false/],
    [
      'integrity-lock escaping the module',
      { 'integrity-lock': '../vendor.lock' },
      /Input 'integrity-lock' has an invalid value "..\/vendor.lock": a path relative to the module/
    ],
    ['allow-extra with an empty negation', { 'allow-extra': '!' }, /Input 'allow-extra' has an invalid value "!": not a valid glob/]
  ];
  test.each(cases)('%s', async (_name, inputs, expected) => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: sandbox.env, inputs });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(expected);
    expect(run.outputs.result).toBe('error');
    await unchanged();
  });

  test('go missing from PATH', async () => {
    const ws = await sandbox.workspace(`${FIX}/clean`);
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: { ...sandbox.env, PATH: '/nonexistent' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0].message).toMatch(/The go command was not found/);
  });
});
