import { afterEach, describe, expect, it } from '@jest/globals';
import { buildSnapshot, purlProblem } from '../../src/publish/index.js';
import { readRunContext } from '../../src/publish/github-context.js';
import { GRAPH, HEAD_SHA, MERGE_SHA, sbomWorkspace, type Workspace } from './fixtures.js';

let ws: Workspace | undefined;
afterEach(async () => ws?.cleanup());

const baseEnv = {
  GITHUB_REPOSITORY: 'octo/hello',
  GITHUB_RUN_ID: '42',
  GITHUB_WORKFLOW: 'ci',
  GITHUB_JOB: 'sbom',
  GITHUB_SHA: MERGE_SHA,
  GITHUB_REF: 'refs/heads/main'
};

describe('buildSnapshot', () => {
  it('writes one manifest per go.mod, packages keyed by PURL with relationship, scope and edges', () => {
    const { snapshot, findings, packageCount } = buildSnapshot(GRAPH, readRunContext(baseEnv), new Date('2025-01-02T03:04:05Z'));
    expect(findings).toEqual([]);
    expect(packageCount).toBe(5);
    expect(snapshot).toEqual({
      version: 0,
      job: { correlator: 'ci_sbom_sbom-attach', id: '42', html_url: 'https://github.com/octo/hello/actions/runs/42' },
      sha: MERGE_SHA,
      ref: 'refs/heads/main',
      detector: { name: 'go-ci-gates sbom-attach', version: '0.1.0', url: 'https://github.com/go-ci-gates/go-ci-gates' },
      scanned: '2025-01-02T03:04:05.000Z',
      manifests: {
        'go.mod': {
          name: 'go.mod',
          file: { source_location: 'go.mod' },
          resolved: {
            'pkg:golang/github.com/Foo/Bar/v2@v2.1.0': {
              package_url: 'pkg:golang/github.com/Foo/Bar/v2@v2.1.0',
              relationship: 'direct',
              scope: 'runtime',
              dependencies: ['pkg:golang/golang.org/x/text@v0.14.0']
            },
            'pkg:golang/golang.org/x/text@v0.14.0': {
              package_url: 'pkg:golang/golang.org/x/text@v0.14.0',
              relationship: 'indirect',
              scope: 'runtime',
              dependencies: []
            },
            'pkg:golang/github.com/stretchr/testify@v1.9.0': {
              package_url: 'pkg:golang/github.com/stretchr/testify@v1.9.0',
              relationship: 'direct',
              scope: 'development',
              dependencies: ['pkg:golang/golang.org/x/text@v0.14.0']
            },
            'pkg:golang/stdlib@1.23.4': { package_url: 'pkg:golang/stdlib@1.23.4', relationship: 'direct', scope: 'runtime', dependencies: [] }
          }
        },
        'tools/go.mod': {
          name: 'tools/go.mod',
          file: { source_location: 'tools/go.mod' },
          resolved: {
            'pkg:golang/example.com/old@v0.0.0-20240101000000-abcdefabcdef+incompatible': {
              package_url: 'pkg:golang/example.com/old@v0.0.0-20240101000000-abcdefabcdef+incompatible',
              relationship: 'direct',
              scope: 'runtime',
              dependencies: []
            }
          }
        }
      }
    });
  });

  it('drops an invalid PURL with a warning naming it, and every edge to it, instead of risking a 422', () => {
    const graph = structuredClone(GRAPH);
    graph.modules[0].components[1].dependsOn.push('pkg:golang/@v1');
    graph.modules[0].components.push({ purl: 'pkg:golang/@v1', name: '', version: 'v1', direct: false, scope: 'runtime', dependsOn: [] });
    graph.modules[0].components.push({ purl: 'not a purl', name: 'weird', version: 'v0.1.0', direct: false, scope: 'runtime', dependsOn: [] });
    const { snapshot, findings } = buildSnapshot(graph, readRunContext(baseEnv), new Date());
    expect(findings.map(f => [f.rule, f.severity, f.file, f.message])).toEqual([
      [
        'dependency-submission-invalid-purl',
        'warning',
        'go.mod',
        '@v1 was left out of the dependency submission: its package URL "pkg:golang/@v1" is invalid (it has no version).'
      ],
      [
        'dependency-submission-invalid-purl',
        'warning',
        'go.mod',
        'weird@v0.1.0 was left out of the dependency submission: its package URL "not a purl" is invalid (missing required "pkg" scheme component).'
      ]
    ]);
    const resolved = snapshot.manifests['go.mod'].resolved;
    expect(Object.keys(resolved)).toHaveLength(4);
    expect(resolved['pkg:golang/github.com/Foo/Bar/v2@v2.1.0'].dependencies).toEqual(['pkg:golang/golang.org/x/text@v0.14.0']);
  });

  it('uses the pull request head SHA on pull_request events, and GITHUB_SHA on pull_request_target', async () => {
    ws = await sbomWorkspace();
    const event = await ws.writeEvent({
      pull_request: { number: 7, head: { sha: HEAD_SHA, repo: { full_name: 'octo/hello' } }, base: { repo: { full_name: 'octo/hello' } } }
    });
    const pr = { ...baseEnv, GITHUB_EVENT_PATH: event, GITHUB_REF: 'refs/pull/7/merge' };
    expect(buildSnapshot(GRAPH, readRunContext({ ...pr, GITHUB_EVENT_NAME: 'pull_request' }), new Date()).snapshot).toMatchObject({
      sha: HEAD_SHA,
      ref: 'refs/pull/7/merge'
    });
    expect(buildSnapshot(GRAPH, readRunContext({ ...pr, GITHUB_EVENT_NAME: 'pull_request_target' }), new Date()).snapshot.sha).toBe(MERGE_SHA);
  });
});

describe('purlProblem', () => {
  it.each([
    ['pkg:golang/github.com/Foo/Bar/v2@v2.1.0', undefined],
    ['pkg:golang/gopkg.in/yaml.v3@v3.0.1', undefined],
    ['pkg:golang/example.com/x', 'it has no version'],
    ['pkg:golang/x%zz@v1', 'unable to decode "name" component'],
    ['pkg:golang/example.com//x@v1.0.0', 'it does not round-trip (packageurl-js prints pkg:golang/example.com/x@v1.0.0)']
  ])('%s', (purl, problem) => expect(purlProblem(purl)).toBe(problem));
});
