import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { expectInputRefused, plantSentinel, type Sentinel } from '../../../test/harness/sentinel.js';

// Issue 19 items 2 and 3: report-path is never written through a planted symlink, and the policy
// file (checkout content) is never read through one that leads out of the workspace.
let sandbox: GoSandbox;
let sentinel: Sentinel;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = await plantSentinel(path.join(sandbox.root, 'outside'));
});
afterAll(() => sandbox.cleanup());

describe('mod-verify path inputs', () => {
  test.each([
    ['report-path', 'report.json', (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'report.json')), /report\.json is a symlink; the gate never writes through a symlink/],
    ['report-path', 'reports', (ws: string) => fs.mkdir(path.join(ws, 'reports')), /it is a directory; a file path is expected/],
    ['policy-file', 'policy.yaml', (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'policy.yaml')), /resolves outside the workspace through a symlink/],
    ['policy-file', 'conf/policy.yaml', (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'conf')), /resolves outside the workspace through a symlink/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('%s=%s planted in the checkout is refused', async (input, value, plant, reason) => {
    const ws = await sandbox.workspace('mod-verify/clean');
    await plant(ws);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'mod-verify', workspace: ws, env: sandbox.env, inputs: { [input]: value } });
    await unchanged();
    await sentinel.unchanged();
    expectInputRefused(run, input, reason, sentinel);
  });
});
