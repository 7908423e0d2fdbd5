import { readWorkflowEvent } from '@go-ci-gates/core';

/**
 * What the publishers need to know about the workflow run, read from the
 * runner's environment (not @actions/github's import-time `context`, so a
 * caller's `env` is the single source of truth and tests need no globals).
 */
export interface RunContext {
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the webhook payload's shape depends on the event
  event: any;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge. */
  ref: string;
  /** The commit the snapshot describes: the PR head on pull request events. */
  sha: string;
  runId: string;
  workflow: string;
  job: string;
  /** Set on a fork pull request, where the token is read-only. */
  fromFork: boolean;
}

/** PR events whose GITHUB_SHA is a merge commit rather than the head (pull_request_target runs on the base and is left out). */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_comment', 'pull_request_review', 'pull_request_review_comment'];

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const e = readWorkflowEvent(env);
  const headSha = e.pullRequest?.headSha;
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    owner,
    repo,
    eventName: e.eventName,
    event: e.payload,
    ref: e.ref,
    sha: PULL_REQUEST_EVENTS.includes(e.eventName) && headSha ? headSha : e.sha,
    runId: env.GITHUB_RUN_ID ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    fromFork: e.pullRequest?.fromFork ?? false
  };
}

/** The tag a release upload should target: the release event's tag, or the pushed tag. */
export function releaseTag(run: RunContext): { tag: string; releaseId?: number; uploadUrl?: string } | undefined {
  if (run.eventName === 'release' && run.event?.release?.tag_name) {
    return { tag: run.event.release.tag_name, releaseId: run.event.release.id, uploadUrl: run.event.release.upload_url };
  }
  if (run.ref.startsWith('refs/tags/')) return { tag: run.ref.slice('refs/tags/'.length) };
  return undefined;
}

export function runUrl(run: RunContext): string | undefined {
  return run.runId && run.owner ? `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}` : undefined;
}
