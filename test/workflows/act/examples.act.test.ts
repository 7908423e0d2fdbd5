// The documented examples on a go.work repository with no root go.mod (the
// monorepo fixture: a library and two services), under act (issue 14, "the
// README and docs/adopting.md examples work on a go.work repository with no
// root go.mod"): door 1 (docs/examples/gate-steps.yml, as copied), and
// sbom-publish.yml called as docs/examples/release-sbom.yml calls it, on a
// push: publishing (release asset, dependency submission, attestation) needs
// GitHub and Sigstore, so here only generation runs. Before the fix
// gate-steps' `go test ./...` matched nothing and sbom-publish's setup-go
// read a go.mod that is not there.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArtifactService } from '../../servers/artifact-service.js';
import { REPO_ROOT } from '../workflow-files.js';
import { installAct, runAct, warmBuildCache, type ActRun } from './act.js';
import { commitAll, initRepo } from './fixture-repo.js';

const installed = installAct();
if (installed.skipReason) console.warn(`act tests skipped: ${installed.skipReason}`);
const actTest = installed.binary ? test : test.skip;

/** release-sbom.yml's call, on push, without the steps that need GitHub or Sigstore. */
const SBOM_CALLER = `name: sbom
on: push
permissions:
  contents: read
jobs:
  sbom:
    uses: go-ci-gates/go-ci-gates/.github/workflows/sbom-publish.yml@v1
    with:
      release-asset: 'false'
`;

let work: string;
let steps: ActRun;
let sbom: ActRun;
let artifacts: ArtifactService;
beforeAll(async () => {
  if (!installed.binary) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'gcg-act-examples-'));
  const repo = path.join(work, 'repo');
  initRepo(repo);
  cpSync(path.join(REPO_ROOT, 'test', 'workflows', 'act', 'fixtures', 'monorepo'), repo, {
    recursive: true,
    filter: src => !src.includes(`${path.sep}.github`)
  });
  mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
  writeFileSync(path.join(repo, '.github', 'workflows', 'go.yml'), readFileSync(path.join(REPO_ROOT, 'docs', 'examples', 'gate-steps.yml')));
  writeFileSync(path.join(repo, '.github', 'workflows', 'sbom.yml'), SBOM_CALLER);
  const sha = commitAll(repo, 'examples');
  warmBuildCache(repo, ['libs/strutil', 'services/api', 'services/api-gateway']);
  const common = {
    binary: installed.binary,
    repo,
    event: 'push' as const,
    payload: { ref: 'refs/heads/main', after: sha, repository: { default_branch: 'main', full_name: 'example/mono' } }
  };
  steps = await runAct({ ...common, workflow: '.github/workflows/go.yml' });
  // The gate uploads the SBOMs itself (@actions/artifact v6, whose CreateArtifact carries mime_type, a
  // field act v0.2.89's artifact server refuses): the results service stand-in takes the upload instead.
  artifacts = new ArtifactService();
  await artifacts.start();
  sbom = await runAct({ ...common, workflow: '.github/workflows/sbom.yml', cacheService: { url: artifacts.http.url, token: artifacts.runtimeToken } });
}, 900_000);
afterAll(async () => {
  await artifacts?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const stepLine = (log: string, name: string) =>
  new RegExp(`(✅ {2}Success|❌ {2}Failure) - Main ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).exec(log)?.[1];

describe('the documented examples on a go.work repository with no root go.mod, under act', () => {
  actTest('gate steps (door 1): go test covers every module, and coverage-gate judges all three against its 80% minimum', () => {
    expect(stepLine(steps.log, 'go test')).toBe('✅  Success');
    for (const gate of ['mod-verify', 'readonly-list', 'sum-audit'])
      expect(stepLine(steps.log, `go-ci-gates/go-ci-gates/actions/${gate}@v1`)).toBe('✅  Success');
    // The fixture is far below 80%: the gate fails on the numbers, not on a missing profile.
    const coverage = /::set-output:: coverage=([\d.]+)/.exec(steps.log)?.[1];
    expect(Number(coverage)).toBeGreaterThan(0);
    expect(Number(coverage)).toBeLessThan(80);
    expect(steps.log).toMatch(/::set-output:: result=fail/);
    expect(steps.log).not.toContain('does not contain modules listed in go.work');
    console.log(`gate-steps.yml, push: ${steps.seconds.toFixed(1)} s`);
  });

  actTest('sbom-publish.yml with its defaults: Go from the go.work, an SBOM of every module (the library in module mode)', () => {
    if (sbom.status !== 0) throw new Error(`act exit ${sbom.status}; log in ${os.tmpdir()}/gcg-act-failed-sbom.yml-push.log`);
    expect(sbom.log).toMatch(/setup-go stand-in: Go [\d.]+ from .* \(asked for 1\.23\)/);
    expect(sbom.log).toMatch(/::set-output:: go-version-file=go\.work$/m);
    expect(sbom.log).toMatch(/auto: module mode for example\.com\/mono\/libs\/strutil \(no main package\)/);
    expect(sbom.log).toMatch(/::set-output:: result=pass$/m);
    expect(artifacts.artifacts.filter(a => a.finalized).map(a => a.name)).toEqual(['sbom']);
    console.log(`sbom-publish.yml, push: ${sbom.seconds.toFixed(1)} s`);
  });
});
