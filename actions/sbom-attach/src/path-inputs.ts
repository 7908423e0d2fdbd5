import * as path from 'node:path';
import { pathRoots, resolvePathInput, WORKSPACE_OR_RUNNER_TEMP, type GateDeps, type ResolvedPath } from '@go-ci-gates/core';
import type { SbomInputs } from './inputs.js';

/**
 * The gate's path inputs, resolved once before anything is read or written:
 * `output-dir` (written, never through a symlink) and `binaries` (read), both
 * in the workspace or RUNNER_TEMP. Without `output-dir` the files go to
 * RUNNER_TEMP/sbom-attach.
 */
export interface SbomPaths {
  outputDir: ResolvedPath;
  binaries: string[];
}

export function resolveSbomPaths(inputs: SbomInputs, deps: GateDeps): SbomPaths {
  const roots = pathRoots(deps.workspace, deps.env);
  const outputDir = inputs.outputDir
    ? resolvePathInput(inputs.outputDir, { input: 'output-dir', use: 'write-dir', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
    : { input: 'output-dir', value: '', path: path.join(roots.runnerTemp, 'sbom-attach'), root: roots.runnerTemp, exists: false };
  const binaries =
    inputs.mode === 'binary'
      ? inputs.binaries.map(b => resolvePathInput(b, { input: 'binaries', use: 'read-file', roots: WORKSPACE_OR_RUNNER_TEMP, mustExist: true }, roots).path)
      : [];
  return { outputDir, binaries };
}
