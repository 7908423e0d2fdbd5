import type * as github from '@actions/github';
import { nonJsonAnswer, type NonJsonAnswer } from './json-answer.js';

/**
 * The one GitHub REST client every gate uses: Octokit on GITHUB_API_URL with a
 * time limit per request, retries with doubling delays for 5xx, 429 and
 * requests that got no answer, and a refusal of any success answer that is
 * not JSON (a proxy's sign-in page). 4xx other than 429 are the caller's to
 * explain and are never retried.
 */

/** How hard to try: attempts in all (first try included), the first retry delay (it doubles), the per-request limit. */
export interface RetryPolicy {
  attempts: number;
  retryBaseMs: number;
  timeoutMs: number;
}

export type GitHubClient = ReturnType<typeof github.getOctokit>;

/** A failed service call, already classified so the message can say what to do. */
export class ServiceCallError extends Error {
  override name = 'ServiceCallError';
  constructor(
    message: string,
    /** HTTP status, absent when no answer came (timeout, connection refused). */
    readonly status: number | undefined,
    readonly attempts: number,
    readonly timedOut: boolean,
    /** The service's own explanation (GitHub's `message` and `errors`). */
    readonly detail: string,
    /** Set when a success status came with a body that is not JSON: its content type and a short excerpt. */
    readonly notJson?: NonJsonAnswer,
    /** The request, method and full URL, when known (`GET https://…/comments?per_page=100`). */
    readonly request?: string
  ) {
    super(message);
  }
}

export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

export const sleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Octokit on GITHUB_API_URL with a time limit per request and retries (with
 * doubling delays) for 5xx, 429 and requests that got no answer. 4xx other
 * than 429 are the caller's to explain and are never retried. @actions/github
 * (Octokit, undici) is loaded here, on first use: a run that calls no GitHub
 * API does not pay for loading it.
 */
export async function createGitHubClient(token: string, opts: { apiUrl: string; userAgent: string; policy: RetryPolicy }): Promise<GitHubClient> {
  const { policy } = opts;
  const { getOctokit } = await import('@actions/github');
  // Octokit's own retry plugin is off: the policy below is the only one.
  const octokit = getOctokit(token, { baseUrl: opts.apiUrl, userAgent: opts.userAgent, request: { retries: 0 } });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      const signal = AbortSignal.timeout(policy.timeoutMs);
      // before-after-hook calls the wrapped request with the options object it was given, so the
      // per-attempt signal has to be set on that object (a new object passed to request() is ignored).
      options.request = { ...options.request, signal };
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(options);
      } catch (err) {
        const e = err as { status?: number; response?: { data?: unknown }; message?: string; name?: string; cause?: { name?: string } };
        const answered = e.response !== undefined;
        const status = answered ? e.status : undefined;
        const timedOut = !answered && (signal.aborted || e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError');
        if (isRetryableStatus(status) && attempt < policy.attempts) {
          await sleep(policy.retryBaseMs * 2 ** (attempt - 1));
          continue;
        }
        const detail = answered
          ? githubErrorDetail(e.response?.data) || (e.message ?? '')
          : timedOut
            ? `no answer within ${formatSeconds(policy.timeoutMs)}`
            : rootCause(err);
        throw new ServiceCallError(`${options.method} ${String(options.url)}: ${status ?? 'no answer'}: ${detail}`, status, attempt, timedOut, detail);
      }
      const notJson = nonJsonAnswer(response);
      if (notJson) {
        const detail = `${notJson.contentType} instead of JSON: ${notJson.excerpt}`;
        throw new ServiceCallError(
          `${options.method} ${response.url}: ${response.status}: ${detail}`,
          response.status,
          attempt,
          false,
          detail,
          notJson,
          `${options.method} ${response.url}`
        );
      }
      return response;
    }
  });
  return octokit;
}

/** The innermost cause's message: fetch says "fetch failed" and keeps the useful part (ECONNREFUSED ...) in `cause`. */
export function rootCause(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined;
  for (let depth = 0; e?.cause && depth < 5; depth++) e = e.cause as typeof e;
  return e?.message ?? String(err);
}

/** GitHub's error body: `message` plus the `errors` list of a 422. */
export function githubErrorDetail(data: unknown): string {
  if (typeof data === 'string') return data.slice(0, 500);
  if (!data || typeof data !== 'object') return '';
  const d = data as { message?: unknown; errors?: unknown };
  const parts: string[] = [];
  if (typeof d.message === 'string') parts.push(d.message);
  if (Array.isArray(d.errors)) {
    for (const x of d.errors.slice(0, 5)) parts.push(typeof x === 'string' ? x : (x?.message ?? x?.code ?? JSON.stringify(x)));
  }
  return parts.join('; ');
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}
