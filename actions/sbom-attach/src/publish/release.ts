import { promises as fs } from 'node:fs';
import { type RunContext, releaseTag } from './github-context.js';
import { ServiceCallError, type GitHubClient } from '@go-ci-gates/core';
import { describeFailure } from './http.js';
import { type Outcome, emptyOutcome, stillWritten } from './outcome.js';
import type { PublishContext, PublishInputs, SbomFile } from './types.js';

const PERMISSION = 'contents: write';

/**
 * Attaches each SBOM file to the release of this run (a release event, or the
 * release of a pushed tag), replacing an asset of the same name.
 */
export async function attachToRelease(
  files: readonly SbomFile[],
  inputs: PublishInputs,
  ctx: PublishContext,
  run: RunContext,
  client: () => Promise<GitHubClient>
): Promise<Outcome> {
  const out = emptyOutcome();
  if (inputs.releaseAsset === 'false') return out;
  const required = inputs.releaseAsset === 'true';
  const tag = releaseTag(run);
  const problem = (message: string, severity: 'error' | 'warning', target = 'release asset'): Outcome => {
    out.findings.push({ rule: 'release-asset-failed', severity, message: message + stillWritten(files, ctx.workspace) });
    out.rows.push({ target, status: severity === 'error' ? 'failed' : 'skipped' });
    return out;
  };
  if (!tag) {
    if (!required) return out;
    return problem(
      `release asset: 'release-asset' is true but this run (${run.eventName || 'unknown event'} on ${run.ref || 'no ref'}) is neither a release event nor a tag push, so there is no release to attach to.`,
      'error'
    );
  }
  const target = `release ${tag.tag}`;
  if (!inputs.githubToken) return problem(`${target}: no 'github-token' is set, so the SBOM cannot be attached.`, 'error', target);

  const octokit = await client();
  const repo = { owner: run.owner, repo: run.repo };
  let releaseId = tag.releaseId;
  let uploadUrl = tag.uploadUrl;
  let htmlUrl: string | undefined = run.event?.release?.html_url;
  if (releaseId === undefined || uploadUrl === undefined) {
    try {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...repo, tag: tag.tag });
      releaseId = data.id;
      uploadUrl = data.upload_url;
      htmlUrl = data.html_url;
    } catch (err) {
      if (err instanceof ServiceCallError && err.status === 404) {
        return problem(
          `${target}: no release exists for tag ${tag.tag} yet; create the release before this step runs, or run the workflow on the release event.`,
          required ? 'error' : 'warning',
          target
        );
      }
      return problem(describeFailure(`Finding ${target}`, err, run, PERMISSION), severityFor(err, run), target);
    }
  }

  let existing: { id: number; name: string }[];
  try {
    existing = await octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...repo, release_id: releaseId!, per_page: 100 });
  } catch (err) {
    return problem(describeFailure(`Listing the assets of ${target}`, err, run, PERMISSION), severityFor(err, run), target);
  }

  for (const file of files) {
    const assetTarget = `${target}: ${file.name}`;
    try {
      for (const old of existing.filter(a => a.name === file.name)) {
        await octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: old.id });
        ctx.log.info(`Deleted the previous ${file.name} asset (id ${old.id}) of ${target}.`);
      }
      const data = await fs.readFile(file.path);
      const { data: asset } = await octokit.request({
        method: 'POST',
        url: uploadUrl!,
        name: file.name,
        data,
        headers: { 'content-type': 'application/json', 'content-length': data.length }
      });
      out.rows.push({
        target: assetTarget,
        status: existing.some(a => a.name === file.name) ? 'replaced' : 'uploaded',
        link: asset.browser_download_url ?? htmlUrl
      });
    } catch (err) {
      out.findings.push({
        rule: 'release-asset-failed',
        severity: severityFor(err, run),
        message: describeFailure(`Uploading ${file.name} to ${target}`, err, run, PERMISSION) + stillWritten([file], ctx.workspace)
      });
      out.rows.push({ target: assetTarget, status: 'failed' });
    }
  }
  return out;
}

/** A fork's read-only token is expected, not a defect of the workflow: a warning. */
export function severityFor(err: unknown, run: RunContext): 'error' | 'warning' {
  return err instanceof ServiceCallError && err.status === 403 && run.fromFork ? 'warning' : 'error';
}
