import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { RunContext } from './github-context.js';
import { formatSeconds, isRetryableStatus, sleep } from '@go-ci-gates/core';
import { type Outcome, emptyOutcome, stillWritten } from './outcome.js';
import { withProcessEnv } from './process-env.js';
import type { HttpPolicy, PublishContext, PublishInputs, SbomFile } from './types.js';

export const PREDICATE_TYPES = { cyclonedx: 'https://cyclonedx.org/bom', spdx: 'https://spdx.dev/Document/v2.3' } as const;

/** GitHub refuses attestation predicates above 16 MiB. */
export const ATTESTATION_SIZE_LIMIT = 16 * 1024 * 1024;

/** Variables @actions/attest and Sigstore read from process.env. */
const ATTEST_ENV = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_REPOSITORY',
  'SIGSTORE_ID_TOKEN'
];

/**
 * Signs the SBOM as an in-toto attestation (Sigstore) and stores it with
 * GitHub. The OIDC token is fetched first by us, so a missing `id-token:
 * write` permission or a failing token service gets a clear message instead of
 * Sigstore's "no tokens available".
 */
export async function attestSbom(
  files: readonly SbomFile[],
  inputs: PublishInputs,
  ctx: PublishContext,
  run: RunContext,
  policy: HttpPolicy
): Promise<Outcome> {
  const out = emptyOutcome();
  const file = files.find(f => f.format === inputs.attestFormat);
  const target = `attestation${file ? ` of ${file.name}` : ''}`;
  const fail = (message: string): Outcome => {
    out.findings.push({ rule: 'attestation-failed', severity: 'error', message: message + stillWritten(files, ctx.workspace) });
    out.rows.push({ target, status: 'failed' });
    return out;
  };
  if (!file)
    return fail(
      `${target}: 'attest-format' is ${inputs.attestFormat} but no ${inputs.attestFormat === 'spdx' ? 'SPDX' : 'CycloneDX'} file was written; add that format to the SBOM formats or change 'attest-format'.`
    );
  const size = (await fs.stat(file.path)).size;
  if (size > ATTESTATION_SIZE_LIMIT) {
    return fail(
      `${target} refused: the file is ${size} bytes (${(size / 1024 / 1024).toFixed(2)} MiB), above GitHub's limit of ${ATTESTATION_SIZE_LIMIT} bytes (16 MiB) for attestation predicates; attest a smaller SBOM (fewer properties, no license texts, one module per file) or set 'attest: false'.`
    );
  }
  const tokenProblem = await checkIdToken(ctx.env, policy);
  if (tokenProblem) return fail(`${target}: ${tokenProblem}`);

  const bytes = await fs.readFile(file.path);
  let predicate: object;
  try {
    predicate = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    return fail(`${target}: ${file.name} is not valid JSON (${(err as Error).message}).`);
  }
  const subjects = ctx.attestSubjects ?? [{ name: file.name, digest: { sha256: createHash('sha256').update(bytes).digest('hex') } }];
  // Public repositories sign with the public-good Sigstore instance; private ones with GitHub's.
  const sigstore = run.event?.repository?.visibility === 'public' ? 'public-good' : 'github';
  try {
    // Loaded only to sign: Sigstore and its dependencies are a large part of the bundle.
    const { attest } = await import('@actions/attest');
    const result = await withProcessEnv(ctx.env, ATTEST_ENV, () =>
      attest({ subjects, predicateType: PREDICATE_TYPES[inputs.attestFormat], predicate, token: inputs.githubToken, sigstore })
    );
    const link = result.attestationID ? `${run.serverUrl}/${run.owner}/${run.repo}/attestations/${result.attestationID}` : undefined;
    out.rows.push({ target, status: `signed (${sigstore}${result.tlogID ? `, log index ${result.tlogID}` : ''})`, ...(link ? { link } : {}) });
    return out;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const hint = /403|Resource not accessible/i.test(message) ? " Give the job 'permissions: attestations: write' (and 'id-token: write')." : '';
    return fail(`${target} failed: ${message}.${hint}`);
  }
}

/**
 * Asks the Actions OIDC service for a token (audience sigstore) the way
 * Sigstore will, with the same retries and time limit as the other calls.
 * Returns what is wrong, or undefined when a token came back.
 */
export async function checkIdToken(env: NodeJS.ProcessEnv, policy: HttpPolicy): Promise<string | undefined> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!requestUrl || !requestToken) {
    return "no OIDC token can be requested (ACTIONS_ID_TOKEN_REQUEST_URL is not set); give the job 'permissions: id-token: write' (on a pull request from a fork no OIDC token is available).";
  }
  const url = new URL(requestUrl);
  url.searchParams.append('audience', 'sigstore');
  let last = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let status: number | undefined;
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` },
        signal: AbortSignal.timeout(policy.timeoutMs)
      });
      status = res.status;
      const body = await res.text();
      if (res.ok) {
        try {
          if (typeof JSON.parse(body).value === 'string') return undefined;
        } catch {
          /* reported below */
        }
        return `the OIDC token service answered without a token (${body.slice(0, 200)}).`;
      }
      last = `the OIDC token request failed with ${status}${body ? ` (${body.slice(0, 200)})` : ''}`;
      if (status === 401 || status === 403) return `${last}; check the job's 'id-token: write' permission.`;
    } catch (err) {
      const e = err as Error;
      last =
        e.name === 'TimeoutError'
          ? `the OIDC token service gave no answer within ${formatSeconds(policy.timeoutMs)}`
          : `the OIDC token service could not be reached: ${(e.cause as Error)?.message ?? e.message}`;
    }
    if (!isRetryableStatus(status) || attempt === policy.attempts) return `${last}${attempt > 1 ? ` after ${attempt} attempts` : ''}.`;
    await sleep(policy.retryBaseMs * 2 ** (attempt - 1));
  }
  return `${last}.`;
}
