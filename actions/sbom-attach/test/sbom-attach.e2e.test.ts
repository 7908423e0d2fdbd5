import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
});
afterAll(() => sandbox.cleanup());

describe.each(nodeBinaries())('sbom-attach bundle under $name', ({ bin }) => {
  test('writes validated CycloneDX and SPDX files with outputs, summary and report', async () => {
    const ws = await sandbox.workspace('sbom-attach/vendored');
    const out = path.join(ws, '..', `sbom-out-${path.basename(ws)}`);
    const unchanged = await guardCheckout(ws);
    const run = await runAction({
      gate: 'sbom-attach',
      workspace: ws,
      inputs: { 'output-dir': out, 'upload-artifact': 'false' },
      env: { ...sandbox.env, SOURCE_DATE_EPOCH: '1700000000' },
      node: bin
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['cyclonedx-path']).toBe(path.join(out, 'example.com_vendored.cdx.json'));
    expect(run.outputs['spdx-path']).toBe(path.join(out, 'example.com_vendored.spdx.json'));
    expect(run.outputs['component-count']).toBe('4');
    const cdx = JSON.parse(readFileSync(run.outputs['cyclonedx-path'], 'utf8'));
    expect(cdx.components.map((c: { purl: string }) => c.purl)).toEqual([
      'pkg:golang/example.com/sbom/apachelib@v1.2.0',
      'pkg:golang/example.com/sbom/mitlib@v1.0.0',
      'pkg:golang/stdlib@1.26.8'
    ]);
    const spdx = JSON.parse(readFileSync(run.outputs['spdx-path'], 'utf8'));
    expect(spdx.packages.map((p: { licenseConcluded: string }) => p.licenseConcluded)).toEqual(['NOASSERTION', 'Apache-2.0', 'MIT', 'BSD-3-Clause']);
    expect(run.summary).toContain('## ✅ sbom-attach');
    expect(run.summary).toMatch(/\| <code>example.com\/vendored@<!-- -->v0.0.0-00010101000000-000000000000<\/code> \| app \| 2 \| 0 \| yes \| 2 \| 0 \|/);
    // Not a git checkout: one warning, annotated.
    expect(run.annotations.filter(a => a.kind === 'warning').map(a => a.message)).toEqual([
      'example.com/vendored is not in a git checkout, so its version is the zero pseudo-version v0.0.0-00010101000000-000000000000'
    ]);
    expect(run.report.data.submissionGraph.modules[0].components.map((c: { name: string; direct: boolean }) => `${c.name}:${c.direct}`)).toEqual([
      'example.com/sbom/apachelib:false',
      'example.com/sbom/mitlib:true',
      'stdlib:true'
    ]);
    await unchanged();
  });

  test('an unknown format is one clear error line', async () => {
    const ws = await sandbox.workspace('sbom-attach/library');
    const run = await runAction({ gate: 'sbom-attach', workspace: ws, inputs: { format: 'swid' }, env: sandbox.env, node: bin });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toBe(`Input 'format' has an invalid value "swid": expected one or more of: cyclonedx, spdx`);
    expect(run.outputs.result).toBe('error');
  });
});
