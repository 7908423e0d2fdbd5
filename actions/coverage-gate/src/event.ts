import { readWorkflowEvent, type PullRequestInfo } from '@go-ci-gates/core';

/** What the gate needs from the workflow run's event. */
export interface RunContext {
  eventName: string;
  sha: string;
  /** Branch of a push (refs/heads/<b>), else ''. */
  branch: string;
  defaultBranch: string;
  repository: string;
  pullRequest?: PullRequestInfo;
}

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const e = readWorkflowEvent(env);
  return {
    eventName: e.eventName,
    sha: e.sha,
    branch: e.ref.startsWith('refs/heads/') ? e.ref.slice('refs/heads/'.length) : '',
    defaultBranch: e.defaultBranch,
    repository: e.repository,
    pullRequest: e.pullRequest
  };
}
