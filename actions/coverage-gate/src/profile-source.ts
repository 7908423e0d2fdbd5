import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ProjectError, readCoverProfilesParallel, toPosixRelative, type CoverProfile, type GateDeps } from '@go-ci-gates/core';
import type { CoverageGateInputs } from './inputs.js';

const GLOB_CHARS = /[*?[\]{}]/;

let profileWorker: string | undefined;

/** The bundle a worker thread runs to read half of a large profile (set by the entry point). */
export function useProfileWorker(script: string): void {
  profileWorker = script;
}

/**
 * Profiles of at least this many bytes together are read on two threads.
 * GO_CI_GATES_PARALLEL_PROFILE_BYTES lowers it so tests can exercise the
 * worker with small fixture profiles.
 */
function parallelMinBytes(env: NodeJS.ProcessEnv): number | undefined {
  const v = Number(env.GO_CI_GATES_PARALLEL_PROFILE_BYTES);
  return Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

async function walk(dir: string, out: string[]): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else out.push(p);
  }
}

/** Profile paths: plain paths must exist; globs (workspace-relative) must match at least one file. */
export async function resolveProfiles(patterns: string[], workspace: string): Promise<string[]> {
  const found: string[] = [];
  let all: string[] | undefined;
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const abs = path.resolve(workspace, p);
      try {
        await fs.access(abs);
      } catch {
        throw new ProjectError(`The coverage profile ${p} does not exist.`);
      }
      found.push(abs);
      continue;
    }
    if (!all) await walk(workspace, (all = []));
    const match = picomatch(p, { dot: true });
    const hits = all.filter(f => match(toPosixRelative(workspace, f))).sort();
    if (hits.length === 0) throw new ProjectError(`No coverage profile matches ${p}.`);
    found.push(...hits);
  }
  return [...new Set(found)];
}

/** Reads the coverage the inputs point at: profiles, GOCOVERDIR data, or a `go test` run per module. */
export async function loadCoverage(inputs: CoverageGateInputs, deps: GateDeps): Promise<{ profile: CoverProfile; sources: string[] }> {
  const files = await resolveProfiles(inputs.profile, deps.workspace);
  if (inputs.covdataDir.length) {
    await deps.go.requireVersion('covdata-dir (go tool covdata)', '1.20');
    const dirs = inputs.covdataDir.map(d => path.resolve(deps.workspace, d));
    const out = path.join(deps.tempDir, 'covdata.out');
    await deps.go.run(['tool', 'covdata', 'textfmt', `-i=${dirs.join(',')}`, `-o=${out}`], { cwd: deps.workspace });
    files.push(out);
  }
  if (files.length === 0 && inputs.runTests) {
    const env = deps.discovery.goWork ? {} : { GOWORK: 'off' };
    for (const [i, mod] of deps.discovery.modules.entries()) {
      const out = path.join(deps.tempDir, `module-${i}.out`);
      deps.log.info(`Running go test -coverprofile in ${mod.relDir}`);
      await deps.go.run(['test', `-coverprofile=${out}`, ...inputs.testArgs], { cwd: mod.dir, env });
      files.push(out);
    }
  }
  const profile = await readCoverProfilesParallel(files, { workerScript: profileWorker, minBytes: parallelMinBytes(deps.env) });
  deps.log.info(`Read ${profile.linesRead} block lines from ${files.length} profile(s) on ${profile.threads} thread(s): ${profile.files.length} files.`);
  return { profile, sources: files.map(f => toPosixRelative(deps.workspace, f)) };
}
