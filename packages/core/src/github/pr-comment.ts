import { errorMessage } from '../errors.js';
import type { Logger } from '../util/log.js';
import { createGitHubClient, ServiceCallError, type RetryPolicy } from './client.js';

/** A comment is worth a few tries but not a long wait: the verdict does not depend on it. */
export const COMMENT_RETRY_POLICY: RetryPolicy = { attempts: 3, retryBaseMs: 1000, timeoutMs: 30_000 };

/** The hidden marker a gate's comment starts with: `<!-- go-ci-gates:<gate>[:<scope>] -->`. Markers end in ` -->`, so none is a prefix of another. */
export function gateCommentMarker(gate: string, scope = ''): string {
  return scope ? `<!-- go-ci-gates:${gate}:${scope} -->` : `<!-- go-ci-gates:${gate} -->`;
}

/**
 * Creates or updates a gate's own comment on a pull request, found by the
 * hidden marker it starts with (coverage-gate, mod-review). A token that
 * cannot write (fork pull requests get a read-only one) is `skipped`, not a
 * failure; the caller turns `skipped` into a notice.
 */
export async function upsertMarkedComment(opts: {
  token: string;
  apiUrl: string;
  repository: string;
  number: number;
  /** The marker (gateCommentMarker), written as the comment's first line. */
  marker: string;
  body: string;
  log: Logger;
  /** The gate, for the user agent and the messages ("the coverage comment"). */
  gate: string;
  what: string;
}): Promise<{ action: 'created' | 'updated' | 'skipped'; detail: string }> {
  const [owner, repo] = opts.repository.split('/');
  // core's one GitHub client (Octokit is loaded only when a comment is asked for).
  const octokit = await createGitHubClient(opts.token, { apiUrl: opts.apiUrl, userAgent: `go-ci-gates/${opts.gate}`, policy: COMMENT_RETRY_POLICY });
  const body = `${opts.marker}\n${opts.body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: opts.number, per_page: 100 });
    // Ours starts with the marker (the body written below); one that only quotes it is someone else's.
    const own = comments.find(c => c.body?.startsWith(opts.marker));
    if (own) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: own.id, body });
      return { action: 'updated', detail: `Updated the ${opts.what} on #${opts.number}.` };
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
