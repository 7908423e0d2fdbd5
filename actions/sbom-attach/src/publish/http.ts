import { ServiceCallError } from '@go-ci-gates/core';
import type { RunContext } from './github-context.js';

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
