import picomatch from 'picomatch';
import { ConfigurationError, Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { parseRules, type RuleConfig } from './rules.js';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export interface ModVerifyInputs extends CommonInputs {
  /** Run `go mod download` before verifying, so every module the build needs is in the cache. */
  download: boolean;
  /** Severity per rule id. */
  rules: RuleConfig;
  /** Module path globs whose replacements are allowed (exempt from replace-directive and replace-local). */
  replaceAllow: string[];
  toolchainPattern?: RegExp;
  goVersionPattern?: RegExp;
  /** Workspace-relative path of the dependency policy file, '' for none. */
  policyFile: string;
  /** Network retries for go mod tidy -diff and go list -u. */
  retries: number;
  /** Hours a proxy answer is reused; 0: always ask, keep nothing. */
  answersMaxAgeHours: number;
  /** Keep the answers in the Actions cache. */
  cache: boolean;
  /** Keep the answers in this directory instead ('' for none). */
  stateDir: string;
}

export function parseInputs(source: InputSource): ModVerifyInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  const replaceAllow = inputs.list('replace-allow');
  for (const g of replaceAllow) {
    try {
      picomatch.makeRe(g);
    } catch (err) {
      throw new ConfigurationError('replace-allow', g, `not a valid glob (${(err as Error).message})`);
    }
  }
  return {
    ...parseCommonInputs(inputs),
    download: inputs.boolean('download'),
    rules: parseRules(inputs.raw('rules')),
    replaceAllow,
    toolchainPattern: regex(inputs, 'toolchain-pattern'),
    goVersionPattern: regex(inputs, 'go-version-pattern'),
    policyFile: inputs.string('policy-file'),
    retries: inputs.number('retries', { min: 0, max: 5, integer: true })!,
    answersMaxAgeHours: inputs.number('answers-max-age', { min: 0, max: 24 * 30 })!,
    cache: inputs.boolean('cache'),
    stateDir: inputs.string('state-dir')
  };
}

function regex(inputs: Inputs, name: string): RegExp | undefined {
  const v = inputs.string(name);
  if (!v) return undefined;
  try {
    return new RegExp(v);
  } catch (err) {
    throw new ConfigurationError(name, v, `not a valid regular expression (${(err as Error).message})`);
  }
}
