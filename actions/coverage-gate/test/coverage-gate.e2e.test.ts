import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readCoverProfiles, statementTotals } from '../src/coverage/index.js';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';
import { ActionsCacheServer } from '../../../test/servers/actions-cache.js';

let sandbox: GoSandbox;
let ws: string;
let profile: string;
let expected: { covered: number; total: number };

const git = (args: string[], cwd: string) => {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
  ws = await sandbox.workspace('coverage-gate/alpha');
  git(['init', '-q', '-b', 'main'], ws);
  git(['add', '-A'], ws);
  git(['commit', '-qm', 'base'], ws);
  // The head commit adds an untested function: the patch is uncovered.
  await fs.appendFile(path.join(ws, 'calc', 'calc.go'), '\nfunc Later(x int) int {\n\tif x > 0 {\n\t\treturn x\n\t}\n\treturn -x\n}\n');
  git(['commit', '-qam', 'head'], ws);
  const out = path.join(sandbox.root, 'cover.out');
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${out}`, './...'], ws, sandbox.env);
  // The profile lives outside the checkout so the checkout fingerprint is untouched.
  profile = out;
  expected = statementTotals(await readCoverProfiles([out]));
}, 180_000);
afterAll(() => sandbox.cleanup());

describe.each(nodeBinaries())('coverage-gate bundle under $name', ({ bin }) => {
  test('passes at its threshold with exact integer outputs, both denominators, badge', async () => {
    const unchanged = await guardCheckout(ws);
    const badge = path.join(sandbox.root, `badge-${path.basename(bin)}.svg`);
    const run = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: sandbox.env,
      node: bin,
      inputs: { profile, 'threshold-total': '20', baseline: 'none', 'badge-path': badge }
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    // The generated file gen/gen.go (3 statements) is excluded by default.
    expect(Number(run.outputs.statements)).toBe(expected.total - 3);
    expect(run.summary).toContain('## ✅ coverage-gate');
    expect(run.summary).toMatch(/func \(go tool cover -func\)/);
    expect(run.summary).toMatch(/Excluded:.*1 generated file\(s\), 3 statements/);
    expect(await fs.readFile(badge, 'utf8')).toContain(`coverage: ${run.outputs.coverage.replace(/(\.\d)\d$/, '$1')}%`);
    expect(run.report.data.total).toEqual({ covered: Number(run.outputs.covered), total: Number(run.outputs.statements) });
    await unchanged();
  });

  test('fails below the threshold, with the error finding and the failing rule', async () => {
    const run = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: sandbox.env,
      node: bin,
      inputs: { profile, 'threshold-total': '99.5', rules: 'calc/**: 100\nstrs/**: 1', baseline: 'none' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toContain('## ❌ coverage-gate');
    const rules = run.report.findings.map((f: any) => f.rule).sort();
    expect(rules).toEqual(['coverage-rule', 'coverage-total']);
    expect(run.summary).toMatch(/\| <code>strs\/\\\*\\\*<\/code> \| 1 \| .* \| 1% \| pass/);
  });

  test('patch coverage from git diff base...head fails and annotates the uncovered lines', async () => {
    const base = git(['rev-parse', 'HEAD~1'], ws);
    const head = git(['rev-parse', 'HEAD'], ws);
    const run = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: sandbox.env,
      node: bin,
      inputs: { profile, 'threshold-patch': '80', 'patch-min-statements': '1', baseline: 'none', 'base-sha': base, 'head-sha': head }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['patch-coverage']).toBe('0.00');
    const notice = run.annotations.find(a => a.kind === 'notice' && a.props.file === 'calc/calc.go');
    expect(notice?.props).toMatchObject({ line: '58', endLine: '62' });
    expect(run.report.findings.find((f: any) => f.rule === 'patch-coverage').message).toContain('Patch coverage is 0.00% (0/3 changed statements)');
  });
});

describe('baselines', () => {
  test('file baseline: first run warns and saves, a later drop beyond max-drop fails', async () => {
    const file = path.join(sandbox.root, 'baseline.json');
    const first = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: sandbox.env,
      inputs: { profile, baseline: 'file', 'baseline-path': file, 'max-drop': '1' }
    });
    expect(first.exitCode).toBe(0);
    expect(first.report.findings.map((f: any) => f.rule)).toEqual(['baseline-missing']);
    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    // Pretend the baseline was 100% (every file, so the total stays the sum of the files).
    saved.total.covered = saved.total.total;
    for (const counts of Object.values(saved.files) as [number, number][]) counts[0] = counts[1];
    await fs.writeFile(file, JSON.stringify(saved));
    const second = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: sandbox.env,
      eventName: 'pull_request',
      event: { pull_request: { number: 1, base: { sha: '', ref: 'main' }, head: { sha: '' } } },
      inputs: { profile, baseline: 'file', 'baseline-path': file, 'max-drop': '1' }
    });
    expect(second.exitCode).toBe(1);
    expect(second.report.findings.find((f: any) => f.rule === 'coverage-drop').message).toMatch(/^Total coverage dropped by \d+\.\d\d pt \(100\.00% → /);
    expect(second.outputs.delta).toMatch(/^-\d+\.\d\d$/);
  });

  test('Actions cache: a push to main saves, a pull request restores; an unavailable service is a warning', async () => {
    const server = new ActionsCacheServer();
    await server.start();
    try {
      const env = { ...sandbox.env, ACTIONS_RESULTS_URL: `${server.url}/`, ACTIONS_RUNTIME_TOKEN: server.token };
      const push = await runAction({
        gate: 'coverage-gate',
        workspace: ws,
        env: { ...env, GITHUB_SHA: 'a'.repeat(40) },
        event: { repository: { default_branch: 'main' } },
        inputs: { profile }
      });
      expect(push.exitCode).toBe(0);
      expect(server.entries.size).toBe(1);
      const pr = await runAction({
        gate: 'coverage-gate',
        workspace: ws,
        env: { ...env, GITHUB_SHA: 'b'.repeat(40), GITHUB_REF: 'refs/pull/1/merge' },
        eventName: 'pull_request',
        event: { pull_request: { number: 1, base: { ref: 'main' }, head: {} } },
        inputs: { profile, 'max-drop': '0' }
      });
      expect(pr.exitCode).toBe(0);
      expect(pr.outputs.delta).toBe('0.00');
      expect(server.entries.size).toBe(1); // pull requests never write
      server.inject({ match: /CacheService/, status: 503 });
      const down = await runAction({
        gate: 'coverage-gate',
        workspace: ws,
        env: { ...env, GITHUB_SHA: 'c'.repeat(40) },
        eventName: 'pull_request',
        event: { pull_request: { number: 1, base: { ref: 'main' }, head: {} } },
        inputs: { profile }
      });
      expect(down.exitCode).toBe(0);
      expect(down.annotations.some(a => a.kind === 'warning')).toBe(true);
      expect(down.report.findings.map((f: any) => f.rule)).toContain('baseline-missing');
    } finally {
      await server.stop();
    }
  });
});

describe('bad inputs give one clear error line', () => {
  const cases: [string, () => Promise<Record<string, string>>, RegExp][] = [
    [
      'malformed profile line',
      async () => ({ profile: await write('bad.out', 'mode: set\nexample.com/covgate/alpha/calc/calc.go:1.1,2 1 1\n') }),
      /bad\.out:2: line .* doesn't match the coverprofile format/
    ],
    [
      'NumStmt conflict',
      async () => ({
        profile: await write(
          'conflict.out',
          'mode: set\nexample.com/covgate/alpha/calc/calc.go:7.30,8.11 1 1\nexample.com/covgate/alpha/calc/calc.go:7.30,8.11 2 1\n'
        )
      }),
      /conflict\.out:3: inconsistent NumStmt/
    ],
    [
      'no mapped files',
      async () => ({ profile: await write('other.out', 'mode: set\nexample.com/other/x.go:1.1,2.2 1 1\n') }),
      /None of the 1 files in the coverage profile belongs to a discovered module/
    ],
    [
      'unknown denominator',
      async () => ({ profile, denominator: 'lines' }),
      /Input 'denominator' has an invalid value "lines": expected one of: statements, func/
    ],
    [
      'threshold 101',
      async () => ({ profile, 'threshold-total': '101' }),
      /Input 'threshold-total' has an invalid value "101": expected a percentage from 0 to 100/
    ]
  ];
  const write = async (name: string, text: string) => {
    const p = path.join(sandbox.root, name);
    await fs.writeFile(p, text);
    return p;
  };
  test.each(cases)('%s', async (_n, inputs, re) => {
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'coverage-gate', workspace: ws, env: sandbox.env, inputs: { baseline: 'none', ...(await inputs()) } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(re);
    expect(run.outputs.result).toBe('error');
    await unchanged();
  });
});
