import { Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';
import { parseRules, type RuleConfig } from './rules.js';

export interface ModReviewInputs extends CommonInputs {
  /** The commit to compare against; '' for the event's own base. */
  baseRef: string;
  rules: RuleConfig;
  /** Module path globs whose new replace directives are allowed. */
  replaceAllow: string[];
  /** Module path globs whose major bumps are allowed. */
  majorAllow: string[];
  /** A pull request label that allows every major bump; '' for none. */
  majorLabel: string;
  maxNewShipped: number;
  retries: number;
  /** Verify new go.sum lines against the checksum database. */
  sumdb: boolean;
  comment: boolean;
  githubToken: string;
  /** Hours a proxy answer (retracted, deprecated) is reused; 0 asks every time. */
  answersMaxAgeHours: number;
  /** Keep those answers and the checksum database state in the Actions cache. */
  cache: boolean;
  /** Keep them in this directory instead ('' for none). */
  stateDir: string;
  /** Workspace-relative path of the shared policy file, '' for none. */
  policyFile: string;
}

export function parseInputs(source: InputSource): ModReviewInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  return {
    ...parseCommonInputs(inputs),
    baseRef: inputs.string('base-ref').trim(),
    rules: parseRules(inputs.raw('rules')),
    replaceAllow: inputs.globs('replace-allow'),
    majorAllow: inputs.globs('major-allow'),
    majorLabel: inputs.string('major-label').trim(),
    maxNewShipped: inputs.number('max-new-shipped', { min: 0, max: 100000, integer: true })!,
    retries: inputs.number('retries', { min: 0, max: 5, integer: true })!,
    sumdb: inputs.boolean('sumdb'),
    comment: inputs.boolean('comment'),
    githubToken: inputs.string('github-token'),
    answersMaxAgeHours: inputs.number('answers-max-age', { min: 0, max: 24 * 30 })!,
    cache: inputs.boolean('cache'),
    stateDir: inputs.string('state-dir'),
    policyFile: inputs.string('policy-file').trim()
  };
}
