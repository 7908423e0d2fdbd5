import { ConfigurationError, Inputs, parseCommonInputs, parsePlatform, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { parsePublishInputs, type PublishInputs } from './publish/index.js';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export const MODES = ['app', 'module', 'binary', 'auto'] as const;
export type SbomMode = (typeof MODES)[number];
export const FORMATS = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof FORMATS)[number];
export const CYCLONEDX_VERSIONS = ['1.6', '1.5'] as const;
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];
export const TEST_DEPENDENCY_HANDLING = ['mark', 'exclude'] as const;

export interface Target {
  goos: string;
  goarch: string;
}

export interface SbomInputs extends CommonInputs {
  mode: SbomMode;
  formats: SbomFormat[];
  cyclonedxVersion: CycloneDxVersion;
  /** Package patterns whose main packages make the app (app mode) or whose imports make the graph. */
  packages: string[];
  /** GOOS/GOARCH pairs; empty means the go command's own. */
  targets: Target[];
  tags: string[];
  testDependencies: (typeof TEST_DEPENDENCY_HANDLING)[number];
  /** One SBOM for all selected modules instead of one per module. */
  merge: boolean;
  binaries: string[];
  licenses: boolean;
  /** Directory the SBOM files are written to; empty means RUNNER_TEMP/sbom-attach. */
  outputDir: string;
  /** Where the files are attached: artifact, release asset, dependency submission, attestation. */
  publish: PublishInputs;
}

export function parseInputs(source: InputSource): SbomInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  const formats = inputs.list('format');
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new ConfigurationError('format', f, `expected one or more of: ${FORMATS.join(', ')}`);
  }
  // The shape here; whether go can build for each pair is asked of go in execute (supportedPlatforms).
  const targets = inputs.list('targets').map(t => parsePlatform('targets', t));
  const mode = inputs.enumeration('mode', MODES);
  const binaries = inputs.list('binaries');
  if (mode === 'binary' && binaries.length === 0) {
    throw new ConfigurationError('binaries', '', "mode 'binary' needs at least one binary path");
  }
  return {
    ...parseCommonInputs(inputs),
    mode,
    formats: formats.length ? [...new Set(formats as SbomFormat[])] : ['cyclonedx', 'spdx'],
    cyclonedxVersion: inputs.enumeration('cyclonedx-version', CYCLONEDX_VERSIONS),
    packages: inputs.list('packages').length ? inputs.list('packages') : ['./...'],
    targets,
    tags: inputs.list('tags'),
    testDependencies: inputs.enumeration('test-dependencies', TEST_DEPENDENCY_HANDLING),
    merge: inputs.boolean('merge'),
    binaries,
    licenses: inputs.boolean('licenses'),
    outputDir: inputs.string('output-dir'),
    publish: parsePublishInputs(inputs)
  };
}
