import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction, type ActionRun } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sandbox.env.RUNNER_TEMP = sandbox.root;
});
afterAll(() => sandbox.cleanup());

/** Error annotations of findings (not the closing verdict line), each message's first line (the fix follows on the next). */
const errors = (run: ActionRun) =>
  run.annotations.filter(a => a.kind === 'error' && !a.message.startsWith('license-policy: ')).map(a => ({ ...a, message: a.message.split('\n')[0] }));
const verdicts = (run: ActionRun) =>
  Object.fromEntries((run.report.data.modules as { path: string; verdict: string; license: string }[]).map(m => [m.path, `${m.license}: ${m.verdict}`]));

async function gate(
  fixture: string,
  inputs: Record<string, string>,
  extra: { event?: unknown; eventName?: string; prepare?: (ws: string) => Promise<void> } = {}
) {
  const ws = await sandbox.workspace(fixture);
  await extra.prepare?.(ws);
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'license-policy', workspace: ws, inputs, env: sandbox.env, event: extra.event, eventName: extra.eventName });
  await unchanged();
  return { ws, run };
}

describe('license-policy bundle', () => {
  test('allow: the shipped set is judged (test-only and main module left out), each finding at its go.mod line with the fix', async () => {
    const { run } = await gate('license-policy/app', { allow: 'MIT, Apache-2.0, BSD-3-Clause' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(verdicts(run)).toEqual({
      'example.com/sbom/apachelib': 'Apache-2.0: allowed',
      'example.com/sbom/bsdlib/v2': 'BSD-3-Clause: allowed',
      'example.com/sbom/custom': 'NOASSERTION: unknown',
      'example.com/sbom/dual': 'Apache-2.0 AND MIT: allowed',
      'example.com/sbom/mitlib': 'MIT: allowed'
    });
    expect(JSON.parse(run.outputs['license-counts'])).toEqual({ 'Apache-2.0': 1, 'Apache-2.0 AND MIT': 1, 'BSD-3-Clause': 1, MIT: 1, NOASSERTION: 1 });
    expect(run.outputs['unknown-count']).toBe('1');
    expect(run.outputs['denied-count']).toBe('0');
    const [unknown] = errors(run);
    expect(errors(run)).toHaveLength(1);
    expect(unknown.props.file).toBe('go.mod');
    expect(unknown.props.line).toBe('7');
    expect(unknown.message).toContain('example.com/sbom/custom@v1.0.0 has no recognised license (NOASSERTION): LICENSE: no SPDX license recognised (coverage');
    expect(run.report.findings[0].fix.description).toMatch(
      /^Drop the dependency, or add this exception to a policy-file under exceptions: - \{ module: "example.com\/sbom\/custom", version: "v1.0.0", license: allow, reason: "TODO: why its license is acceptable", expires: "\d{4}-\d{2}-\d{2}" \}$/
    );
  });

  test('deny: an indirect module points at the direct requirement that pulls it in, with the chain', async () => {
    const { run } = await gate('license-policy/app', { deny: 'Apache-2.0', unknown: 'allow' });
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['denied-count']).toBe('2');
    const msgs = errors(run).map(a => `${a.props.line}: ${a.message}`);
    expect(msgs).toHaveLength(2);
    expect(msgs.find(m => m.includes('apachelib'))).toMatch(
      /^9: example\.com\/sbom\/apachelib@v1\.2\.0 is licensed Apache-2\.0, which the policy denies \(Apache-2\.0\); found LICENSE: Apache-2\.0 \(coverage 100%\)\. It is pulled in by example\.com\/sbom\/mitlib: example\.com\/licapp → example\.com\/sbom\/mitlib → example\.com\/sbom\/apachelib\.$/
    );
    // A AND B fails when either side is denied.
    expect(msgs.find(m => m.includes('dual'))).toMatch(/^8: example\.com\/sbom\/dual@v1\.0\.0 is licensed Apache-2\.0 AND MIT, which the policy denies/);
  });

  test('OR and AND: an exception assumes an expression, judged as SPDX means it', async () => {
    const { run } = await gate(
      'license-policy/app',
      { allow: 'MIT, BSD-3-Clause', 'policy-file': 'licenses.yaml' },
      {
        prepare: ws =>
          fs.writeFile(
            path.join(ws, 'licenses.yaml'),
            [
              'deny: [GPL-3.0-only]',
              'exceptions:',
              '  - module: example.com/sbom/custom',
              '    license: MIT OR GPL-3.0-only',
              '    reason: dual-licensed by its author (README)',
              '  - module: example.com/sbom/apachelib',
              '    version: ">=v1.0.0 <v2.0.0"',
              '    license: MIT AND GPL-2.0',
              '    reason: checked by legal',
              "# the shared policy file: mod-verify's and mod-review's keys are passed over",
              'pinned: {example.com/sbom/mitlib: v1.0.0}',
              'replace-allow: [example.com/internal/*]',
              'review: {max-new-shipped: 3}',
              ''
            ].join('\n')
          )
      }
    );
    expect(verdicts(run)).toEqual({
      'example.com/sbom/apachelib': 'MIT AND GPL-2.0-only: not-allowed',
      'example.com/sbom/bsdlib/v2': 'BSD-3-Clause: allowed',
      'example.com/sbom/custom': 'MIT OR GPL-3.0-only: allowed',
      'example.com/sbom/dual': 'Apache-2.0 AND MIT: not-allowed',
      'example.com/sbom/mitlib': 'MIT: allowed'
    });
    expect(errors(run).map(a => a.message.split(',')[0])).toEqual([
      'example.com/sbom/dual@v1.0.0 is licensed Apache-2.0 AND MIT',
      'example.com/sbom/apachelib@v1.2.0 is licensed MIT AND GPL-2.0-only (assumed by the exception at licenses.yaml:6; detected Apache-2.0)'
    ]);
  });

  test('exceptions with and without expiry: an expired one is a finding at its line and no longer applies; an unused one is a notice', async () => {
    const { run } = await gate(
      'license-policy/app',
      { 'policy-file': 'licenses.yaml' },
      {
        prepare: ws =>
          fs.writeFile(
            path.join(ws, 'licenses.yaml'),
            [
              'exceptions:',
              '  - module: example.com/sbom/custom',
              '    license: allow',
              '    reason: bespoke license reviewed by legal (LEGAL-7)',
              '    expires: 2024-01-31',
              '  - module: example.com/sbom/*',
              '    version: v1.0.0',
              '    license: allow',
              '    reason: internal modules',
              '  - module: example.com/gone/*',
              '    license: allow',
              '    reason: removed long ago',
              ''
            ].join('\n')
          )
      }
    );
    expect(run.outputs.result).toBe('fail');
    expect(errors(run).map(a => `${a.props.file}:${a.props.line} ${a.message}`)).toEqual([
      'licenses.yaml:2 The exception for example.com/sbom/custom expired on 2024-01-31 (reason: bespoke license reviewed by legal (LEGAL-7)), so it no longer applies; renew it or drop the dependency.',
      'go.mod:7 example.com/sbom/custom@v1.0.0 has no recognised license (NOASSERTION): LICENSE: no SPDX license recognised (coverage 0%).'
    ]);
    // The expired exception is not replaced by a later one that matches too: the first match decides.
    expect(verdicts(run)['example.com/sbom/custom']).toBe('NOASSERTION: unknown');
    const unknownFinding = run.report.findings.find((f: { rule: string }) => f.rule === 'license-unknown');
    expect(unknownFinding.severity).toBe('error');
    expect(verdicts(run)['example.com/sbom/dual']).toBe('Apache-2.0 AND MIT: excepted');
    expect(run.annotations.filter(a => a.kind === 'notice').map(a => `${a.props.line} ${a.message}`)).toEqual([
      '10 The exception for example.com/gone/* matches no module that ships; remove it so it cannot hide a later dependency.'
    ]);
  });

  test('unknown: warn makes the unknown license a warning and the gate passes', async () => {
    const { run } = await gate('license-policy/app', { unknown: 'warn' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.annotations.filter(a => a.kind === 'warning').map(a => a.message.split(':')[0])).toEqual([
      'example.com/sbom/custom@v1.0.0 has no recognised license (NOASSERTION)'
    ]);
  });

  test('test-dependencies: include judges test-only modules too; notices and CSV files are written', async () => {
    const { ws, run } = await gate('license-policy/app', {
      'test-dependencies': 'include',
      unknown: 'allow',
      'notices-path': 'out/NOTICES.txt',
      'report-csv': 'out/licenses.csv'
    });
    expect(run.outputs.result).toBe('pass');
    expect(verdicts(run)['example.com/sbom/testonly']).toBe('MIT: allowed');
    const notices = readFileSync(path.join(ws, 'out/NOTICES.txt'), 'utf8');
    expect(notices).toContain('example.com/sbom/dual v1.0.0\nLicense: Apache-2.0 AND MIT\n\n--- LICENSE-APACHE ---\nApache License');
    expect(notices).toContain('--- LICENSE-MIT ---\nMIT License');
    const csv = readFileSync(path.join(ws, 'out/licenses.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('module,version,license,detected,verdict,direct,new,files');
    expect(csv).toContain('"example.com/sbom/apachelib","v1.2.0","Apache-2.0","Apache-2.0","allowed","false","","LICENSE"');
    expect(run.outputs['report-csv']).toBe(path.join(ws, 'out/licenses.csv'));
    await fs.rm(path.join(ws, 'out'), { recursive: true });
  });

  test('new-only on a pull_request event: only what the PR adds fails; the existing debt is a notice', async () => {
    const event = { pull_request: { number: 7, base: { sha: '', ref: 'main' }, head: { sha: 'f'.repeat(40) } } };
    const git = (ws: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: ws, encoding: 'utf8' }).trim();
    const { run } = await gate(
      'license-policy/app',
      { 'new-only': 'true', allow: 'MIT, BSD-3-Clause' },
      {
        eventName: 'pull_request',
        event,
        prepare: async ws => {
          // The base: the app without dual (custom and apachelib are the debt it already had).
          const goMod = await fs.readFile(path.join(ws, 'go.mod'), 'utf8');
          const goSum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
          await fs.writeFile(path.join(ws, 'go.mod'), goMod.replace(/\texample\.com\/sbom\/dual v1\.0\.0\n/, ''));
          await fs.writeFile(path.join(ws, 'go.sum'), goSum.replace(/^example\.com\/sbom\/dual .*\n/gm, ''));
          git(ws, 'init', '-q');
          git(ws, 'add', '-A');
          git(ws, 'commit', '-qm', 'base');
          event.pull_request.base.sha = git(ws, 'rev-parse', 'HEAD');
          await fs.writeFile(path.join(ws, 'go.mod'), goMod);
          await fs.writeFile(path.join(ws, 'go.sum'), goSum);
        }
      }
    );
    expect(run.outputs.result).toBe('fail');
    expect(errors(run).map(a => a.message)).toEqual([
      expect.stringMatching(/^example\.com\/sbom\/dual@v1\.0\.0 is licensed Apache-2\.0 AND MIT, .* New in this pull request\.$/)
    ]);
    expect(run.outputs['new-count']).toBe('1');
    const notices = run.annotations.filter(a => a.kind === 'notice').map(a => a.message.split('\n')[0]);
    expect(
      notices.some(m => m.startsWith('example.com/sbom/custom@v1.0.0 has no recognised license') && m.endsWith('Not new in this pull request (new-only).'))
    ).toBe(true);
  });

  test('new-only: a version bump whose license changed is new too; the base version is read from the proxy', async () => {
    const event = { pull_request: { number: 8, base: { sha: '', ref: 'main' }, head: { sha: 'e'.repeat(40) } } };
    const { run } = await gate(
      'license-policy/relicensed',
      { 'new-only': 'true', allow: 'MIT' },
      {
        eventName: 'pull_request',
        event,
        prepare: async ws => {
          const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
              cwd: ws,
              encoding: 'utf8'
            }).trim();
          // The base required relicensed v1.0.0 (MIT); the pull request bumps it to v1.1.0 (Apache-2.0).
          const goMod = await fs.readFile(path.join(ws, 'go.mod'), 'utf8');
          const goSum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
          await fs.writeFile(path.join(ws, 'go.mod'), goMod.replace('relicensed v1.1.0', 'relicensed v1.0.0'));
          await fs.writeFile(path.join(ws, 'go.sum'), goSum.replace(/relicensed v1\.1\.0/g, 'relicensed v1.0.0'));
          git('init', '-q');
          git('add', '-A');
          git('commit', '-qm', 'base');
          event.pull_request.base.sha = git('rev-parse', 'HEAD');
          await fs.writeFile(path.join(ws, 'go.mod'), goMod);
          await fs.writeFile(path.join(ws, 'go.sum'), goSum);
        }
      }
    );
    expect(errors(run).map(a => a.message)).toEqual([
      expect.stringMatching(
        /^example\.com\/lic\/relicensed@v1\.1\.0 is licensed Apache-2\.0, .* New in this pull request: the base's version was licensed MIT\.$/
      )
    ]);
    expect(run.outputs['new-count']).toBe('1');
    // apachelib was already there: a notice under new-only.
    expect(run.report.findings.find((f: { message: string }) => f.message.startsWith('example.com/sbom/apachelib')).severity).toBe('notice');
  });

  test('new-only with the base commit missing from the checkout (depth 1): every module counts as new, with a warning', async () => {
    const { run } = await gate(
      'license-policy/app',
      { 'new-only': 'true', unknown: 'warn' },
      {
        eventName: 'pull_request',
        event: { pull_request: { number: 3, base: { sha: '0123456789abcdef0123456789abcdef01234567', ref: 'main' }, head: { sha: 'f'.repeat(40) } } },
        prepare: async ws => {
          execFileSync('git', ['init', '-q'], { cwd: ws });
        }
      }
    );
    expect(run.outputs['new-count']).toBe('5');
    const warnings = run.annotations.filter(a => a.kind === 'warning').map(a => a.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^example\.com\/licapp: The base commit 0123456789ab cannot be read \(is not in the checkout \(a shallow clone\) and could not be fetched from origin: ".*"\), so every module counts as new in this pull request; use actions\/checkout with fetch-depth: 0\.$/
      )
    );
  });

  test('new-only in a depth-1 clone (actions/checkout default): the base commit is fetched by its SHA, and no ref of the clone changes', async () => {
    const event = { pull_request: { number: 9, base: { sha: '', ref: 'main' }, head: { sha: 'e'.repeat(40) } } };
    const gitIn = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
    const { ws, run } = await gate(
      'license-policy/relicensed',
      { 'new-only': 'true', allow: 'MIT' },
      {
        eventName: 'pull_request',
        event,
        prepare: async ws => {
          // The remote: the base (relicensed v1.0.0, MIT) and the pull request's commit (v1.1.0, Apache-2.0).
          const remote = `${ws}-remote`;
          await fs.cp(ws, remote, { recursive: true });
          const goMod = await fs.readFile(path.join(ws, 'go.mod'), 'utf8');
          const goSum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
          await fs.writeFile(path.join(remote, 'go.mod'), goMod.replace('relicensed v1.1.0', 'relicensed v1.0.0'));
          await fs.writeFile(path.join(remote, 'go.sum'), goSum.replace(/relicensed v1\.1\.0/g, 'relicensed v1.0.0'));
          gitIn(remote, 'init', '-q', '-b', 'main');
          gitIn(remote, 'add', '-A');
          gitIn(remote, 'commit', '-qm', 'base');
          event.pull_request.base.sha = gitIn(remote, 'rev-parse', 'HEAD');
          await fs.writeFile(path.join(remote, 'go.mod'), goMod);
          await fs.writeFile(path.join(remote, 'go.sum'), goSum);
          gitIn(remote, 'commit', '-qam', 'bump relicensed');
          // The checkout: a depth-1 clone of the pull request's commit, which holds no base.
          await fs.rm(ws, { recursive: true });
          gitIn(path.dirname(ws), 'clone', '-q', '--depth', '1', `file://${remote}`, ws);
          expect(() => gitIn(ws, 'cat-file', '-e', `${event.pull_request.base.sha}^{commit}`)).toThrow();
        }
      }
    );
    expect(errors(run).map(a => a.message)).toEqual([
      expect.stringMatching(
        /^example\.com\/lic\/relicensed@v1\.1\.0 is licensed Apache-2\.0, .* New in this pull request: the base's version was licensed MIT\.$/
      )
    ]);
    expect(run.annotations.filter(a => a.kind === 'warning')).toEqual([]);
    // The fetch left no ref behind: only the clone's own branch and origin's.
    expect(gitIn(ws, 'for-each-ref', '--format=%(refname)').split('\n').sort()).toEqual([
      'refs/heads/main',
      'refs/remotes/origin/HEAD',
      'refs/remotes/origin/main'
    ]);
  });

  test('new-only on a push (no pull request base, no base-ref): every module is judged, and a notice says so', async () => {
    const { run } = await gate('license-policy/app', { 'new-only': 'true' }, { eventName: 'push' });
    expect(run.outputs.result).toBe('fail');
    expect(errors(run).map(a => a.message.split(' ')[0])).toEqual(['example.com/sbom/custom@v1.0.0']);
    expect(run.annotations.filter(a => a.kind === 'notice').map(a => a.message)).toEqual([
      'new-only is set, but this push has no pull request base and base-ref is empty: every module is judged.'
    ]);
  });

  test('a go.work: each module of the workspace is judged on its own set', async () => {
    const { run } = await gate('license-policy/work', {});
    expect(run.outputs.result).toBe('fail');
    const mods = run.report.data.modules as { mainModule: string; path: string; verdict: string }[];
    expect(mods.map(m => `${m.mainModule} ${m.path} ${m.verdict}`).sort()).toEqual([
      'example.com/licwork/svc-a example.com/sbom/apachelib allowed',
      'example.com/licwork/svc-a example.com/sbom/mitlib allowed',
      'example.com/licwork/svc-b example.com/sbom/custom unknown'
    ]);
    expect(errors(run).map(a => `${a.props.file}:${a.props.line}`)).toEqual(['svc-b/go.mod:5']);
  });
});
