import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { expectInputRefused, plantSentinel, type Sentinel } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: state-dir stays in the workspace or RUNNER_TEMP, and a state directory committed
// with symlinks in it is refused before the gate reads its "saved state" or writes the new one.
let sandbox: GoSandbox;
let sentinel: Sentinel;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = await plantSentinel(path.join(sandbox.root, 'outside'));
});
afterAll(() => sandbox.cleanup());

describe('sum-audit path inputs', () => {
  test.each([
    ['state-dir', 'ABS', async () => undefined, /it must stay inside the workspace .* or RUNNER_TEMP/],
    ['state-dir', '.sumdb', (ws: string) => fs.symlink(sentinel.dir, path.join(ws, '.sumdb')), /\.sumdb is a symlink/],
    [
      'state-dir',
      '.sumdb',
      async (ws: string) => {
        await fs.mkdir(path.join(ws, '.sumdb', 'sum.golang.org'), { recursive: true });
        await fs.symlink(sentinel.file, path.join(ws, '.sumdb', 'sum.golang.org', 'state.json'));
      },
      /it holds a symlink \(sum\.golang\.org\/state\.json\)/
    ],
    ['report-path', 'r.json', (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'r.json')), /r\.json is a symlink/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('%s=%s planted in the checkout is refused', async (input, value, plant, reason) => {
    const ws = await sandbox.workspace('sum-audit/clean');
    await plant(ws);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'sum-audit', workspace: ws, env: sandbox.env, inputs: { sumdb: 'false', [input]: value === 'ABS' ? sentinel.dir : value } });
    await unchanged();
    await sentinel.unchanged();
    expectInputRefused(run, input, reason, sentinel);
  });
});
