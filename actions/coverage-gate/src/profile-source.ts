import * as path from 'node:path';
import { GoCommandError, isolatedGoWorkEnv, toPosixRelative, type GateDeps } from '@go-ci-gates/core';
import { readCoverProfiles, type CoverProfile } from './coverage/index.js';
import type { CoverageGateInputs } from './inputs.js';
import type { CoveragePaths } from './path-inputs.js';

/** Reads the coverage the inputs point at: profiles, GOCOVERDIR data, or a `go test` run per module. */
export async function loadCoverage(inputs: CoverageGateInputs, paths: CoveragePaths, deps: GateDeps): Promise<{ profile: CoverProfile; sources: string[] }> {
  const files = [...paths.profiles];
  if (paths.covdataDirs.length) {
    await deps.go.requireVersion('covdata-dir (go tool covdata)', '1.20');
    const dirs = paths.covdataDirs;
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
      const args = ['test', `-coverprofile=${out}`, ...inputs.testArgs];
      const run = await deps.go.run(args, { cwd: mod.dir, env, argsFromUser: true, allowFailure: true });
      // go test prints what failed (--- FAIL, the tests' own messages, a panic) on stdout, and build errors on
      // stderr: the error quotes the end of both, or it would say no more than "exited with code 1".
      if (run.exitCode !== 0 || run.signal) throw new GoCommandError(args, mod.dir, run.exitCode, `${run.stdout}\n${run.stderr}`, run.signal);
      files.push(out);
    }
  }
  const profile = await readCoverProfiles(files);
  deps.log.info(`Read ${profile.linesRead} block lines from ${files.length} profile(s): ${profile.files.length} files.`);
  return { profile, sources: files.map(f => toPosixRelative(deps.workspace, f)) };
}
