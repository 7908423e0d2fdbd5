import { ConfigurationError, Inputs, parseCommonInputs, parsePlatform, type CommonInputs, type InputSource, type Platform } from '@go-ci-gates/core';
import { checkIdList, UNKNOWN_HANDLING, type UnknownHandling } from './policy-file.js';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export const MODES = ['auto', 'app', 'module'] as const;
export const TEST_DEPENDENCY_HANDLING = ['exclude', 'include'] as const;

export interface LicensePolicyInputs extends CommonInputs {
  mode: (typeof MODES)[number];
  packages: string[];
  targets: Platform[];
  tags: string[];
  testDependencies: (typeof TEST_DEPENDENCY_HANDLING)[number];
  /** Normalised SPDX ids. */
  allow: string[];
  deny: string[];
  unknown: UnknownHandling;
  /** Workspace-relative policy file, '' for none. */
  policyFile: string;
  newOnly: boolean;
  baseRef: string;
  noticesPath: string;
  reportCsv: string;
}

export function parseInputs(source: InputSource): LicensePolicyInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  const ids = (name: 'allow' | 'deny') =>
    checkIdList(inputs.list(name), why => {
      throw new ConfigurationError(name, inputs.raw(name), why);
    });
  const baseRef = inputs.string('base-ref');
  if (baseRef && !/^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/.test(baseRef))
    throw new ConfigurationError('base-ref', baseRef, 'expected a commit id or ref name (letters, digits, . _ / - ~ ^)');
  return {
    ...parseCommonInputs(inputs),
    mode: inputs.enumeration('mode', MODES),
    packages: inputs.list('packages').length ? inputs.list('packages') : ['./...'],
    targets: inputs.list('targets').map(t => parsePlatform('targets', t)),
    tags: inputs.list('tags'),
    testDependencies: inputs.enumeration('test-dependencies', TEST_DEPENDENCY_HANDLING),
    allow: ids('allow'),
    deny: ids('deny'),
    unknown: inputs.enumeration('unknown', UNKNOWN_HANDLING),
    policyFile: inputs.string('policy-file'),
    newOnly: inputs.boolean('new-only'),
    baseRef,
    noticesPath: inputs.string('notices-path'),
    reportCsv: inputs.string('report-csv')
  };
}
