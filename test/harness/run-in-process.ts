import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mapInputSource, MemoryLogger, runGate, type CommonInputs, type GateDefinition, type GateReport } from '@go-ci-gates/core';

/** What one in-process run of a gate gave: the report and everything runGate sent to the runner. */
export interface InProcessRun {
  report: GateReport;
  outputs: Record<string, string>;
  summary: string;
  /** The failure line, when the gate failed or could not run. */
  failed?: string;
  annotations: { kind: string; message: string; file?: string; line?: number }[];
  log: MemoryLogger;
  runnerTemp: string;
}

/**
 * Runs a gate's source in this process, as runGate runs it in a job, with a
 * RUNNER_TEMP of its own beside the workspace. Faster than spawning the bundle
 * and it tests the source under edit; each gate's end-to-end tests run its bundle.
 */
export async function runGateInProcess<I extends CommonInputs>(
  gate: GateDefinition<I>,
  workspace: string,
  env: Record<string, string | undefined>,
  inputs: Record<string, string | number | boolean> = {}
): Promise<InProcessRun> {
  // RUNNER_TEMP from env when a test keeps its files there (a profile), else one of the run's own.
  const runnerTemp = env.RUNNER_TEMP ?? path.join(workspace, '..', `runner-temp-${path.basename(workspace)}-${Math.random().toString(36).slice(2, 8)}`);
  await fs.mkdir(runnerTemp, { recursive: true });
  const outputs: Record<string, string> = {};
  const annotations: InProcessRun['annotations'] = [];
  let summary = '';
  let failed: string | undefined;
  const log = new MemoryLogger();
  const report = await runGate(gate, {
    source: mapInputSource(inputs),
    env: { ...process.env, ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_STEP_SUMMARY: '' },
    log,
    annotations: { annotate: (kind, message, props) => annotations.push({ kind, message, file: props.file, line: props.startLine }) },
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
  return { report, outputs, summary, failed, annotations, log, runnerTemp };
}
