import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvName, type GateReport } from '@go-ci-gates/core';
import type { GateMeta } from './gates.js';

export interface LocalRun {
  exitCode: number;
  report?: GateReport;
  log: string;
}

/**
 * Runs a gate's bundle as the Actions runner would: inputs as INPUT_*
 * variables (action.yml defaults applied first), file commands in a temp
 * directory, the given directory as GITHUB_WORKSPACE.
 */
export async function runGateLocally(
  gate: GateMeta,
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {}
): Promise<LocalRun> {
  const unknown = Object.keys(inputs).filter(k => !(k in gate.inputs));
  if (unknown.length) {
    throw new Error(`${gate.name} has no input ${unknown.map(u => `--${u}`).join(', ')}; its inputs: ${Object.keys(gate.inputs).join(', ')}`);
  }
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `go-ci-gates-${gate.name}-`));
  const runnerTemp = path.join(tmp, 'runner-temp');
  await fs.mkdir(runnerTemp);
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_PATH: 'path' };
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, RUNNER_OS: runnerOs() };
  for (const [k, f] of Object.entries(files)) {
    env[k] = path.join(tmp, f);
    await fs.writeFile(env[k]!, '');
  }
  for (const [name, spec] of Object.entries(gate.inputs)) {
    // `${{ github.token }}`-style defaults mean nothing outside Actions.
    if (spec.default !== undefined && !String(spec.default).includes('${{')) env[inputEnvName(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  // Inside RUNNER_TEMP: a report-path may point into the workspace or RUNNER_TEMP only.
  const reportPath = path.join(runnerTemp, 'report.json');
  if ('report-path' in gate.inputs && !inputs['report-path']) env[inputEnvName('report-path')] = reportPath;

  const { code, log } = await new Promise<{ code: number; log: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [gate.entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', c => (out += c));
    child.stderr.on('data', c => (out += c));
    child.on('error', reject);
    child.on('close', c => resolve({ code: c ?? 1, log: out }));
  });
  const finalReport = inputs['report-path'] ? path.resolve(workspace, inputs['report-path']) : reportPath;
  const report = existsSync(finalReport) ? (JSON.parse(await fs.readFile(finalReport, 'utf8')) as GateReport) : undefined;
  await fs.rm(tmp, { recursive: true, force: true });
  return { exitCode: code, report, log };
}

function runnerOs(): string {
  return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
