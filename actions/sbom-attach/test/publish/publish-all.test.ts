import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ArtifactService } from '../../../../test/servers/artifact-service.js';
import { FakeGitHub } from '../../../../test/servers/github-api.js';
import { publishSbom } from '../../src/publish/index.js';
import { GRAPH, MERGE_SHA, assertFilesIntact, context, inputs, sbomWorkspace, type Workspace } from './fixtures.js';

let gh: FakeGitHub;
let artifacts: ArtifactService;
let ws: Workspace;

beforeEach(async () => {
  gh = new FakeGitHub();
  artifacts = new ArtifactService();
  await Promise.all([gh.start(), artifacts.start()]);
  ws = await sbomWorkspace();
});
afterEach(async () => {
  await Promise.all([gh.stop(), artifacts.stop()]);
  await ws.cleanup();
});

describe('publishSbom with every target on', () => {
  it('one failing target does not stop the others, and every failure names its target', async () => {
    const release = gh.addRelease('v2.0.0', ['hello.spdx.json']);
    gh.http.inject({ match: /^GET .*\/assets$/, status: 500 });
    const env = {
      ...gh.env(),
      ...artifacts.env(),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: await ws.writeEvent({ ref: 'refs/tags/v2.0.0', repository: { visibility: 'public' } }),
      GITHUB_REF: 'refs/tags/v2.0.0',
      GITHUB_SHA: MERGE_SHA
    };
    const result = await publishSbom(
      ws.files,
      GRAPH,
      inputs({ uploadArtifact: true, releaseAsset: 'auto', dependencySubmission: true, attest: true }),
      context(ws, env)
    );
    expect(result.rows.map(r => [r.target, r.status])).toEqual([
      ["workflow artifact 'sbom'", 'uploaded (hello.cdx.json, hello.spdx.json)'],
      ['release v2.0.0', 'failed'],
      ['dependency submission', `success (2 manifests, 5 packages, ${MERGE_SHA.slice(0, 7)})`],
      ['attestation of hello.cdx.json', 'failed']
    ]);
    expect(result.findings.map(f => f.rule)).toEqual(['release-asset-failed', 'attestation-failed']);
    expect(result.findings[0].message).toMatch(/^Listing the assets of release v2.0.0 failed: the service answered 500 after 3 attempts/);
    expect(release.assets.map(a => a.data.toString())).toEqual(['old']);
    expect(artifacts.finalized('sbom')).toBeDefined();
    expect(gh.snapshots).toHaveLength(1);
    expect(result.findings.every(f => f.message.includes('still written at sbom/hello.cdx.json'))).toBe(true);
    await assertFilesIntact(ws);
  });
});
