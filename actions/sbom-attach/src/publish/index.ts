/**
 * The publishing half of sbom-attach: the SBOM files already on disk go to a
 * workflow artifact, the release, the Dependency Submission API and an
 * attestation, each optional. A failing target becomes a finding naming it;
 * it never stops the others and never touches the files.
 */
import { uploadWorkflowArtifact } from './artifact.js';
import { attestSbom } from './attestation.js';
import { submitDependencies } from './dependency-submission.js';
import { readRunContext } from './github-context.js';
import { createGitHubClient, type Finding, type GitHubClient } from '@go-ci-gates/core';
import type { Outcome } from './outcome.js';
import { attachToRelease } from './release.js';
import { DEFAULT_HTTP_POLICY, type PublishContext, type PublishInputs, type PublishRow, type SbomFile, type SubmissionGraph } from './types.js';

export { PUBLISH_INPUT_NAMES, parsePublishInputs } from './inputs.js';
export { ATTESTATION_SIZE_LIMIT, PREDICATE_TYPES } from './attestation.js';
export { buildSnapshot, type Snapshot } from './snapshot.js';
export { purlProblem } from './purl-check.js';
export type { HttpPolicy, PublishContext, PublishInputs, PublishRow, SbomFile, SubmissionGraph } from './types.js';

export async function publishSbom(
  files: SbomFile[],
  graph: SubmissionGraph,
  inputs: PublishInputs,
  ctx: PublishContext
): Promise<{ findings: Finding[]; rows: PublishRow[] }> {
  const policy = { ...DEFAULT_HTTP_POLICY, ...ctx.http };
  const run = readRunContext(ctx.env);
  let octokit: Promise<GitHubClient> | undefined;
  const client = (): Promise<GitHubClient> =>
    (octokit ??= createGitHubClient(inputs.githubToken, { apiUrl: run.apiUrl, userAgent: 'go-ci-gates/sbom-attach', policy }));

  const steps: { name: string; enabled: boolean; go: () => Promise<Outcome> }[] = [
    { name: 'workflow artifact', enabled: inputs.uploadArtifact, go: () => uploadWorkflowArtifact(files, inputs, ctx, policy) },
    { name: 'release asset', enabled: inputs.releaseAsset !== 'false', go: () => attachToRelease(files, inputs, ctx, run, client) },
    { name: 'dependency submission', enabled: inputs.dependencySubmission, go: () => submitDependencies(graph, files, ctx, run, client) },
    { name: 'attestation', enabled: inputs.attest, go: () => attestSbom(files, inputs, ctx, run, policy) }
  ];
  const findings: Finding[] = [];
  const rows: PublishRow[] = [];
  // One after another: the artifact and attest libraries read process.env, which withProcessEnv swaps per call.
  for (const step of steps) {
    if (!step.enabled) continue;
    try {
      const outcome = await step.go();
      findings.push(...outcome.findings);
      rows.push(...outcome.rows);
    } catch (err) {
      // A defect in a publisher must not cost the others (or the files).
      findings.push({
        rule: 'publish-failed',
        severity: 'error',
        message: `${step.name} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`
      });
      rows.push({ target: step.name, status: 'failed' });
    }
  }
  // Findings reach the log as annotations through the gate; here only a one-line trail per target.
  for (const r of rows) ctx.log.info(`${r.target}: ${r.status}${r.link ? ` (${r.link})` : ''}`);
  return { findings, rows };
}
