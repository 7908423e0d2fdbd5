import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../harness/go-sandbox.js';

export { REPO_ROOT };

/** The gates the reusable workflow and the self-test know about (issue 9's plan). */
export const PLANNED_GATES = [
  'mod-verify',
  'readonly-list',
  'sum-audit',
  'vendor-consistency',
  'coverage-gate',
  'sbom-attach',
  'license-policy',
  'mod-review'
] as const;

/** Placeholder owner/repo every remote reference uses until the project is published. */
export const GATE_REPOSITORY = 'go-ci-gates/go-ci-gates';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean | string;
}

export interface Job {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  permissions?: Record<string, string> | string;
  steps?: Step[];
  needs?: string | string[];
  env?: Record<string, string>;
  if?: string;
}

export interface Workflow {
  name?: string;
  on: any;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

export function readWorkflow(relPath: string): Workflow {
  return parseYaml(readFileSync(path.join(REPO_ROOT, relPath), 'utf8')) as Workflow;
}

/** Every workflow file the repository holds (what actionlint must pass). */
export function workflowFiles(): string[] {
  const dirs = ['.github/workflows', 'workflow-templates', 'docs/examples'];
  const files: string[] = [];
  for (const dir of dirs) {
    const abs = path.join(REPO_ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) if (/\.ya?ml$/.test(name)) files.push(`${dir}/${name}`);
  }
  return files;
}

/** Gates whose action.yml exists in this checkout. */
export function existingGates(): string[] {
  const dir = path.join(REPO_ROOT, 'actions');
  return readdirSync(dir)
    .filter(name => existsSync(path.join(dir, name, 'action.yml')))
    .sort();
}

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export function actionMetadata(gate: string): { inputs: Record<string, ActionInput>; outputs: Record<string, { description?: string }> } {
  const meta = parseYaml(readFileSync(path.join(REPO_ROOT, 'actions', gate, 'action.yml'), 'utf8'));
  return { inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} };
}

export function findStep(workflow: Workflow, job: string, id: string): Step {
  const step = workflow.jobs[job]?.steps?.find(s => s.id === id);
  if (!step) throw new Error(`No step with id '${id}' in job '${job}'`);
  return step;
}

export function stepsNamed(workflow: Workflow, name: string): { job: string; step: Step }[] {
  const found: { job: string; step: Step }[] = [];
  for (const [job, def] of Object.entries(workflow.jobs)) for (const step of def.steps ?? []) if (step.name === name) found.push({ job, step });
  return found;
}

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** key=value lines the script appended to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  summary: string;
  /** The step's RUNNER_TEMP (it keeps files there for later steps). */
  temp: string;
}

/**
 * Runs a step's `run:` script the way the runner does for its shell: `node {0}`
 * runs the script file with node, otherwise bash -e with pipefail, with
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and RUNNER_TEMP set.
 */
export function runStepScript(step: Step, opts: { cwd: string; env?: Record<string, string> }): ScriptRun {
  if (!step.run) throw new Error('step has no run script');
  const temp = mkdtempSync(path.join(os.tmpdir(), 'go-gates-step-'));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const script = path.join(temp, step.shell === 'node {0}' ? 'script.cjs' : 'script.sh');
  writeFileSync(script, step.run);
  const [cmd, args] = step.shell === 'node {0}' ? [process.execPath, [script]] : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GOPATH: process.env.GOPATH,
    GOCACHE: process.env.GOCACHE,
    GOMODCACHE: process.env.GOMODCACHE,
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    ...opts.env
  };
  const result = spawnSync(cmd, args, { cwd: opts.cwd, env, encoding: 'utf8' });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    temp: opts.env?.RUNNER_TEMP ?? temp
  };
}

function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
