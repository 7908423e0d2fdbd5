import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { actionsStateCache, errorMessage, type Logger, type ResolvedPath, type StateCache, writeResolvedFile } from '@go-ci-gates/core';
import { parseBaseline, serializeBaseline, type CoverageBaseline } from './coverage/index.js';

export interface BaselineLoad {
  baseline?: CoverageBaseline;
  /** Where it came from, or why there is none. */
  detail: string;
  /** Set when a baseline was found but is not valid: why (treated as missing, with a warning). */
  invalid?: string;
}

const FILE = 'coverage-baseline.json';
const KEY_PREFIX = 'go-ci-gates-coverage-baseline-v1-';

/** Baselines in the Actions cache (read on every run, written on pushes to the default branch) or in a file. */
export interface BaselineStore {
  load(): Promise<BaselineLoad>;
  /** Returns a sentence saying what happened. */
  save(b: CoverageBaseline): Promise<string>;
}

/** A baseline file (the baseline-path input, resolved so that it is never written through a symlink). */
export class FileBaselineStore implements BaselineStore {
  private readonly file: string;
  constructor(private readonly target: ResolvedPath) {
    this.file = target.path;
  }
  async load(): Promise<BaselineLoad> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      return { detail: `no baseline file at ${this.file}` };
    }
    const parsed = parseBaseline(text);
    if (typeof parsed === 'string') return { detail: `the baseline file ${this.file} is not valid`, invalid: parsed };
    return { baseline: parsed, detail: `file ${this.file}` };
  }
  async save(b: CoverageBaseline): Promise<string> {
    await writeResolvedFile(this.target, serializeBaseline(b));
    return `Baseline written to ${this.file}.`;
  }
}

/**
 * Cache keys carry the branch and commit (entries are immutable); a run
 * restores the newest entry of its base branch by prefix, which pull
 * requests (forks included) may read but never write. When the workspace holds
 * several modules and 'modules' selects some of them (the reusable workflow's
 * one job per module), the key carries their scope (modulesScope: no module's
 * can start another's), so each module keeps its own baseline; a repository
 * with one module keeps the unscoped key it always had.
 */
export class CacheBaselineStore implements BaselineStore {
  constructor(
    private readonly cache: StateCache,
    private readonly branch: string,
    private readonly sha: string,
    private readonly dir: string,
    private readonly log: Logger,
    private readonly scope = ''
  ) {}

  private get keyPrefix(): string {
    return this.scope ? `${KEY_PREFIX}m.${this.scope}-` : KEY_PREFIX;
  }
  async load(): Promise<BaselineLoad> {
    const restoreDir = path.join(this.dir, 'restore');
    await fs.mkdir(restoreDir, { recursive: true });
    const prefix = `${this.keyPrefix}${this.branch}-`;
    const hit = await this.cache.restore(`${prefix}${this.sha}`, [prefix], restoreDir);
    if (!hit) return { detail: `no baseline for branch ${this.branch} in ${this.cache.description}` };
    try {
      const parsed = parseBaseline(await fs.readFile(path.join(restoreDir, FILE), 'utf8'));
      if (typeof parsed === 'string') return { detail: `the cached baseline ${hit} is not valid`, invalid: parsed };
      return { baseline: parsed, detail: `${this.cache.description}, key ${hit}` };
    } catch (err) {
      this.log.warning(`The cached baseline ${hit} could not be read: ${errorMessage(err)}`);
      return { detail: `the cached baseline ${hit} has no ${FILE}` };
    }
  }
  async save(b: CoverageBaseline): Promise<string> {
    const saveDir = path.join(this.dir, 'save');
    await fs.mkdir(saveDir, { recursive: true });
    await fs.writeFile(path.join(saveDir, FILE), serializeBaseline(b));
    const key = `${this.keyPrefix}${this.branch}-${this.sha}`;
    return (await this.cache.save(key, saveDir)) ? `Baseline saved to ${this.cache.description} as ${key}.` : `The baseline could not be saved to ${this.cache.description} (see the warning).`;
  }
}

export function cacheStore(env: NodeJS.ProcessEnv, log: Logger, branch: string, sha: string, dir: string, scope = ''): BaselineStore {
  return new CacheBaselineStore(actionsStateCache(env, log, 'coverage-baseline'), branch, sha, dir, log, scope);
}
