import { ConfigurationError, Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { parseDecimal, type Decimal } from './coverage/index.js';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export interface PathRule {
  glob: string;
  minimum: Decimal;
}

export interface CoverageGateInputs extends CommonInputs {
  profile: string[];
  covdataDir: string[];
  runTests: boolean;
  testArgs: string[];
  denominator: 'statements' | 'func';
  thresholdTotal?: Decimal;
  thresholdPackage?: Decimal;
  thresholdFile?: Decimal;
  rules: PathRule[];
  minStatements: number;
  exclude: string[];
  excludeGenerated: boolean;
  baseline: 'cache' | 'file' | 'none';
  baselinePath: string;
  saveBaseline: 'auto' | 'always' | 'never';
  maxDrop?: Decimal;
  maxDropPackage?: Decimal;
  noiseFloor: Decimal;
  missingBaseline: 'warn' | 'error' | 'ignore';
  thresholdPatch?: Decimal;
  patchMinStatements: number;
  baseSha: string;
  headSha: string;
  badgePath: string;
  comment: boolean;
  githubToken: string;
}

function percentInput(inputs: Inputs, name: string, max = 100): Decimal | undefined {
  const v = inputs.string(name);
  if (v === '') return undefined;
  const d = parseDecimal(v);
  if (!d || d.numerator > BigInt(max) * d.denominator)
    throw new ConfigurationError(name, v, `expected a percentage from 0 to ${max}, decimals allowed (e.g. 72.5)`);
  return d;
}

export function parseInputs(source: InputSource): CoverageGateInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  const rules = inputs.mapping('rules').map(({ key, value }) => {
    const d = parseDecimal(value);
    if (!d || d.numerator > 100n * d.denominator)
      throw new ConfigurationError('rules', `${key}: ${value}`, 'expected `glob: percentage` with a percentage from 0 to 100');
    return { glob: key, minimum: d };
  });
  const r = {
    ...parseCommonInputs(inputs),
    profile: inputs.list('profile'),
    covdataDir: inputs.list('covdata-dir'),
    runTests: inputs.boolean('run-tests'),
    testArgs: inputs.string('test-args').split(/\s+/).filter(Boolean),
    denominator: inputs.enumeration('denominator', ['statements', 'func'] as const),
    thresholdTotal: percentInput(inputs, 'threshold-total'),
    thresholdPackage: percentInput(inputs, 'threshold-package'),
    thresholdFile: percentInput(inputs, 'threshold-file'),
    rules,
    minStatements: inputs.number('min-statements', { min: 0, integer: true })!,
    exclude: inputs.globs('exclude'),
    excludeGenerated: inputs.boolean('exclude-generated'),
    baseline: inputs.enumeration('baseline', ['cache', 'file', 'none'] as const),
    baselinePath: inputs.string('baseline-path'),
    saveBaseline: inputs.enumeration('save-baseline', ['auto', 'always', 'never'] as const),
    maxDrop: percentInput(inputs, 'max-drop'),
    maxDropPackage: percentInput(inputs, 'max-drop-package'),
    noiseFloor: percentInput(inputs, 'noise-floor') ?? parseDecimal('0.1')!,
    missingBaseline: inputs.enumeration('missing-baseline', ['warn', 'error', 'ignore'] as const),
    thresholdPatch: percentInput(inputs, 'threshold-patch'),
    patchMinStatements: inputs.number('patch-min-statements', { min: 0, integer: true })!,
    baseSha: inputs.string('base-sha'),
    headSha: inputs.string('head-sha'),
    badgePath: inputs.string('badge-path'),
    comment: inputs.boolean('comment'),
    githubToken: inputs.string('github-token')
  };
  if (r.baseline === 'file' && !r.baselinePath) throw new ConfigurationError('baseline-path', '', "a file path is required when 'baseline' is file");
  if (r.profile.length === 0 && r.covdataDir.length === 0 && !r.runTests) {
    throw new ConfigurationError('profile', '', "give a coverprofile ('profile'), GOCOVERDIR data ('covdata-dir'), or set 'run-tests: true'");
  }
  return r;
}
