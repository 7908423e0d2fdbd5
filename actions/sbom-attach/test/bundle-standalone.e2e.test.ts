import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvName } from '@go-ci-gates/core';
import { createGoSandbox, REPO_ROOT, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { actionInputs } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

/**
 * A workflow runs the action from its repository checkout, where node_modules
 * does not exist: the bundle, its chunks and the vendored schemas must be all
 * it needs (license texts and ids included), wherever the checkout sits.
 */
test('the bundle runs from a copy of the action without node_modules anywhere above it', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'sbom-attach-standalone-'));
  try {
    await fs.cp(path.join(REPO_ROOT, 'dist', 'sbom-attach'), path.join(root, 'dist', 'sbom-attach'), { recursive: true });
    await fs.cp(path.join(REPO_ROOT, 'actions', 'sbom-attach', 'schema'), path.join(root, 'actions', 'sbom-attach', 'schema'), { recursive: true });
    const ws = await sandbox.workspace('sbom-attach/vendored');
    const out = path.join(root, 'out');
    const githubOutput = path.join(root, 'github-output');
    await fs.writeFile(githubOutput, '');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...sandbox.env,
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: root,
      GITHUB_OUTPUT: githubOutput,
      SOURCE_DATE_EPOCH: '1700000000'
    };
    for (const [name, spec] of Object.entries(actionInputs('sbom-attach'))) if (spec.default !== undefined) env[inputEnvName(name)] = spec.default;
    Object.assign(env, { [inputEnvName('output-dir')]: out, [inputEnvName('upload-artifact')]: 'false', [inputEnvName('format')]: 'cyclonedx,spdx' });
    delete env.NODE_PATH;
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'dist', 'sbom-attach', 'index.js')], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', c => (text += c));
      child.on('error', reject);
      child.on('close', c => resolve({ code: c, stdout: text }));
    });
    expect(stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([]);
    expect(code).toBe(0);
    const spdx = JSON.parse(readFileSync(path.join(out, 'example.com_vendored.spdx.json'), 'utf8'));
    expect(spdx.packages.map((p: { licenseConcluded: string }) => p.licenseConcluded)).toEqual(['NOASSERTION', 'Apache-2.0', 'MIT', 'BSD-3-Clause']);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
