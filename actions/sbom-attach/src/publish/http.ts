import type * as github from '@actions/github';
import { nonJsonAnswer, type NonJsonAnswer } from '@go-ci-gates/core';
import type { RunContext } from './github-context.js';
import type { HttpPolicy } from './types.js';

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
    readonly notJson?: NonJsonAnswer
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
export async function createGitHubClient(token: string, run: RunContext, policy: HttpPolicy): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: run.apiUrl, userAgent: 'go-ci-gates/sbom-attach' });
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
        const detail = answered ? githubErrorDetail(e.response?.data) || (e.message ?? '') : timedOut ? `no answer within ${formatSeconds(policy.timeoutMs)}` : rootCause(err);
        throw new ServiceCallError(`${options.method} ${String(options.url)}: ${status ?? 'no answer'}: ${detail}`, status, attempt, timedOut, detail);
      }
      const notJson = nonJsonAnswer(response);
      if (notJson) {
        const detail = `${notJson.contentType} instead of JSON: ${notJson.excerpt}`;
        throw new ServiceCallError(`${options.method} ${String(options.url)}: ${response.status}: ${detail}`, response.status, attempt, false, detail, notJson);
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

/**
 * One sentence naming the target, what went wrong and what to do. `permission`
 * is the workflow permission the call needs (e.g. `contents: write`).
 */
export function describeFailure(target: string, err: unknown, run: RunContext, permission: string): string {
  if (!(err instanceof ServiceCallError)) return `${target} failed: ${err instanceof Error ? err.message : String(err)}`;
  const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : '';
  const said = err.detail ? ` (GitHub said: ${err.detail})` : '';
  switch (true) {
    case err.notJson !== undefined:
      return `${target} failed: the service answered ${err.status} with ${err.notJson!.contentType} instead of JSON (it starts ${err.notJson!.excerpt}); check that GITHUB_API_URL (${run.apiUrl}) is GitHub's REST API and that no proxy answers in its place.`;
    case err.timedOut:
      return `${target} failed: the service gave ${err.detail}${tries}.`;
    case err.status === undefined:
      return `${target} failed: could not reach the service${tries}: ${err.detail}.`;
    case err.status === 401:
      return `${target} failed: the token was refused (401)${said}; check the 'github-token' input.`;
    case err.status === 403 && run.fromFork:
      return `${target} failed: 403 Forbidden on a pull request from a fork, where the GITHUB_TOKEN is read-only${said}; run this step on push, or skip it for forks.`;
    case err.status === 403:
      return `${target} failed: 403 Forbidden${said}; give the job 'permissions: ${permission}'.`;
    case err.status === 404:
      return `${target} failed: not found (404)${said}; check the repository and that the token can see it.`;
    case err.status === 422:
      return `${target} failed: the request was rejected as invalid (422)${said}.`;
    default:
      return `${target} failed: the service answered ${err.status}${tries}${said}.`;
  }
}
