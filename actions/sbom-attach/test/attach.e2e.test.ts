// The bundled sbom-attach gate attaching its SBOMs, end to end: the workflow
// artifact service, a release and the dependency submission API, each a real
// server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';
import { ArtifactService } from '../../../test/servers/artifact-service.js';
import { FakeGitHub } from '../../../test/servers/github-api.js';

let sandbox: GoSandbox;
let github: FakeGitHub;
let artifacts: ArtifactService;
beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
  github = new FakeGitHub();
  artifacts = new ArtifactService();
  await github.start();
  await artifacts.start();
});
afterAll(async () => {
  await github.stop();
  await artifacts.stop();
  await sandbox.cleanup();
});

describe.each(nodeBinaries())('sbom-attach attaching under $name', ({ bin }) => {
  test('on a release: uploads the artifact, replaces the release assets and submits one manifest per go.mod', async () => {
    const ws = await sandbox.workspace('sbom-attach/vendored');
    const out = path.join(ws, '..', `attach-out-${path.basename(ws)}`);
    const release = github.addRelease(`v1.0.${github.releases.length}`, ['example.com_vendored.cdx.json']);
    const artifactsBefore = artifacts.artifacts.length;
    const snapshotsBefore = github.snapshots.length;
    const unchanged = await guardCheckout(ws);
    const run = await runAction({
      gate: 'sbom-attach',
      workspace: ws,
      inputs: { 'output-dir': out, 'dependency-submission': 'true', 'artifact-name': `sbom-${path.basename(ws)}`, 'github-token': github.token },
      env: { ...sandbox.env, ...github.env(), ...artifacts.env(), SOURCE_DATE_EPOCH: '1700000000', GITHUB_REF: `refs/tags/${release.tag_name}` },
      event: {
        release: {
          id: release.id,
          tag_name: release.tag_name,
          upload_url: `${github.http.url}/uploads/repos/octo/hello/releases/${release.id}/assets{?name,label}`
        }
      },
      eventName: 'release',
      node: bin
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    // The artifact holds both documents.
    expect(artifacts.artifacts.length).toBe(artifactsBefore + 1);
    expect(artifacts.artifacts.at(-1)).toMatchObject({ name: `sbom-${path.basename(ws)}`, finalized: true });
    // The release's same-name asset was replaced, and the SPDX file added.
    expect(release.assets.map(a => a.name).sort()).toEqual(['example.com_vendored.cdx.json', 'example.com_vendored.spdx.json']);
    expect(release.assets.every(a => a.data.toString() !== 'old')).toBe(true);
    // One snapshot, with the module's go.mod as its manifest and its dependencies by PURL.
    expect(github.snapshots.length).toBe(snapshotsBefore + 1);
    const snapshot = github.snapshots.at(-1);
    expect(Object.keys(snapshot.manifests)).toEqual(['go.mod']);
    expect(Object.keys(snapshot.manifests['go.mod'].resolved).sort()).toEqual(
      expect.arrayContaining(['pkg:golang/example.com/sbom/apachelib@v1.2.0', 'pkg:golang/example.com/sbom/mitlib@v1.0.0'])
    );
    expect(run.summary).toContain('### Attached');
    expect(run.summary).toMatch(/workflow artifact/);
    expect(existsSync(run.outputs['cyclonedx-path'])).toBe(true);
    await unchanged();
  });
});

test("a fork's read-only token: dependency submission is a warning, the files are still written", async () => {
  const ws = await sandbox.workspace('sbom-attach/vendored');
  const out = path.join(ws, '..', `attach-fork-${path.basename(ws)}`);
  github.readOnly = true;
  try {
    const run = await runAction({
      gate: 'sbom-attach',
      workspace: ws,
      inputs: { 'output-dir': out, 'upload-artifact': 'false', 'dependency-submission': 'true', 'github-token': github.token },
      env: { ...sandbox.env, ...github.env(), SOURCE_DATE_EPOCH: '1700000000', GITHUB_REF: 'refs/pull/7/merge' },
      event: { pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { fork: true } }, base: { sha: 'b'.repeat(40) } } },
      eventName: 'pull_request'
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['warning-count']).not.toBe('0');
    const warning = run.annotations.find(a => a.kind === 'warning' && /dependency submission/i.test(a.message));
    expect(warning?.message).toMatch(/still written/);
    expect(existsSync(run.outputs['spdx-path'])).toBe(true);
  } finally {
    github.readOnly = false;
  }
});
