import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, REPO_ROOT, type GoSandbox } from '../../../test/harness/go-sandbox.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

function cli(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('runs one gate locally with inputs and renders its summary for the terminal', async () => {
  const ws = await sandbox.workspace('modules/clean');
  const r = cli(['mod-verify', '--fail-on=warning', ws], sandbox.env);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('== mod-verify PASS');
  expect(r.out).toContain('Passed: no findings in 1 module (fail-on: warning).');
  expect(r.out).toMatch(/example\.com\/clean\s+\.\s+verified/);
});

test('a gate that cannot run exits 1 and says why', async () => {
  const ws = await sandbox.workspace('modules/clean');
  const r = cli(['mod-verify', '--max-annotations=-3', ws], sandbox.env);
  expect(r.code).toBe(1);
  expect(r.out).toContain(`Could not run: Input 'max-annotations' has an invalid value "-3": expected a number from 0 to 50`);
});

test('unknown gates and inputs are usage errors (exit 2)', () => {
  const badGate = cli(['no-such-gate']);
  expect(badGate.code).toBe(2);
  expect(badGate.err).toMatch(/^go-ci-gates: unknown gate 'no-such-gate'; the gates: .*mod-verify/);
  const badInput = cli(['mod-verify', '--colour=blue', '.']);
  expect(badInput.code).toBe(2);
  expect(badInput.err).toMatch(/mod-verify has no input --colour; its inputs: working-directory/);
  expect(cli(['--help']).out).toContain('Usage: go-ci-gates <gate>');
});

test('the demo (npm start) runs every gate hermetically and leaves the demo module untouched', async () => {
  const unchanged = await guardCheckout(path.join(REPO_ROOT, 'test', 'demo', 'module'));
  // No GOPROXY or cache from the test environment: the demo must bring its own.
  const r = cli(['demo'], { GOPROXY: 'off', GOFLAGS: '-mod=mod' });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('== All gates');
  expect(r.out).toContain('Every gate ran.');
  expect(r.out).toMatch(/mod-verify\s+(pass|fail)/);
  await unchanged();
});
