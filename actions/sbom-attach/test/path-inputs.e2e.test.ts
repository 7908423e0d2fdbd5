import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { expectInputRefused, plantSentinel, type Sentinel } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: SBOM files are never written through a symlink planted in the checkout, and
// binaries are never read from outside the workspace and RUNNER_TEMP.
let sandbox: GoSandbox;
let sentinel: Sentinel;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = await plantSentinel(path.join(sandbox.root, 'outside'));
});
afterAll(() => sandbox.cleanup());

describe('sbom-attach path inputs', () => {
  test.each([
    ['output-dir', 'sbom', {}, (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'sbom')), /sbom is a symlink/],
    ['output-dir', 'out/sbom', {}, (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'out')), /passes through the symlink out/],
    ['output-dir', 'go.mod', {}, async () => undefined, /it is not a directory/],
    ['binaries', 'app', { mode: 'binary' }, (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'app')), /resolves outside the workspace through a symlink/],
    ['binaries', 'ABS', { mode: 'binary' }, async () => undefined, /it must stay inside the workspace/]
  ] as [string, string, Record<string, string>, (ws: string) => Promise<void>, RegExp][])('%s=%s planted in the checkout is refused', async (input, value, extra, plant, reason) => {
    const ws = await sandbox.workspace('sbom-attach/vendored');
    await plant(ws);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({
      gate: 'sbom-attach',
      workspace: ws,
      inputs: { 'upload-artifact': 'false', ...extra, [input]: value === 'ABS' ? sentinel.file : value },
      env: { ...sandbox.env, SOURCE_DATE_EPOCH: '1700000000' }
    });
    await unchanged();
    await sentinel.unchanged();
    expectInputRefused(run, input, reason, sentinel);
  });
});
