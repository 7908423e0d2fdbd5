import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { foreignCommands, runnerView } from '../../../test/harness/runner-log.js';
import { cli } from './cli-harness.js';

// `npx go-ci-gates all` as a plain `run:` step: the report quotes the checkout (here a
// go.sum line) and wraps long messages, so checkout text could start a line. In a
// workflow (GITHUB_ACTIONS=true) nothing the CLI prints may act as a workflow command.

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

test('run as a workflow step, a go.sum line that is a workflow command stays text', async () => {
  const ws = await sandbox.workspace('sum-audit/clean');
  const forged = '::add-mask::pwned';
  const sum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
  // A malformed line is quoted in its finding; padding pushes the quote onto a wrapped line of its own.
  await fs.writeFile(path.join(ws, 'go.sum'), `${sum}${'x'.repeat(90)}\n${forged}\n`);
  const r = cli(['sum-audit', '--sumdb=false', '--out', path.join(sandbox.root, 'out'), ws], { ...sandbox.env, GITHUB_ACTIONS: 'true' });
  expect(r.code).toBe(1);
  expect(r.out).toContain('pwned');
  // Every line the CLI printed is shown as text: the one command block is the CLI's own stop-commands pair.
  expect(foreignCommands(r.out + r.err, [forged, 'pwned'])).toEqual([]);
  const { commands } = runnerView(r.out);
  expect(commands.map(c => c.name)).toEqual(['stop-commands', commands[0].data]);
});

test('outside a workflow the output is unchanged', async () => {
  const ws = await sandbox.workspace('sum-audit/clean');
  const r = cli(['sum-audit', '--sumdb=false', '--out', path.join(sandbox.root, 'out2'), ws], { ...sandbox.env, GITHUB_ACTIONS: undefined });
  expect(r.out).not.toContain('::stop-commands::');
});
