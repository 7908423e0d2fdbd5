import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeGitHub } from '../../../../test/servers/github-api.js';
import { publishSbom } from '../../src/publish/index.js';
import { GRAPH, HEAD_SHA, MERGE_SHA, assertFilesIntact, context, inputs, sbomWorkspace, type Workspace } from './fixtures.js';

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

async function tagPushEnv(tag = 'v1.2.3'): Promise<NodeJS.ProcessEnv> {
  return {
    ...gh.env(),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: await ws.writeEvent({ ref: `refs/tags/${tag}` }),
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_SHA: MERGE_SHA
  };
}

describe('release asset (GitHub REST on 127.0.0.1)', () => {
  it('on a release event, replaces the same-name asset and adds the other', async () => {
    const release = gh.addRelease('v1.2.3', ['hello.cdx.json', 'checksums.txt']);
    const env = {
      ...gh.env(),
      GITHUB_EVENT_NAME: 'release',
      GITHUB_EVENT_PATH: await ws.writeEvent({ action: 'published', release: gh.releasePayload(release) }),
      GITHUB_REF: 'refs/tags/v1.2.3'
    };
    const result = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, env));
    expect(result.findings).toEqual([]);
    expect(result.rows).toEqual([
      { target: 'release v1.2.3: hello.cdx.json', status: 'replaced', link: 'https://github.com/octo/hello/releases/download/v1.2.3/hello.cdx.json' },
      { target: 'release v1.2.3: hello.spdx.json', status: 'uploaded', link: 'https://github.com/octo/hello/releases/download/v1.2.3/hello.spdx.json' }
    ]);
    expect(release.assets.map(a => [a.name, a.data.toString()])).toEqual([
      ['checksums.txt', 'old'],
      ['hello.cdx.json', ws.contents.get(ws.files[0].path)],
      ['hello.spdx.json', ws.contents.get(ws.files[1].path)]
    ]);
    // The event carried the release: no lookup by tag.
    expect(gh.http.count(/releases\/tags\//)).toBe(0);
  });

  it('on a tag push, finds the release by tag and follows asset-list pagination', async () => {
    gh.pageSize = 2;
    const release = gh.addRelease('v1.2.3', ['a.txt', 'b.txt', 'c.txt', 'hello.spdx.json']);
    const result = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(result.findings).toEqual([]);
    expect(result.rows.map(r => r.status)).toEqual(['uploaded', 'replaced']);
    expect(release.assets.map(a => a.name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'hello.cdx.json', 'hello.spdx.json']);
    expect(gh.http.count(/^GET .*\/assets$/)).toBe(2);
  });

  it('auto does nothing on a branch push; true there is an error', async () => {
    const env = { ...gh.env(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE_SHA };
    expect(await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, env))).toEqual({ findings: [], rows: [] });
    const forced = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'true' }), context(ws, env));
    expect(forced.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'error',
        `release asset: 'release-asset' is true but this run (push on refs/heads/main) is neither a release event nor a tag push, so there is no release to attach to.${STILL}`
      ]
    ]);
    expect(gh.http.count()).toBe(0);
  });

  it('a tag without a release is a warning under auto', async () => {
    const result = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv('v9.9.9')));
    expect(result.findings.map(f => [f.rule, f.severity, f.message])).toEqual([
      [
        'release-asset-failed',
        'warning',
        `release v9.9.9: no release exists for tag v9.9.9 yet; create the release before this step runs, or run the workflow on the release event.${STILL}`
      ]
    ]);
  });

  it('401 names the release and the token input', async () => {
    gh.addRelease('v1.2.3');
    const result = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto', githubToken: 'wrong' }), context(ws, await tagPushEnv()));
    expect(result.findings.map(f => f.message)).toEqual([
      `Finding release v1.2.3 failed: the token was refused (401) (GitHub said: Bad credentials); check the 'github-token' input.${STILL}`
    ]);
    await assertFilesIntact(ws);
  });

  it('403 asks for contents: write', async () => {
    gh.addRelease('v1.2.3');
    gh.readOnly = true;
    const result = await publishSbom(ws.files, GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(result.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'error',
        "Uploading hello.cdx.json to release v1.2.3 failed: 403 Forbidden (GitHub said: Resource not accessible by integration); give the job 'permissions: contents: write'. The SBOM file is still written at sbom/hello.cdx.json."
      ],
      [
        'error',
        "Uploading hello.spdx.json to release v1.2.3 failed: 403 Forbidden (GitHub said: Resource not accessible by integration); give the job 'permissions: contents: write'. The SBOM file is still written at sbom/hello.spdx.json."
      ]
    ]);
  });

  it('retries 502 on the upload and succeeds; persistent 500 is reported with the attempt count', async () => {
    const release = gh.addRelease('v1.2.3');
    gh.http.inject({ match: /^POST \/uploads\/.*hello\.cdx|^POST \/uploads\//, status: 502, times: 2 });
    const ok = await publishSbom([ws.files[0]], GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(ok.findings).toEqual([]);
    expect(release.assets.map(a => a.name)).toEqual(['hello.cdx.json']);
    expect(gh.http.count(/^POST \/uploads\//)).toBe(3);

    gh.http.inject({ match: /^GET .*\/releases\/tags\//, status: 500 });
    const bad = await publishSbom([ws.files[0]], GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(bad.findings.map(f => f.message)).toEqual([
      'Finding release v1.2.3 failed: the service answered 500 after 3 attempts (GitHub said: injected 500). The SBOM file is still written at sbom/hello.cdx.json.'
    ]);
  });

  it('a 200 whose body is not JSON (a proxy page) says so, not a 404 of a later call', async () => {
    gh.addRelease('v1.2.3');
    gh.http.inject({
      match: /^GET .*\/releases\/tags\//,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<html><body>Sign in to the corporate proxy</body></html>'
    });
    const result = await publishSbom([ws.files[0]], GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(result.findings.map(f => f.message)).toEqual([
      `Finding release v1.2.3 failed: the service answered 200 with text/html; charset=utf-8 instead of JSON (it starts "<html><body>Sign in to the corporate proxy</body></html>"); check that GITHUB_API_URL (${gh.http.url}) is GitHub's REST API and that no proxy answers in its place. The SBOM file is still written at sbom/hello.cdx.json.`
    ]);
    expect(gh.http.count(/\/assets/)).toBe(0);
  });

  it('a request that gets no answer times out, is retried, then reported', async () => {
    gh.addRelease('v1.2.3');
    gh.http.inject({ match: /releases\/tags\//, delayMs: 1000, status: 200 });
    const result = await publishSbom([ws.files[0]], GRAPH, inputs({ releaseAsset: 'auto' }), context(ws, await tagPushEnv()));
    expect(result.findings.map(f => f.message)).toEqual([
      'Finding release v1.2.3 failed: the service gave no answer within 0.4s after 3 attempts. The SBOM file is still written at sbom/hello.cdx.json.'
    ]);
    expect(gh.http.count(/releases\/tags\//)).toBe(3);
  });
});

describe('dependency submission (GitHub REST on 127.0.0.1)', () => {
  it('submits one snapshot that GitHub accepts, with the PR head SHA on a pull request', async () => {
    const env = {
      ...gh.env(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: await ws.writeEvent({
        pull_request: { head: { sha: HEAD_SHA, repo: { full_name: 'octo/hello', fork: false } }, base: { repo: { full_name: 'octo/hello' } } }
      }),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SHA: MERGE_SHA
    };
    const result = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings).toEqual([]);
    expect(result.rows).toEqual([
      {
        target: 'dependency submission',
        status: `success (2 manifests, 5 packages, ${HEAD_SHA.slice(0, 7)})`,
        link: 'https://github.com/octo/hello/network/dependencies'
      }
    ]);
    expect(gh.snapshots).toHaveLength(1);
    const snap = gh.snapshots[0];
    expect(snap).toMatchObject({ sha: HEAD_SHA, ref: 'refs/pull/7/merge', job: { correlator: 'release_sbom_sbom-attach', id: '987654' } });
    expect(Object.keys(snap.manifests)).toEqual(['go.mod', 'tools/go.mod']);
    expect(snap.manifests['go.mod'].resolved['pkg:golang/github.com/stretchr/testify@v1.9.0']).toMatchObject({ relationship: 'direct', scope: 'development' });
  });

  it('a bad PURL costs that package only: the snapshot is accepted and a warning names it', async () => {
    const graph = structuredClone(GRAPH);
    graph.modules[1].components.push({ purl: 'pkg:golang/x%zz@v1', name: 'x%zz', version: 'v1', direct: true, scope: 'runtime', dependsOn: [] });
    const env = { ...gh.env(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE_SHA };
    const result = await publishSbom(ws.files, graph, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings.map(f => [f.rule, f.severity, f.file])).toEqual([['dependency-submission-invalid-purl', 'warning', 'tools/go.mod']]);
    expect(gh.snapshots).toHaveLength(1);
  });

  it("a 422 is reported with GitHub's explanation", async () => {
    gh.http.inject({ match: /snapshots$/, status: 422, body: JSON.stringify({ message: 'Invalid request.\n\nInvalid property /ref' }) });
    const env = { ...gh.env(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE_SHA };
    const result = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings.map(f => f.message)).toEqual([
      `dependency submission for octo/hello failed: the request was rejected as invalid (422) (GitHub said: Invalid request.\n\nInvalid property /ref).${STILL}`
    ]);
    expect(gh.http.count(/snapshots$/)).toBe(1);
  });

  it('403 on a fork pull request is a warning that explains the read-only token', async () => {
    gh.readOnly = true;
    const env = {
      ...gh.env(),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: await ws.writeEvent({
        pull_request: { head: { sha: HEAD_SHA, repo: { full_name: 'someone/hello', fork: true } }, base: { repo: { full_name: 'octo/hello' } } }
      }),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SHA: MERGE_SHA
    };
    const result = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'warning',
        `dependency submission for octo/hello failed: 403 Forbidden on a pull request from a fork, where the GITHUB_TOKEN is read-only (GitHub said: Resource not accessible by integration); run this step on push, or skip it for forks.${STILL}`
      ]
    ]);
  });

  it('persistent 503 is retried then reported; a missing SHA is refused before any request', async () => {
    gh.http.inject({ match: /snapshots$/, status: 503 });
    const env = { ...gh.env(), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE_SHA };
    const result = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings.map(f => f.message)).toEqual([
      `dependency submission for octo/hello failed: the service answered 503 after 3 attempts (GitHub said: injected 503).${STILL}`
    ]);
    expect(gh.http.count(/snapshots$/)).toBe(3);

    const noSha = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, { ...env, GITHUB_SHA: '' }));
    expect(noSha.findings[0].message).toMatch(/^dependency submission: the commit \(""\) or ref \("refs\/heads\/main"\) of this run is missing or malformed/);
    expect(gh.http.count(/snapshots$/)).toBe(3);
  });

  it('connection refused is reported as unreachable', async () => {
    const closed = new FakeGitHub();
    const closedUrl = await closed.start();
    await closed.stop();
    const env = { ...gh.env(), GITHUB_API_URL: closedUrl, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE_SHA };
    const result = await publishSbom(ws.files, GRAPH, inputs({ dependencySubmission: true }), context(ws, env));
    expect(result.findings[0].message).toMatch(/^dependency submission for octo\/hello failed: could not reach the service after 3 attempts: .*ECONNREFUSED/);
  });
});
