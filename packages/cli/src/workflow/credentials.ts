import { UserFacingError } from '@go-ci-gates/core';
import { envValue, escapeData, StepIo } from './step-io.js';

/** What git rewrites, and to what: every https://github.com/ URL gets the token as its credentials. */
export const GITHUB_URL = 'https://github.com/';

/**
 * The "Credentials for private modules" step of every job that runs the go
 * command (one implementation for all of them). With GO_PRIVATE_TOKEN (the
 * workflow's go-private-token secret) set, git, and so the go command, which
 * fetches the private modules GOPRIVATE names with git, reaches
 * https://github.com/ as `x-access-token:<token>` for the rest of the job:
 *
 *   url."https://x-access-token:<token>@github.com/".insteadOf "https://github.com/"
 *
 * It is the same git setting the workflow always made, but set through the
 * job's environment (GITHUB_ENV: GIT_CONFIG_COUNT, GIT_CONFIG_KEY_<n>,
 * GIT_CONFIG_VALUE_<n>, which git reads as `-c` settings) instead of
 * `git config --global`: nothing is written to the runner's ~/.gitconfig, so
 * on a self-hosted runner the token does not outlive the job, and settings
 * already in GIT_CONFIG_COUNT are kept. Without a token it does nothing.
 * Returns the variables to export (empty when there is no token).
 */
export function credentialVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const token = envValue(env, 'GO_PRIVATE_TOKEN');
  if (!token) return {};
  const existing = envValue(env, 'GIT_CONFIG_COUNT');
  if (existing && !/^\d+$/.test(existing))
    throw new UserFacingError(
      `GIT_CONFIG_COUNT is '${existing}', not a count: git would refuse every command, so the private-module credentials cannot be added to it.`
    );
  const n = existing ? Number(existing) : 0;
  // Percent-encoded so a token can never end the user part of the URL early (GitHub's tokens need no encoding).
  return {
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: `url.https://x-access-token:${encodeURIComponent(token)}@github.com/.insteadOf`,
    [`GIT_CONFIG_VALUE_${n}`]: GITHUB_URL
  };
}

export function credentialsCommand(env: NodeJS.ProcessEnv): number {
  const token = envValue(env, 'GO_PRIVATE_TOKEN');
  const variables = credentialVariables(env);
  if (!token) {
    console.log('No go-private-token: git reaches github.com without credentials.');
    return 0;
  }
  if (!env.GITHUB_ENV) throw new UserFacingError('GITHUB_ENV is not set: the credentials step runs only inside a GitHub Actions job.');
  // A secret is masked already; the encoded form may differ from it, so both are.
  for (const secret of new Set([token, encodeURIComponent(token)])) console.log(`::add-mask::${escapeData(secret)}`);
  new StepIo(env).exportVariables(variables);
  console.log(`git uses the go-private-token for ${GITHUB_URL} for the rest of this job (GIT_CONFIG_KEY_${Number(variables.GIT_CONFIG_COUNT) - 1}).`);
  return 0;
}
