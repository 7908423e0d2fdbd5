import * as path from 'node:path';
import { runGateInProcess, type InProcessRun } from '../../../test/harness/run-in-process.js';
import { gate } from '../src/main.js';

/** Runs sbom-attach in this process (the e2e tests run the bundle); nothing is attached unless a test asks. */
export async function runSbomGate(
  workspace: string,
  env: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<InProcessRun & { outDir: string }> {
  const run = await runGateInProcess(gate, workspace, env, { 'upload-artifact': 'false', ...inputs });
  return { ...run, outDir: path.join(run.runnerTemp, 'sbom-attach') };
}
