import type { RunContext } from './github-context.js';
import type { GitHubClient } from '@go-ci-gates/core';
import { describeFailure } from './http.js';
import { type Outcome, emptyOutcome, stillWritten } from './outcome.js';
import { severityFor } from './release.js';
import { buildSnapshot } from './snapshot.js';
import type { PublishContext, SbomFile, SubmissionGraph } from './types.js';

/** Submits the dependency graph as one snapshot with a manifest per go.mod. */
export async function submitDependencies(
  graph: SubmissionGraph,
  files: readonly SbomFile[],
  ctx: PublishContext,
  run: RunContext,
  client: () => Promise<GitHubClient>,
  now = new Date()
): Promise<Outcome> {
  const out = emptyOutcome();
  const target = 'dependency submission';
  const fail = (message: string, severity: 'error' | 'warning'): Outcome => {
    out.findings.push({ rule: 'dependency-submission-failed', severity, message: message + stillWritten(files, ctx.workspace) });
    out.rows.push({ target, status: 'failed' });
    return out;
  };
  if (!run.owner || !run.repo) return fail(`${target}: GITHUB_REPOSITORY is not set, so there is no repository to submit to.`, 'error');
  if (!/^[0-9a-f]{40}$/.test(run.sha) || !run.ref.startsWith('refs/')) {
    return fail(
      `${target}: the commit (${JSON.stringify(run.sha)}) or ref (${JSON.stringify(run.ref)}) of this run is missing or malformed; GITHUB_SHA and GITHUB_REF must be set.`,
      'error'
    );
  }
  const { snapshot, findings, packageCount } = buildSnapshot(graph, run, now);
  out.findings.push(...findings);
  try {
    const { data } = await (await client()).request('POST /repos/{owner}/{repo}/dependency-graph/snapshots', { owner: run.owner, repo: run.repo, ...snapshot });
    const manifests = Object.keys(snapshot.manifests).length;
    const link = `${run.serverUrl}/${run.owner}/${run.repo}/network/dependencies`;
    const result = (data as { result?: string }).result ?? 'ACCEPTED';
    ctx.log.info(
      `Submitted snapshot ${String((data as { id?: number }).id ?? '')} (${manifests} manifests, ${packageCount} packages) for ${run.sha} on ${run.ref}: ${result}.`
    );
    out.rows.push({
      target,
      status: `${result.toLowerCase()} (${manifests} manifest${manifests === 1 ? '' : 's'}, ${packageCount} packages, ${run.sha.slice(0, 7)})`,
      link
    });
    return out;
  } catch (err) {
    return fail(describeFailure(`${target} for ${run.owner}/${run.repo}`, err, run, 'contents: write'), severityFor(err, run));
  }
}
