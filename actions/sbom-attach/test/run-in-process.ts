import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mapInputSource, MemoryLogger, runGate, type GateReport } from '@go-ci-gates/core';
import { gate } from '../src/main.js';

export interface InProcessRun {
  report: GateReport;
  outputs: Record<string, string>;
  summary: string;
  failed?: string;
  outDir: string;
  log: MemoryLogger;
}

/** Runs the gate in this process against a sandbox workspace (faster than the bundle; the e2e test runs the bundle). */
export async function runSbomGate(workspace: string, env: Record<string, string>, inputs: Record<string, string> = {}): Promise<InProcessRun> {
  const runnerTemp = path.join(workspace, '..', `runner-temp-${path.basename(workspace)}-${Math.random().toString(36).slice(2, 8)}`);
  await fs.mkdir(runnerTemp, { recursive: true });
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed: string | undefined;
  const log = new MemoryLogger();
  const report = await runGate(gate, {
    // Generation tests: nothing is attached unless a test asks (the attach tests run their own servers).
    source: mapInputSource({ 'upload-artifact': 'false', ...inputs }),
    env: { ...process.env, ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_STEP_SUMMARY: '' },
    log,
    annotations: { annotate: () => undefined },
    writeSummary: async md => {
      summary = md;
    },
    setOutput: (k, v) => {
      outputs[k] = v;
    },
    setFailed: m => {
      failed = m;
    }
  });
  return { report, outputs, summary, failed, outDir: path.join(runnerTemp, 'sbom-attach'), log };
}
