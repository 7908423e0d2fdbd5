import { promises as fs } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub } from '../../../../test/servers/github-api.js';
import { checkIdToken } from '../../src/publish/attestation.js';
import { ATTESTATION_SIZE_LIMIT, PREDICATE_TYPES, publishSbom } from '../../src/publish/index.js';
import { GRAPH, assertFilesIntact, context, inputs, sbomWorkspace, type Workspace } from './fixtures.js';

let gh: FakeGitHub;
let ws: Workspace;

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  ws = await sbomWorkspace();
});
afterEach(async () => {
  await gh.stop();
  await ws.cleanup();
});

const STILL = ' The SBOM files are still written at sbom/hello.cdx.json, sbom/hello.spdx.json.';
const POLICY = { attempts: 3, retryBaseMs: 20, timeoutMs: 400, deadlineMs: 1200 };

describe('attestation', () => {
  it('uses the agreed predicate types', () => {
    expect(PREDICATE_TYPES).toEqual({ cyclonedx: 'https://cyclonedx.org/bom', spdx: 'https://spdx.dev/Document/v2.3' });
  });

  it('refuses a file above 16 MiB before any request', async () => {
    await fs.writeFile(ws.files[1].path, `{"pad":"${'x'.repeat(ATTESTATION_SIZE_LIMIT)}"}`);
    ws.contents.set(ws.files[1].path, await fs.readFile(ws.files[1].path, 'utf8'));
    const result = await publishSbom(ws.files, GRAPH, inputs({ attest: true, attestFormat: 'spdx' }), context(ws, { ...gh.env(), ...gh.oidcEnv() }));
    expect(result.findings.map(f => [f.rule, f.severity, f.message])).toEqual([
      [
        'attestation-failed',
        'error',
        `attestation of hello.spdx.json refused: the file is 16777226 bytes (16.00 MiB), above GitHub's limit of 16777216 bytes (16 MiB) for attestation predicates; attest a smaller SBOM (fewer properties, no license texts, one module per file) or set 'attest: false'.${STILL}`
      ]
    ]);
    expect(result.rows).toEqual([{ target: 'attestation of hello.spdx.json', status: 'failed' }]);
    expect(gh.http.count()).toBe(0);
    await assertFilesIntact(ws);
  });

  it('exactly 16 MiB is not refused for size', async () => {
    await fs.writeFile(ws.files[0].path, Buffer.alloc(ATTESTATION_SIZE_LIMIT, 0x20));
    const result = await publishSbom(ws.files, GRAPH, inputs({ attest: true }), context(ws, gh.env()));
    expect(result.findings[0].message).not.toContain('refused');
    expect(result.findings[0].message).toContain('no OIDC token can be requested');
  });

  it('without ACTIONS_ID_TOKEN_REQUEST_URL it asks for id-token: write', async () => {
    const result = await publishSbom(ws.files, GRAPH, inputs({ attest: true }), context(ws, gh.env()));
    expect(result.findings.map(f => f.message)).toEqual([
      `attestation of hello.cdx.json: no OIDC token can be requested (ACTIONS_ID_TOKEN_REQUEST_URL is not set); give the job 'permissions: id-token: write' (on a pull request from a fork no OIDC token is available).${STILL}`
    ]);
  });

  it('a failing token service is retried and reported, and Sigstore is never contacted', async () => {
    gh.http.inject({ match: /^GET \/oidc\/token$/, status: 500, body: '{"message":"oidc down"}' });
    const result = await publishSbom(ws.files, GRAPH, inputs({ attest: true }), context(ws, { ...gh.env(), ...gh.oidcEnv() }));
    expect(result.findings.map(f => f.message)).toEqual([
      `attestation of hello.cdx.json: the OIDC token request failed with 500 ({"message":"oidc down"}) after 3 attempts.${STILL}`
    ]);
    expect(gh.http.count(/oidc/)).toBe(3);
    expect(gh.http.requests[0].query.get('audience')).toBe('sigstore');
  });

  it('a refused token request says which permission to check', async () => {
    const env = { ...gh.env(), ...gh.oidcEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' };
    const result = await publishSbom(ws.files, GRAPH, inputs({ attest: true }), context(ws, env));
    expect(result.findings.map(f => f.message)).toEqual([
      `attestation of hello.cdx.json: the OIDC token request failed with 401 ({"message":"bad request token"}); check the job's 'id-token: write' permission.${STILL}`
    ]);
  });

  it('a token service that never answers times out', async () => {
    gh.http.inject({ match: /oidc/, delayMs: 1000, status: 200 });
    expect(await checkIdToken(gh.oidcEnv(), POLICY)).toBe('the OIDC token service gave no answer within 0.4s after 3 attempts.');
  });

  it('a working token service passes the check (the signing itself needs Sigstore and is not run here)', async () => {
    expect(await checkIdToken(gh.oidcEnv(), POLICY)).toBeUndefined();
  });

  it('asks for the format that was not written', async () => {
    const result = await publishSbom([ws.files[0]], GRAPH, inputs({ attest: true, attestFormat: 'spdx' }), context(ws, gh.env()));
    expect(result.findings[0].message).toBe(
      "attestation: 'attest-format' is spdx but no SPDX file was written; add that format to the SBOM formats or change 'attest-format'. The SBOM file is still written at sbom/hello.cdx.json."
    );
  });
});
