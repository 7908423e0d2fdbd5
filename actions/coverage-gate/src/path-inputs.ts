import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  pathRoots,
  ProjectError,
  resolvePathInput,
  toPosixRelative,
  WORKSPACE_OR_RUNNER_TEMP,
  type GateDeps,
  type PathRoots,
  type ResolvedPath
} from '@go-ci-gates/core';
import type { CoverageGateInputs } from './inputs.js';

/**
 * Every path input of the gate, resolved once before anything is read or
 * written. Profiles, GOCOVERDIR directories, the baseline file and the badge
 * live in the workspace or in RUNNER_TEMP (where a test step may write
 * profiles); the baseline and the badge are written, so never through a symlink.
 */
export interface CoveragePaths {
  profiles: string[];
  covdataDirs: string[];
  baseline?: ResolvedPath;
  badge?: ResolvedPath;
}

export async function resolveCoveragePaths(inputs: CoverageGateInputs, deps: GateDeps): Promise<CoveragePaths> {
  const roots = pathRoots(deps.workspace, deps.env);
  return {
    profiles: await resolveProfiles(inputs.profile, roots),
    covdataDirs: inputs.covdataDir.map(
      d => resolvePathInput(d, { input: 'covdata-dir', use: 'read-dir', roots: WORKSPACE_OR_RUNNER_TEMP, mustExist: true }, roots).path
    ),
    baseline:
      inputs.baseline === 'file'
        ? resolvePathInput(inputs.baselinePath, { input: 'baseline-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
        : undefined,
    badge: inputs.badgePath ? resolvePathInput(inputs.badgePath, { input: 'badge-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots) : undefined
  };
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Every file below `dir`; symlinked directories are not entered. */
async function walk(dir: string, out: string[]): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else out.push(p);
  }
}

/**
 * Profile paths: plain paths (workspace-relative, or absolute in the
 * workspace or RUNNER_TEMP) must exist; globs (workspace-relative) must match
 * at least one file. Each file found is checked like a plain path, so a
 * matched symlink leading outside is refused rather than read.
 */
export async function resolveProfiles(patterns: string[], roots: PathRoots): Promise<string[]> {
  const spec = { input: 'profile', use: 'read-file', roots: WORKSPACE_OR_RUNNER_TEMP } as const;
  const found: string[] = [];
  let all: string[] | undefined;
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const resolved = resolvePathInput(p, spec, roots);
      if (!resolved.exists) throw new ProjectError(`The coverage profile ${p} does not exist.`);
      found.push(resolved.path);
      continue;
    }
    if (!all) await walk(roots.workspace, (all = []));
    const match = picomatch(p, { dot: true });
    const hits = all.filter(f => match(toPosixRelative(roots.workspace, f))).sort();
    if (hits.length === 0) throw new ProjectError(`No coverage profile matches ${p}.`);
    for (const hit of hits) found.push(resolvePathInput(toPosixRelative(roots.workspace, hit), spec, roots).path);
  }
  return [...new Set(found)];
}
