import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { expectInputRefused, plantSentinel, type Sentinel } from '../../../test/harness/sentinel.js';

// Issue 19 items 2 and 3: every path input is confined to its roots (workspace, RUNNER_TEMP), written
// never through a symlink planted in the checkout, and refused with one error naming the input.
let sandbox: GoSandbox;
let sentinel: Sentinel;
const PROFILE = 'mode: set\nexample.com/covgate/alpha/calc/calc.go:8.31,9.12 1 1\nexample.com/covgate/alpha/calc/calc.go:9.12,11.3 1 0\n';

beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = await plantSentinel(path.join(sandbox.root, 'outside'));
});
afterAll(() => sandbox.cleanup());

async function run(inputs: Record<string, string>, plant: (ws: string) => Promise<void> = async () => undefined) {
  const ws = await sandbox.workspace('coverage-gate/alpha');
  await fs.writeFile(path.join(ws, 'cover.out'), PROFILE);
  await plant(ws);
  const unchanged = await guardCheckout(ws);
  const r = await runAction({ gate: 'coverage-gate', workspace: ws, env: sandbox.env, inputs: { profile: 'cover.out', baseline: 'none', ...inputs } });
  await unchanged();
  await sentinel.unchanged();
  return { ws, run: r };
}

describe('coverage-gate path inputs', () => {
  test('the plain run passes and writes its badge inside the workspace', async () => {
    const { ws, run: r } = await run({ 'badge-path': 'badges/coverage.svg' });
    expect(r.outputs.result).toBe('pass');
    expect(await fs.readFile(path.join(ws, 'badges/coverage.svg'), 'utf8')).toContain('<svg');
  });

  test.each([
    [
      'report-path through a symlink to a file outside',
      { 'report-path': 'report.json' },
      (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'report.json')),
      /report\.json is a symlink/
    ],
    ['report-path with ..', { 'report-path': '../outside/sentinel-dir/r.json' }, undefined, /it must stay inside the workspace/],
    [
      'badge-path through a symlink to a file outside',
      { 'badge-path': 'badge.svg' },
      (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'badge.svg')),
      /badge\.svg is a symlink/
    ],
    [
      'badge-path through a symlinked directory',
      { 'badge-path': 'out/badge.svg' },
      (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'out')),
      /passes through the symlink out/
    ],
    ['badge-path on an existing directory (no raw EISDIR)', { 'badge-path': 'calc' }, undefined, /it is a directory; a file path is expected/],
    ['badge-path below a file (no raw ENOTDIR)', { 'badge-path': 'go.mod/badge.svg' }, undefined, /go\.mod is not a directory/],
    [
      'baseline-path through a symlink',
      { baseline: 'file', 'baseline-path': 'base.json', 'save-baseline': 'always' },
      (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'base.json')),
      /base\.json is a symlink/
    ],
    ['profile outside the workspace and RUNNER_TEMP', { profile: 'ABS' }, undefined, /it must stay inside the workspace .* or RUNNER_TEMP/],
    [
      'profile glob matching a symlink that leads out',
      { profile: '*.out' },
      (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'evil.out')),
      /"evil\.out": it resolves outside the workspace through a symlink/
    ],
    [
      'covdata-dir through a symlink that leads out',
      { 'covdata-dir': 'covdata' },
      (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'covdata')),
      /resolves outside the workspace through a symlink/
    ]
  ] as [string, Record<string, string>, ((ws: string) => Promise<void>) | undefined, RegExp][])('%s is refused', async (_name, inputs, plant, reason) => {
    const resolved = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v === 'ABS' ? sentinel.file : v]));
    const { run: r } = await run(resolved, plant);
    const input = Object.keys(inputs).find(k => k.endsWith('-path') || k === 'profile' || k === 'covdata-dir')!;
    expectInputRefused(r, input, reason, sentinel);
  });

  test('a profile in RUNNER_TEMP is accepted', async () => {
    const ws = await sandbox.workspace('coverage-gate/alpha');
    const temp = path.join(sandbox.root, 'runner-temp');
    await fs.mkdir(temp, { recursive: true });
    await fs.writeFile(path.join(temp, 'cover.out'), PROFILE);
    const r = await runAction({
      gate: 'coverage-gate',
      workspace: ws,
      env: { ...sandbox.env, RUNNER_TEMP: temp },
      inputs: { profile: path.join(temp, 'cover.out'), baseline: 'none', 'report-path': path.join(temp, 'r.json') }
    });
    expect(r.outputs.result).toBe('pass');
    expect(r.outputs['report-path']).toBe(path.join(temp, 'r.json'));
  });
});
