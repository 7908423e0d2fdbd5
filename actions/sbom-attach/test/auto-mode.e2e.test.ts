// sbom-attach mode: auto (issue 14, defect 3): app for a module with a main
// package, module mode for a library, said in the headline; before it, the
// reusable workflow's default (app) failed every library module.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createGoSandbox, REPO_ROOT, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { runAction } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(async () => sandbox?.cleanup());

async function workspaceWith(...fixtures: string[]): Promise<string> {
  const ws = await sandbox.emptyWorkspace();
  for (const f of fixtures) await fs.cp(path.join(REPO_ROOT, 'test', 'workflows', 'fixtures', f), path.join(ws, f), { recursive: true });
  return ws;
}

describe('sbom-attach mode: auto', () => {
  test('a library gets a module-mode SBOM and passes; app mode on it is still the clear error', async () => {
    const ws = await workspaceWith('lib');
    const inputs = { 'working-directory': 'lib', 'upload-artifact': 'false', 'release-asset': 'false' };
    const auto = await runAction({ gate: 'sbom-attach', workspace: ws, inputs: { ...inputs, mode: 'auto' }, env: sandbox.env });
    expect(auto.report?.error).toBeUndefined();
    expect(auto.outputs.result).toBe('pass');
    expect(auto.report?.headline).toContain('auto: module mode for example.com/selftest/lib (no main package)');
    const app = await runAction({ gate: 'sbom-attach', workspace: ws, inputs, env: sandbox.env });
    expect(app.outputs.result).toBe('error');
  });

  test('a module with a main package gets the app SBOM, one per module, each said', async () => {
    const ws = await workspaceWith('clean', 'lib');
    const run = await runAction({
      gate: 'sbom-attach',
      workspace: ws,
      inputs: { modules: 'clean, lib', mode: 'auto', 'upload-artifact': 'false', 'release-asset': 'false' },
      env: sandbox.env
    });
    expect(run.outputs.result).toBe('pass');
    expect(run.report?.headline).toMatch(/auto: app mode for example\.com\/selftest\/clean; module mode for example\.com\/selftest\/lib \(no main package\)/);
  });
});
