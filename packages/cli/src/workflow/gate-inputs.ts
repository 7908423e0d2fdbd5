import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '@go-ci-gates/core';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../gates.js';
import { WORKFLOW_GATES } from './gates.js';

/** The env: name the discover step passes `<gate>-inputs` under (MOD_VERIFY_INPUTS ...). */
export const gateInputsEnv = (gate: string) => `${gate.replace(/-/g, '_').toUpperCase()}_INPUTS`;

/** The go-ci-gates checkout: ROOT for the bundle (dist/cli), one level up for the sources (packages/cli/src). */
function gatesRoot(): string {
  for (const dir of [ROOT, path.resolve(ROOT, '..')]) if (existsSync(path.join(dir, '.github', 'workflows', 'go-gates.yml'))) return dir;
  return ROOT;
}

/** The parts of an action.yml and of go-gates.yml read here. */
interface ActionFile {
  inputs?: Record<string, unknown>;
}
interface WorkflowFile {
  jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

function readYamlFile<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file} is missing from the go-ci-gates checkout`);
  return parseYaml(readFileSync(file, 'utf8')) as T;
}

/** The inputs the gate declares (its action.yml, in the go-ci-gates checkout this bundle runs from). */
function declaredInputs(gate: string): string[] {
  return Object.keys(readYamlFile<ActionFile>(path.join(gatesRoot(), 'actions', gate, 'action.yml')).inputs ?? {});
}

/** The inputs go-gates.yml's step for this gate already sets in `with:` (read from the workflow itself). */
function setByWorkflow(gate: string): Map<string, string> {
  const wf = readYamlFile<WorkflowFile>(path.join(gatesRoot(), '.github', 'workflows', 'go-gates.yml'));
  const step = (wf.jobs?.[gate]?.steps ?? []).find(s => s.uses?.includes(`/actions/${gate}@`));
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(step?.with ?? {})) out.set(k, String(v));
  return out;
}

function asInputValue(gate: string, name: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every(x => ['string', 'number', 'boolean'].includes(typeof x))) return v.map(String).join('\n');
  throw new ConfigurationError(`${gate}-inputs`, name, 'each value must be a string, number, boolean or a list of them');
}

/**
 * `<gate>-inputs`: a YAML (or JSON) mapping of that gate's inputs, so every
 * input of every gate is reachable from the reusable workflow. Checked here,
 * once, against the gate's action.yml: an unknown input, or one the workflow
 * sets itself, is one clear error naming it.
 */
export function parseGateInputs(env: NodeJS.ProcessEnv, gates: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const gate of WORKFLOW_GATES) {
    const input = `${gate}-inputs`;
    const raw = (env[gateInputsEnv(gate)] ?? '').trim();
    out[gate] = {};
    if (raw === '') continue;
    let parsed: unknown;
    try {
      parsed = parseYaml(raw);
    } catch (err) {
      throw new ConfigurationError(input, raw, `not YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    if (parsed === null || parsed === undefined) continue;
    if (typeof parsed !== 'object' || Array.isArray(parsed))
      throw new ConfigurationError(input, raw, `expected a mapping of ${gate}'s inputs (name: value, one per line)`);
    if (!gates.includes(gate)) throw new ConfigurationError(input, raw, `${gate} is not among the selected gates`);
    const declared = declaredInputs(gate);
    const fixed = setByWorkflow(gate);
    for (const [name, value] of Object.entries(parsed)) {
      if (!declared.includes(name)) throw new ConfigurationError(input, name, `${gate} has no input '${name}'; its inputs: ${declared.join(', ')}`);
      const by = fixed.get(name);
      if (by !== undefined) {
        const wfInput = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(by)?.[1];
        throw new ConfigurationError(input, name, wfInput ? `set it with the workflow input '${wfInput}'` : `the workflow sets '${name}' itself for every job`);
      }
      out[gate][name] = asInputValue(gate, name, value);
    }
  }
  return out;
}
