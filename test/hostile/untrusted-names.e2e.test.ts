// A checkout is written by whoever opened the pull request. A directory name
// with line breaks and `::` must not let it run workflow commands through the
// gates' logs (go's working directory, go's stderr, module directories), nor
// show up as live Markdown in the summary.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../harness/go-sandbox.js';
import { renderGfm } from '../harness/markdown-render.js';
import { runAction } from '../harness/run-action.js';
import { foreignCommands, runnerView } from '../harness/runner-log.js';

const HOSTILE_DIR = 'sub\n::add-mask::dep\n::warning title=x::forged';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

/** A workspace whose only module (a main package) lives in a directory with the hostile name. */
async function hostileWorkspace(): Promise<string> {
  const ws = await sandbox.emptyWorkspace();
  await fs.cp(path.join(await sandbox.workspace('modules/clean')), path.join(ws, HOSTILE_DIR), { recursive: true });
  return ws;
}

describe.each([
  ['mod-verify', {}],
  ['readonly-list', { targets: 'linux/amd64' }],
  ['sbom-attach', { 'upload-artifact': 'false' }],
  ['license-policy', {}]
] as const)('%s in a directory named %j', (gate, inputs) => {
  test('runs no workflow command it did not write, and shows the name as text', async () => {
    const ws = await hostileWorkspace();
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate, workspace: ws, env: sandbox.env, inputs });
    await unchanged();
    // go itself refuses some such directories (go list: "invalid package directory"); the gate still runs and reports.
    expect(run.outputs.result).toMatch(/^(pass|fail|error)$/);
    for (const output of [run.stdout, run.stderr]) expect(foreignCommands(output, ['dep', 'forged'])).toEqual([]);
    // The name was logged (go's working directory), line by line as plain text.
    expect(runnerView(run.stdout).shown).toEqual(expect.arrayContaining(['::add-mask::dep', '::warning title=x::forged']));
    // The summary shows no link, image, heading or rule made of it.
    expect(renderGfm(run.summary)).not.toMatch(/<(a|img|h1|hr|blockquote)\b/);
  });
});
