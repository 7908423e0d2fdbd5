import { createGitHubClient, errorMessage, renderBlocks, ServiceCallError, type Block, type Logger, type RetryPolicy } from '@go-ci-gates/core';

/** A comment is worth a few tries but not a long wait: the verdict does not depend on it. */
const COMMENT_RETRY_POLICY: RetryPolicy = { attempts: 3, retryBaseMs: 1000, timeoutMs: 30_000 };

export const COMMENT_MARKER = '<!-- go-ci-gates:coverage-gate -->';

/** The marker of the comment for one scope of modules (see baseline-store.ts); unscoped is the marker above. */
export function commentMarker(scope: string): string {
  return scope ? `<!-- go-ci-gates:coverage-gate:${scope} -->` : COMMENT_MARKER;
}

/**
 * The comment's Markdown: a heading, the errors as a list, then the first
 * summary sections. Error messages name files from the pull request, so
 * everything goes through the summary renderer, which renders text inert.
 */
export function pullRequestCommentBody(heading: string, errors: readonly string[], sections: readonly Block[]): string {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: heading }];
  if (errors.length) blocks.push({ kind: 'list', items: [...errors] });
  return renderBlocks([...blocks, ...sections], 50);
}

/**
 * Creates or updates the gate's own comment on the pull request (found by the
 * hidden marker it starts with; markers end in ` -->`, so no scope's is a
 * prefix of another's). A token that cannot write (fork pull requests get a
 * read-only one) is a notice, not a failure.
 */
export async function upsertPullRequestComment(opts: {
  token: string;
  apiUrl: string;
  repository: string;
  number: number;
  body: string;
  log: Logger;
  /** Modules scope: one comment per scope (the reusable workflow's per-module jobs). */
  scope?: string;
}): Promise<{ action: 'created' | 'updated' | 'skipped'; detail: string }> {
  const [owner, repo] = opts.repository.split('/');
  // core's one GitHub client (Octokit is loaded only when a comment is asked for).
  const octokit = await createGitHubClient(opts.token, { apiUrl: opts.apiUrl, userAgent: 'go-ci-gates/coverage-gate', policy: COMMENT_RETRY_POLICY });
  const marker = commentMarker(opts.scope ?? '');
  const body = `${marker}\n${opts.body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: opts.number, per_page: 100 });
    // Ours starts with the marker (the body written below); one that only quotes it is someone else's.
    const own = comments.find(c => c.body?.startsWith(marker));
    if (own) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: own.id, body });
      return { action: 'updated', detail: `Updated the coverage comment on #${opts.number}.` };
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: opts.number, body });
    return { action: 'created', detail: `Commented on #${opts.number}.` };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 403 || status === 404 || status === 401) {
      return {
        action: 'skipped',
        detail: `The pull request comment was skipped: the token cannot write comments here (HTTP ${status}; fork pull requests get a read-only token).`
      };
    }
    const why =
      err instanceof ServiceCallError && err.notJson
        ? `${err.request ?? 'GitHub'} answered ${err.status} with ${err.notJson.contentType} instead of JSON (it starts ${err.notJson.excerpt}); check that GITHUB_API_URL (${opts.apiUrl}) is GitHub's REST API.`
        : errorMessage(err);
    opts.log.warning(`The pull request comment failed: ${why}`);
    return { action: 'skipped', detail: `The pull request comment failed: ${why}` };
  }
}
