import { ConfigurationError, Inputs, parseCommonInputs, type CommonInputs, type InputSource } from '@go-ci-gates/core';
import { ACTION_DEFAULTS } from './action-defaults.generated.js';

export interface VendorConsistencyInputs extends CommonInputs {
  /** Fail (instead of a notice) when a module or workspace has no vendor/ directory. */
  requireVendor: boolean;
  /** Run `go mod vendor` / `go work vendor` into a temp dir and compare; false runs the offline pre-check only. */
  regenerate: boolean;
  /** Globs of vendor-relative paths of extra files kept on purpose (e.g. `**\/BUILD.bazel`). */
  allowExtra: string[];
  /** Lock file (relative to each vendor root's directory) with per-module hashes of the vendored files; '' disables the ratchet. */
  integrityLock: string;
  /** Where to write the full patch; '' writes it under RUNNER_TEMP. */
  patchPath: string;
  /** Lines of unified diff shown in the summary, over all files. */
  maxDiffLines: number;
}

export function parseInputs(source: InputSource): VendorConsistencyInputs {
  const inputs = new Inputs(source, ACTION_DEFAULTS);
  const integrityLock = inputs.string('integrity-lock');
  if (integrityLock && (integrityLock.startsWith('/') || integrityLock.split(/[\\/]/).includes('..'))) {
    throw new ConfigurationError('integrity-lock', integrityLock, 'a path relative to the module (or go.work) directory, without ..');
  }
  return {
    ...parseCommonInputs(inputs),
    requireVendor: inputs.boolean('require-vendor'),
    regenerate: inputs.boolean('regenerate'),
    allowExtra: inputs.globs('allow-extra'),
    integrityLock,
    patchPath: inputs.string('patch-path'),
    maxDiffLines: inputs.number('max-diff-lines', { min: 0, max: 5000, integer: true })!
  };
}
