import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';

// The go command bounds its per-module proxy queries by GOMAXPROCS, so the
// gate's network-bound go calls run with more slots than a 2-core runner has
// (see network-parallelism.ts for the figures). A wrapper go records the
// GOMAXPROCS each call ran with.
let sandbox: GoSandbox;
let goBinary: string;
let log: string;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  const realGo = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim() + '/bin/go';
  log = path.join(sandbox.root, 'go-calls.log');
  goBinary = path.join(sandbox.root, 'go-recording');
  await fs.writeFile(goBinary, `#!/bin/sh\necho "GOMAXPROCS=\${GOMAXPROCS-unset} $*" >> '${log}'\nexec '${realGo}' "$@"\n`, { mode: 0o755 });
});
afterAll(() => sandbox.cleanup());

async function callsWith(env: Record<string, string>): Promise<string[]> {
  await fs.rm(log, { force: true });
  const ws = await sandbox.workspace('mod-verify/clean');
  const run = await runAction({ gate: 'mod-verify', workspace: ws, env: { ...sandbox.env, ...env }, inputs: { 'go-binary': goBinary } });
  expect(run.outputs.result).toBe('pass');
  return (await fs.readFile(log, 'utf8')).split('\n').filter(Boolean);
}

test('the retraction listing and the download ask the proxy with 32 slots', async () => {
  const calls = await callsWith({});
  expect(calls.filter(c => / list -m -e -u -retracted /.test(c))).toEqual([expect.stringMatching(/^GOMAXPROCS=32 /)]);
  expect(calls.filter(c => / mod download/.test(c)).every(c => c.startsWith('GOMAXPROCS=32 '))).toBe(true);
});

test('a GOMAXPROCS the user set is kept', async () => {
  const calls = await callsWith({ GOMAXPROCS: '3' });
  expect(calls.filter(c => / list -m -e -u -retracted /.test(c))).toEqual([expect.stringMatching(/^GOMAXPROCS=3 /)]);
});
