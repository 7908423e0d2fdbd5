import { ConfigurationError, Inputs, parseCommonInputs, parsePlatform, splitList, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export type CgoMode = 'auto' | 'on' | 'off';

export interface ReadonlyListInputs extends CommonInputs {
  /** Package patterns passed to go list (default `./...`). */
  packages: string[];
  /** GOOS/GOARCH pairs; empty means the default set (the runner's own plus linux/amd64, windows/amd64, darwin/arm64). */
  platforms: { goos: string; goarch: string }[];
  /** Build tag sets; the untagged build is always checked too. */
  tagSets: string[][];
  /** Also load test packages (`go list -test`). */
  tests: boolean;
  cgo: CgoMode;
  /** Concurrent go list calls; 0 means the CPU count. */
  parallel: number;
}

const TAG = /^[A-Za-z0-9_.]+$/;

export function parseInputs(source: InputSource): ReadonlyListInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  // Empty means the default, as for every input (the runner sends action.yml's default when it is not set).
  const rawPackages = inputs.raw('packages');
  const packages = splitList(rawPackages.replace(/[ \t]+/g, '\n'));
  if (packages.length === 0) {
    throw new ConfigurationError('packages', rawPackages, "at least one package pattern is required, for example './...'");
  }
  for (const p of packages) {
    // A leading '-' would be read by go as a flag.
    if (p.startsWith('-')) throw new ConfigurationError('packages', p, 'a package pattern, not a flag');
  }
  const platforms = inputs.list('platforms').map(p => parsePlatform('platforms', p));
  // One tag set per line; tags within a line separated by commas or spaces.
  const tagSets = inputs
    .raw('tags')
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '' && !l.startsWith('#'))
    .map(l => {
      const tags = [...new Set(l.split(/[\s,]+/).filter(Boolean))].sort();
      for (const t of tags) if (!TAG.test(t)) throw new ConfigurationError('tags', t, 'a build tag is letters, digits, _ and .');
      return tags;
    });
  return {
    ...parseCommonInputs(inputs),
    packages,
    platforms,
    tagSets,
    tests: inputs.boolean('tests'),
    cgo: inputs.enumeration<CgoMode>('cgo', ['auto', 'on', 'off'], 'auto'),
    parallel: inputs.number('parallel', { min: 0, max: 64, integer: true })!
  };
}
