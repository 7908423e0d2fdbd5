import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isolatedGoWorkEnv, ProjectError, readCoverProfiles, toPosixRelative, type CoverProfile, type GateDeps } from '@go-ci-gates/core';
import type { CoverageGateInputs } from './inputs.js';

const GLOB_CHARS = /[*?[\]{}]/;

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
    // Under a go.work, go test runs against core's temp copy: go.work.sum is written there, never into the checkout.
    const env = await isolatedGoWorkEnv(deps.discovery, deps.tempDir);
    for (const [i, mod] of deps.discovery.modules.entries()) {
      const out = path.join(deps.tempDir, `module-${i}.out`);
      deps.log.info(`Running go test -coverprofile in ${mod.relDir}`);
      await deps.go.run(['test', `-coverprofile=${out}`, ...inputs.testArgs], { cwd: mod.dir, env });
      files.push(out);
    }
  }
  const profile = await readCoverProfiles(files);
  deps.log.info(`Read ${profile.linesRead} block lines from ${files.length} profile(s): ${profile.files.length} files.`);
  return { profile, sources: files.map(f => toPosixRelative(deps.workspace, f)) };
}
