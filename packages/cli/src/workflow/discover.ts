import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, discoverModules, Inputs, moduleDirKey, resolveInsideWorkspace } from '@go-ci-gates/core';
import { parseGateInputs } from './gate-inputs.js';
import { oneGoVersionFile } from './go-version-file.js';
import { WORKFLOW_GATES, type PlannedModule } from './gates.js';
import { envValue, inertLog, StepIo } from './step-io.js';

/** The env: names the discover step passes the workflow's inputs under. */
const INPUT_ENV: Record<string, string> = {
  'working-directory': 'WORKING_DIRECTORY',
  modules: 'MODULES',
  gates: 'GATES',
  'test-shards': 'TEST_SHARDS',
  'go-version-file': 'GO_VERSION_FILE'
};

/** GitHub runs at most 256 jobs per matrix. */
const MATRIX_LIMIT = 256;

/** Characters picomatch gives meaning to: escaped so a module's directory selects only itself. */
const escapeGlob = (dir: string) => dir.replace(/[\\*?[\]{}()!+@|]/g, c => `\\${c}`);

export interface DiscoverPlan {
  modules: PlannedModule[];
  gates: string[];
  shards: number[];
  fromGoWork: boolean;
  /** Per gate, the inputs `<gate>-inputs` sets (validated against its action.yml). */
  gateInputs: Record<string, Record<string, string>>;
}

/**
 * The discover job: the modules the gates will find (core's discoverModules,
 * the gates' own code), selected by 'modules' exactly as a gate step selects
 * them, and the gates and shards to run. Throws UserFacingError on bad input.
 */
export async function planRun(env: NodeJS.ProcessEnv): Promise<DiscoverPlan> {
  const inputs = new Inputs(name => envValue(env, INPUT_ENV[name] ?? name));
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const root = resolveInsideWorkspace(workspace, inputs.string('working-directory', '.'), 'working-directory');

  const gates = envValue(env, 'GATES')
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = gates.filter(g => !(WORKFLOW_GATES as readonly string[]).includes(g));
  if (unknown.length) throw new ConfigurationError('gates', unknown.join(', '), `unknown gate(s); the gates: ${WORKFLOW_GATES.join(', ')}`);
  if (gates.length === 0) throw new ConfigurationError('gates', '', `selects no gate; the gates: ${WORKFLOW_GATES.join(', ')}`);
  const gateInputs = parseGateInputs(env, gates);
  const shardCount = inputs.number('test-shards', { min: 1, max: MATRIX_LIMIT, integer: true, fallback: 1 })!;

  const discovery = await discoverModules({ workspace, root, select: inputs.globs('modules') });
  const versionFile = inputs.string('go-version-file');
  if (versionFile && !existsSync(path.resolve(workspace, versionFile))) {
    throw new ConfigurationError(
      'go-version-file',
      versionFile,
      `no such file in the repository${discovery.goWork ? ` (this repository has ${discovery.goWork.relFile}: leave go-version-file empty to use it)` : " (leave it empty to use each module's go.mod)"}`
    );
  }
  const modules = discovery.modules.map(m => ({
    dir: m.relDir,
    path: m.path,
    key: moduleDirKey(m.relDir),
    goVersionFile: (versionFile || (discovery.goWork ? discovery.goWork.relFile : `${m.relDir}/go.mod`)).replace(/^\.\//, ''),
    select: escapeGlob(m.relDir),
    goSum: existsSync(path.join(m.dir, 'go.sum'))
  }));

  if (modules.length > MATRIX_LIMIT) {
    throw new ConfigurationError(
      'modules',
      '',
      `${modules.length} modules exceed the ${MATRIX_LIMIT} jobs a matrix may have: split the repository with 'modules' across several go-gates calls (and set 'artifact-prefix' on each)`
    );
  }
  if (gates.includes('coverage-gate') && modules.length * shardCount > MATRIX_LIMIT) {
    throw new ConfigurationError(
      'test-shards',
      String(shardCount),
      `${modules.length} modules x ${shardCount} test shards = ${modules.length * shardCount} coverage test jobs, over the ${MATRIX_LIMIT} a matrix may have: lower 'test-shards' to ${Math.floor(MATRIX_LIMIT / modules.length)} or split the modules across calls`
    );
  }
  return { modules, gates, shards: Array.from({ length: shardCount }, (_, i) => i + 1), fromGoWork: Boolean(discovery.goWork), gateInputs };
}

export async function discoverCommand(env: NodeJS.ProcessEnv): Promise<number> {
  const plan = await planRun(env);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  new StepIo(env).setOutputs({
    modules: JSON.stringify(plan.modules),
    gates: JSON.stringify(plan.gates),
    shards: JSON.stringify(plan.shards),
    'gate-inputs': JSON.stringify(plan.gateInputs),
    // For a workflow with one job for every module (sbom-publish.yml).
    'go-version-file': oneGoVersionFile(workspace, plan.modules)
  });
  console.log(
    inertLog(
      `${plan.modules.length} module(s)${plan.fromGoWork ? ' from go.work' : ''}: ${plan.modules.map(m => m.dir).join(', ')}; gates: ${plan.gates.join(', ')}; ${plan.shards.length} test shard(s) per module.`
    )
  );
  return 0;
}
