import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { actionsStateCache, errorMessage, ModuleStatusAnswers, resolveStateDir, writeFileBelow, type GateDeps, type StateCache } from '@go-ci-gates/core';
import type { ModVerifyInputs } from './inputs.js';

const FILE = 'module-status.json';
const KEY_PREFIX = 'mod-verify-answers-1-';

/**
 * Where the proxy's answers live between runs: the state-dir input, else the
 * Actions cache (restored into a temp directory), else nowhere. Restoring
 * and saving never fail the gate: without saved answers it asks the proxy,
 * as it always did.
 */
export class ProxyAnswersStore {
  private constructor(
    readonly answers: ModuleStatusAnswers,
    readonly maxAgeMs: number,
    /** "directory .gcg-state", "actions cache", ... for the summary. */
    readonly description: string,
    private readonly dir: string,
    private readonly cache: StateCache | undefined,
    private readonly deps: GateDeps
  ) {}

  static async open(inputs: ModVerifyInputs, deps: GateDeps, cacheOverride?: StateCache): Promise<ProxyAnswersStore | undefined> {
    if (inputs.answersMaxAgeHours === 0) return undefined;
    const maxAgeMs = inputs.answersMaxAgeHours * 3600_000;
    if (inputs.stateDir) {
      const dir = await resolveStateDir(inputs.stateDir, deps.workspace, deps.env);
      return new ProxyAnswersStore(await read(dir, deps), maxAgeMs, `directory ${inputs.stateDir}`, dir, undefined, deps);
    }
    if (!inputs.cache) return undefined;
    // An optimisation only: where the runner offers no cache service (a local run), ask the proxy without a word.
    const env = deps.env;
    if (!cacheOverride && !(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL))) return undefined;
    const cache = cacheOverride ?? actionsStateCache(env, deps.log, 'mod-verify-answers');
    const dir = path.join(deps.tempDir, 'proxy-answers');
    await fs.mkdir(dir, { recursive: true });
    await cache.restore(`${KEY_PREFIX}${deps.env.GITHUB_RUN_ID ?? 'local'}`, [KEY_PREFIX], dir);
    return new ProxyAnswersStore(await read(dir, deps), maxAgeMs, cache.description, dir, cache, deps);
  }

  /** Writes the answers back (only those still within the max age); a failure is a warning. */
  async save(): Promise<void> {
    try {
      // Never through a symlink, even one planted after the state directory was checked.
      await writeFileBelow(this.dir, path.join(this.dir, FILE), this.answers.serialize(this.maxAgeMs, Date.now()));
      if (this.cache) {
        const env = this.deps.env;
        await this.cache.save(`${KEY_PREFIX}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now()}`, this.dir);
      }
    } catch (err) {
      this.deps.log.warning(`Could not keep the module proxy's answers in ${this.description}: ${errorMessage(err)}`);
    }
  }
}

async function read(dir: string, deps: GateDeps): Promise<ModuleStatusAnswers> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, FILE), 'utf8');
  } catch {
    return ModuleStatusAnswers.empty();
  }
  const answers = ModuleStatusAnswers.parse(text);
  if (answers.problem) deps.log.warning(`Saved proxy answers in ${dir}: ${answers.problem}`);
  return answers;
}
