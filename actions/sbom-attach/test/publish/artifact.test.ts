import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseZip } from '@go-ci-gates/core';
import { ArtifactService } from '../../../../test/servers/artifact-service.js';
import { publishSbom } from '../../src/publish/index.js';
import { GRAPH, assertFilesIntact, context, inputs, sbomWorkspace, type Workspace } from './fixtures.js';

let service: ArtifactService;
let ws: Workspace;

beforeEach(async () => {
  service = new ArtifactService();
  await service.start();
  ws = await sbomWorkspace();
});
afterEach(async () => {
  await service.stop();
  await ws.cleanup();
});

const env = (): NodeJS.ProcessEnv => ({ ...service.env(), GITHUB_REPOSITORY: 'octo/hello', GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' });

describe('workflow artifact upload (Actions results service on 127.0.0.1)', () => {
  it('creates, uploads a zip of both files and finalizes with its sha256', async () => {
    const result = await publishSbom(
      ws.files,
      GRAPH,
      inputs({ uploadArtifact: true, artifactName: 'sbom-linux', artifactRetentionDays: 5 }),
      context(ws, env())
    );
    expect(result.findings).toEqual([]);
    const stored = service.finalized('sbom-linux')!;
    expect(stored).toBeDefined();
    expect(result.rows).toEqual([
      {
        target: "workflow artifact 'sbom-linux'",
        status: 'uploaded (hello.cdx.json, hello.spdx.json)',
        link: `https://github.com/octo/hello/actions/runs/77/artifacts/${stored.id}`
      }
    ]);
    expect(stored.mimeType).toBe('application/zip');
    expect(stored.version).toBe(7);
    const days = (Date.parse(stored.expiresAt!) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
    expect(stored.hash).toBe(`sha256:${createHash('sha256').update(stored.blob!).digest('hex')}`);
    const entries = parseZip(stored.blob!);
    expect(entries.map(e => e.name).sort()).toEqual(['hello.cdx.json', 'hello.spdx.json']);
    for (const e of entries) expect(e.read().toString()).toBe(ws.contents.get(ws.files.find(f => f.name === e.name)!.path));
    // Block upload then block list, as the Azure SDK does it.
    expect(service.http.count(/^PUT \/devstoreaccount1\//)).toBe(2);
  });

  it('publishes files under their names even when they sit in different directories', async () => {
    const files = [ws.files[0], { ...ws.files[1], name: 'renamed.spdx.json' }];
    const result = await publishSbom(files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env()));
    expect(result.findings).toEqual([]);
    expect(
      parseZip(service.finalized('sbom')!.blob!)
        .map(e => e.name)
        .sort()
    ).toEqual(['hello.cdx.json', 'renamed.spdx.json']);
  });

  it('a refused runtime token is an error naming the artifact, and the files stay', async () => {
    const result = await publishSbom(
      ws.files,
      GRAPH,
      inputs({ uploadArtifact: true }),
      context(ws, { ...env(), ACTIONS_RUNTIME_TOKEN: service.runtimeToken.replace(/\.[^.]+$/, '.other') })
    );
    expect(result.rows).toEqual([{ target: "workflow artifact 'sbom'", status: 'failed' }]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'artifact-upload-failed', severity: 'error' });
    expect(result.findings[0].message).toBe(
      "workflow artifact 'sbom' upload failed: Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized: invalid runtime token. The runtime token was refused; the step must run inside the job that owns it. The SBOM files are still written at sbom/hello.cdx.json, sbom/hello.spdx.json."
    );
    await assertFilesIntact(ws);
  });

  it('retries a 503 from the service and then succeeds', async () => {
    service.http.inject({ match: /CreateArtifact$/, status: 503, body: JSON.stringify({ code: 'unavailable', msg: 'try later' }), times: 1 });
    const result = await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env(), { deadlineMs: 15_000 }));
    expect(result.findings).toEqual([]);
    expect(service.http.count(/CreateArtifact$/)).toBe(2);
    expect(service.finalized('sbom')).toBeDefined();
  }, 20_000);

  it('a duplicate artifact name (409) says to give each job its own name', async () => {
    await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env()));
    const second = await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env()));
    expect(second.findings[0].message).toContain('(409) Conflict: an artifact with this name already exists on the workflow run');
    expect(second.findings[0].message).toContain("give each job its own 'artifact-name'");
  });

  it('a service that never answers hits the deadline with a clear message', async () => {
    service.http.inject({ match: /CreateArtifact$/, delayMs: 2000, status: 200 });
    const started = Date.now();
    const result = await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env()));
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.findings[0].message).toBe(
      "workflow artifact 'sbom' upload failed: the artifact service gave no answer within 1.2s. The SBOM files are still written at sbom/hello.cdx.json, sbom/hello.spdx.json."
    );
  });

  it('a refused blob upload (403 on the signed URL) names the artifact', async () => {
    service.blobFailure = { status: 403, code: 'AuthenticationFailed', message: 'Signed expiry time has to be after signed start time.' };
    const result = await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, env()));
    expect(result.findings[0].message).toMatch(
      /^workflow artifact 'sbom' upload failed: .*Signed expiry time has to be after signed start time\..* The SBOM files are still written at sbom\/hello\.cdx\.json, sbom\/hello\.spdx\.json\.$/s
    );
    expect(service.finalized('sbom')).toBeUndefined();
  }, 30_000);

  it('outside Actions (no runtime token) it warns and skips instead of failing', async () => {
    const result = await publishSbom(ws.files, GRAPH, inputs({ uploadArtifact: true }), context(ws, { GITHUB_REPOSITORY: 'octo/hello' }));
    expect(result.findings).toEqual([
      {
        rule: 'artifact-upload-failed',
        severity: 'warning',
        message:
          "workflow artifact 'sbom' was not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set, so this is not running as a GitHub Actions step; set 'upload-artifact: false' to skip it. The SBOM files are still written at sbom/hello.cdx.json, sbom/hello.spdx.json."
      }
    ]);
    expect(service.http.count()).toBe(0);
  });
});
