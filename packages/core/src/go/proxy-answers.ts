import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { actionsStateCache, type StateCache } from '../cache/state-cache.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../util/log.js';
import { writeFileBelow } from '../util/safe-write.js';
import { ModuleStatusAnswers } from './module-status.js';

const FILE = 'module-status.json';
/** The Actions-cache version of the answers file: one format, so a gate may restore what another saved. */
const CACHE_VERSION = 'mod-verify-answers';

/** The inputs that say where the proxy's answers are kept (answers-max-age, cache, state-dir). */
export interface ProxyAnswersInputs {
  /** Hours an answer is reused; 0 keeps nothing. */
  answersMaxAgeHours: number;
  /** Keep the answers in the Actions cache. */
  cache: boolean;
  /** The resolved state-dir input (core's resolveStateDir), and how the summary names it. */
  stateDir?: { dir: string; label: string };
}

/** Under which Actions-cache keys a gate keeps its answers, and whose it restores. */
export interface ProxyAnswersKeys {
  /** This gate's key prefix (`mod-verify-answers-1-`). */
  keyPrefix: string;
  /** Prefixes restored from, best first (the gate's own, then another gate's). */
  restorePrefixes: readonly string[];
}

/**
 * Where the module proxy's answers (retracted, deprecated, newer version;
 * core's ModuleStatusAnswers) live between runs: the state-dir input, else
 * the Actions cache (restored into a temp directory), else nowhere. Restoring
 * and saving never fail the gate: without saved answers it asks the proxy,
 * as it always did. mod-verify and mod-review keep them.
 */
export class ProxyAnswersStore {
  private constructor(
    readonly answers: ModuleStatusAnswers,
    readonly maxAgeMs: number,
    /** "directory .gcg-state", "actions cache", ... for the summary. */
    readonly description: string,
    private readonly dir: string,
    private readonly cache: StateCache | undefined,
    private readonly keys: ProxyAnswersKeys,
    private readonly deps: { env: NodeJS.ProcessEnv; log: Logger }
  ) {}

  static async open(
    inputs: ProxyAnswersInputs,
    keys: ProxyAnswersKeys,
    deps: { env: NodeJS.ProcessEnv; log: Logger; tempDir: string },
    cacheOverride?: StateCache
  ): Promise<ProxyAnswersStore | undefined> {
    if (inputs.answersMaxAgeHours === 0) return undefined;
    const maxAgeMs = inputs.answersMaxAgeHours * 3600_000;
    if (inputs.stateDir) {
      const { dir, label } = inputs.stateDir;
      return new ProxyAnswersStore(await read(dir, deps.log), maxAgeMs, label, dir, undefined, keys, deps);
    }
    if (!inputs.cache) return undefined;
    // An optimisation only: where the runner offers no cache service (a local run), ask the proxy without a word.
    const env = deps.env;
    if (!cacheOverride && !(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL))) return undefined;
    const cache = cacheOverride ?? actionsStateCache(env, deps.log, CACHE_VERSION);
    const dir = path.join(deps.tempDir, 'proxy-answers');
    await fs.mkdir(dir, { recursive: true });
    await cache.restore(`${keys.keyPrefix}${env.GITHUB_RUN_ID ?? 'local'}`, keys.restorePrefixes, dir);
    return new ProxyAnswersStore(await read(dir, deps.log), maxAgeMs, cache.description, dir, cache, keys, deps);
  }

  /** Writes the answers back (only those still within the max age); a failure is a warning. */
  async save(): Promise<void> {
    try {
      // Never through a symlink, even one planted after the state directory was checked.
      await writeFileBelow(this.dir, path.join(this.dir, FILE), this.answers.serialize(this.maxAgeMs, Date.now()));
      if (this.cache) {
        const env = this.deps.env;
        await this.cache.save(`${this.keys.keyPrefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${Date.now()}`, this.dir);
      }
    } catch (err) {
      this.deps.log.warning(`Could not keep the module proxy's answers in ${this.description}: ${errorMessage(err)}`);
    }
  }
}

async function read(dir: string, log: Logger): Promise<ModuleStatusAnswers> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, FILE), 'utf8');
  } catch {
    return ModuleStatusAnswers.empty();
  }
  const answers = ModuleStatusAnswers.parse(text);
  if (answers.problem) log.warning(`Saved proxy answers in ${dir}: ${answers.problem}`);
  return answers;
}
