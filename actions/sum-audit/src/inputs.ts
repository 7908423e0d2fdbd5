import { Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export type UnverifiablePolicy = 'warn' | 'error';

export interface SumAuditInputs extends CommonInputs {
  /** Check go.sum lines against the checksum database. */
  sumdb: boolean;
  /** GOSUMDB to use instead of the go command's (empty: `go env GOSUMDB`). */
  gosumdb: string;
  /** What a line that cannot be checked against the database is: a warning or an error. */
  unverifiable: UnverifiablePolicy;
  /** Find stale and missing lines with `go mod tidy -diff`. */
  tidy: boolean;
  /** Keep the verified tree head in the Actions cache between runs. */
  cache: boolean;
  /** Keep it in this directory instead (self-hosted runners, the CLI). */
  stateDir: string;
  concurrency: number;
  /** Seconds per checksum database request before it is retried. */
  requestTimeout: number;
  /** Attempts per request for 5xx and timeouts. */
  attempts: number;
}

export function parseInputs(source: InputSource): SumAuditInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  return {
    ...parseCommonInputs(inputs),
    sumdb: inputs.boolean('sumdb'),
    gosumdb: inputs.string('gosumdb'),
    unverifiable: inputs.enumeration('unverifiable', ['warn', 'error'] as const),
    tidy: inputs.boolean('tidy'),
    cache: inputs.boolean('cache'),
    stateDir: inputs.string('state-dir'),
    concurrency: inputs.number('concurrency', { min: 1, max: 64, integer: true })!,
    requestTimeout: inputs.number('request-timeout', { min: 1, max: 600 })!,
    attempts: inputs.number('attempts', { min: 1, max: 10, integer: true })!
  };
}
