import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';
import { expectInputRefused, plantSentinel, type Sentinel } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: the JSON report is never written through a symlink planted in the checkout,
// nor outside the workspace and RUNNER_TEMP.
let sandbox: GoSandbox;
let sentinel: Sentinel;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = await plantSentinel(path.join(sandbox.root, 'outside'));
});
afterAll(() => sandbox.cleanup());

describe('readonly-list report-path', () => {
  test.each([
    ['a symlink to a file outside', 'report.json', (ws: string) => fs.symlink(sentinel.file, path.join(ws, 'report.json')), /report\.json is a symlink/],
    ['a dangling symlink', 'new.json', (ws: string) => fs.symlink(path.join(sentinel.dir, 'new.json'), path.join(ws, 'new.json')), /new\.json is a symlink/],
    ['a symlinked directory', 'out/report.json', (ws: string) => fs.symlink(sentinel.dir, path.join(ws, 'out')), /passes through the symlink out/],
    ['an absolute path outside', 'ABS', async () => undefined, /it must stay inside the workspace/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('through %s is refused', async (_name, value, plant, reason) => {
    const ws = await sandbox.workspace('readonly-list/workspace');
    await plant(ws);
    const run = await runAction({ gate: 'readonly-list', workspace: ws, env: sandbox.env, inputs: { 'report-path': value === 'ABS' ? path.join(sentinel.dir, 'r.json') : value } });
    await sentinel.unchanged();
    expectInputRefused(run, 'report-path', reason, sentinel);
  });
});
