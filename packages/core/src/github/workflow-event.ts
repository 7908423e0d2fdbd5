import { readFileSync } from 'node:fs';

/** The pull request a run is about, from the event payload. */
export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  /** The head is a fork: the run's token is read-only. */
  fromFork: boolean;
}

/** What gates read of the workflow run's event, from the runner's environment. */
export interface WorkflowEvent {
  eventName: string;
  /** The raw payload of GITHUB_EVENT_PATH ({} when absent or unreadable). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the webhook payload's shape depends on the event
  payload: any;
  ref: string;
  /** GITHUB_SHA: on pull request events, the merge commit, not the head. */
  sha: string;
  repository: string;
  defaultBranch: string;
  pullRequest?: PullRequestInfo;
}

/**
 * Reads the event from GITHUB_EVENT_PATH and the GITHUB_* variables of `env`
 * (not @actions/github's import-time context, so a caller's env is the one
 * source of truth and tests need no globals).
 */
export function readWorkflowEvent(env: NodeJS.ProcessEnv): WorkflowEvent {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  let payload: any = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) ?? {};
    } catch {
      payload = {};
    }
  }
  const pr = payload.pull_request;
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    defaultBranch: payload.repository?.default_branch ?? '',
    pullRequest: pr
      ? {
          number: Number(pr.number ?? payload.number),
          baseSha: String(pr.base?.sha ?? ''),
          headSha: String(pr.head?.sha ?? ''),
          baseRef: String(pr.base?.ref ?? ''),
          fromFork: Boolean(pr.head?.repo?.fork) || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo)
        }
      : undefined
  };
}
