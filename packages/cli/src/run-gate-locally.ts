import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvName, type GateReport } from '@go-ci-gates/core';
import { ActionLogReader, type LogEvent } from './action-log.js';
import type { GateMeta } from './gates.js';
import { localDefaults } from './local-defaults.js';

export interface LocalRun {
  exitCode: number;
  report?: GateReport;
  /** The gate's log, translated for a person (shown when no report was written). */
  log: string;
  /** Files the gate wrote under its --out directory, relative to it. */
  kept: string[];
  outDir: string;
}

export interface LocalRunOptions {
  /** Where the gate's files are kept: <out>/<gate>/ is its RUNNER_TEMP. */
  out: string;
  extraEnv?: Record<string, string>;
  /** Sees each log event as the gate writes it (progress lines). */
  onEvent?: (e: LogEvent) => void;
}

/**
 * Runs a gate's bundle as the Actions runner would: inputs as INPUT_*
 * variables (action.yml defaults, then the CLI's local defaults, then the
 * user's), the given directory as GITHUB_WORKSPACE, and <out>/<gate>/ as
 * RUNNER_TEMP, so the JSON report, SBOMs, patch and badge the gate writes
 * there outlive the run and the paths its report prints stay true. File
 * commands (GITHUB_OUTPUT, ...) go to a temp directory removed afterwards.
 */
export async function runGateLocally(gate: GateMeta, workspace: string, inputs: Record<string, string>, opts: LocalRunOptions): Promise<LocalRun> {
  const outDir = path.resolve(opts.out, gate.name);
  await fs.mkdir(outDir, { recursive: true });
  const started = Date.now();
  const files = await fs.mkdtemp(path.join(os.tmpdir(), `go-ci-gates-${gate.name}-`));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, ...opts.extraEnv, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: outDir, RUNNER_OS: runnerOs() };
    for (const [k, f] of Object.entries({
      GITHUB_OUTPUT: 'output',
      GITHUB_STEP_SUMMARY: 'summary.md',
      GITHUB_ENV: 'env',
      GITHUB_STATE: 'state',
      GITHUB_PATH: 'path'
    })) {
      env[k] = path.join(files, f);
      await fs.writeFile(env[k]!, '');
    }
    for (const [name, spec] of Object.entries(gate.inputs)) {
      // `${{ github.token }}`-style defaults mean nothing outside Actions.
      if (spec.default !== undefined && !spec.default.includes('${{')) env[inputEnvName(name)] = spec.default;
    }
    const local = localDefaults(gate.name, outDir);
    if ('report-path' in gate.inputs) local['report-path'] = path.join(outDir, 'report.json');
    for (const [name, value] of Object.entries({ ...local, ...inputs })) env[inputEnvName(name)] = value;

    const logLines: string[] = [];
    const reader = new ActionLogReader(e => {
      logLines.push(
        e.kind === 'detail' ? `    ${e.text}` : e.kind === 'annotation' ? `${e.severity}: ${e.text}` : e.kind === 'debug' ? `debug: ${e.text}` : e.text
      );
      opts.onEvent?.(e);
    });
    const exitCode = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [gate.entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.setEncoding('utf8').on('data', (c: string) => reader.write(c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => reader.write(c));
      child.on('error', reject);
      child.on('close', c => resolve(c ?? 1));
    });
    reader.end();
    const reportPath = reportLocation(await readOutputs(env.GITHUB_OUTPUT!), workspace, inputs['report-path'] ?? local['report-path']);
    const report = reportPath && existsSync(reportPath) ? (JSON.parse(await fs.readFile(reportPath, 'utf8')) as GateReport) : undefined;
    // What this run wrote, not what an earlier run left; sum-audit's state is bookkeeping, not output.
    const kept = (await listFiles(outDir)).filter(f => f.mtimeMs >= started - 1000 && !f.path.startsWith('state/')).map(f => f.path);
    return { exitCode, report, log: logLines.join('\n'), kept, outDir };
  } finally {
    await fs.rm(files, { recursive: true, force: true });
  }
}

function reportLocation(outputs: Record<string, string>, workspace: string, asked: string | undefined): string | undefined {
  if (outputs['report-path']) return outputs['report-path'];
  return asked ? path.resolve(workspace, asked) : undefined;
}

/** The step outputs the gate wrote, in the runner's `name<<delimiter` file format. */
export async function readOutputs(file: string): Promise<Record<string, string>> {
  const lines = (await fs.readFile(file, 'utf8')).split(/\r?\n/);
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

async function listFiles(dir: string, rel = ''): Promise<{ path: string; mtimeMs: number }[]> {
  const out: { path: string; mtimeMs: number }[] = [];
  for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
    else if (e.isFile()) out.push({ path: r, mtimeMs: (await fs.stat(path.join(dir, r))).mtimeMs });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function runnerOs(): string {
  return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}
