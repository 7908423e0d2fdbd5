/**
 * What the Actions runner gives a JavaScript action for the action alone, never for the processes it
 * starts: the runner's credentials for its own services (the cache and artifact services, OIDC tokens).
 * A `run:` step does not see them, and `go test` runs the checkout's code.
 */
export const RUNNER_CREDENTIALS: readonly string[] = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL'
];

/**
 * The environment for a process a gate starts (go, git, tar): the gate's own, less the action's
 * inputs (INPUT_*, the github-token input among them: its default is the job's token) and the
 * runner's credentials. Otherwise a pull request's tests, run by `go test` under coverage-gate,
 * could read the job's token, mint an OIDC token or write the Actions cache, which the same tests
 * in a bare `run: go test` step cannot. What the workflow sets itself (a step's env:) is kept.
 */
export function childProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.toUpperCase().startsWith('INPUT_') || RUNNER_CREDENTIALS.includes(k.toUpperCase())) continue;
    out[k] = v;
  }
  return out;
}
