import { promises as fs } from 'node:fs';

/** What the gate needs from the workflow run's event. */
export interface RunContext {
  eventName: string;
  sha: string;
  /** Branch of a push (refs/heads/<b>), else ''. */
  branch: string;
  defaultBranch: string;
  repository: string;
  pullRequest?: { number: number; baseSha: string; headSha: string; baseRef: string; fromFork: boolean };
}

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  let event: any = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await fs.readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      event = {};
    }
  }
  const pr = event.pull_request;
  const ref = env.GITHUB_REF ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '',
    defaultBranch: event.repository?.default_branch ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    pullRequest: pr
      ? {
          number: Number(pr.number ?? event.number),
          baseSha: String(pr.base?.sha ?? ''),
          headSha: String(pr.head?.sha ?? ''),
          baseRef: String(pr.base?.ref ?? ''),
          fromFork: !!pr.head?.repo && !!pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name
        }
      : undefined
  };
}
