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
 * A branch name as a key part no other branch's can start, and that can never
 * look like a module scope: a-z and 0-9 stay, every other byte (`-`, `/`,
 * `.`, `_`, uppercase, non-ASCII) becomes `_` and two hex digits. It holds no
 * `-`, so in `<prefix>-<branch>-<sha>` the branch ends at the first `-`
 * (`main-` never starts `main_2dx-`), and no `.`, so it never begins like a
 * scoped key's `m.<scope>`. main, master, develop and other names of a-z and
 * 0-9 are unchanged: their keys are the ones earlier releases wrote.
 */
export function branchKey(branch: string): string {
  let key = '';
  for (const byte of Buffer.from(branch, 'utf8')) {
    const c = String.fromCharCode(byte);
    key += /[a-z0-9]/.test(c) ? c : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return key;
}

/**
 * Cache keys carry the branch and commit (entries are immutable); a run
 * restores the newest entry of its base branch by prefix, which pull
 * requests (forks included) may read but never write. When the workspace holds
 * several modules and 'modules' selects some of them (the reusable workflow's
 * one job per module), the key carries their scope (modulesScope: no module's
 * can start another's), so each module keeps its own baseline; a repository
 * with one module keeps the unscoped key it always had. Keys:
 *
 *   go-ci-gates-coverage-baseline-v1-<branchKey>-<sha>             one module
 *   go-ci-gates-coverage-baseline-v1-m.<scope>-<branchKey>-<sha>   a scope of modules
 *
 * Neither the scope nor the branch key holds `-`, and a branch key holds no
 * `.`, so no branch's or scope's prefix starts another's keys.
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

  private get scopePrefix(): string {
    return this.scope ? `${KEY_PREFIX}m.${this.scope}-` : KEY_PREFIX;
  }
  private get prefix(): string {
    return `${this.scopePrefix}${branchKey(this.branch)}-`;
  }
  /**
   * Where releases before branch keys saved a one-module baseline for a branch
   * with characters outside a-z0-9 (the raw name): read, never written. That
   * prefix also starts other branches' keys (release-1- starts release-1-rc's),
   * so an entry under it counts only when the rest of its key is a commit.
   */
  private get legacyPrefix(): string | undefined {
    const legacy = `${KEY_PREFIX}${this.branch}-`;
    return this.scope || legacy === this.prefix ? undefined : legacy;
  }
  async load(): Promise<BaselineLoad> {
    const restoreDir = path.join(this.dir, 'restore');
    await fs.mkdir(restoreDir, { recursive: true });
    const legacy = this.legacyPrefix;
    const hit = await this.cache.restore(`${this.prefix}${this.sha}`, legacy ? [this.prefix, legacy] : [this.prefix], restoreDir);
    const none = { detail: `no baseline for branch ${this.branch} in ${this.cache.description}` };
    if (!hit) return none;
    if (!hit.startsWith(this.prefix)) {
      if (!legacy || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(hit.slice(legacy.length))) return none;
    }
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
    const key = `${this.prefix}${this.sha}`;
    return (await this.cache.save(key, saveDir))
      ? `Baseline saved to ${this.cache.description} as ${key}.`
      : `The baseline could not be saved to ${this.cache.description} (see the warning).`;
  }
}

export function cacheStore(env: NodeJS.ProcessEnv, log: Logger, branch: string, sha: string, dir: string, scope = ''): BaselineStore {
  return new CacheBaselineStore(actionsStateCache(env, log, 'coverage-baseline'), branch, sha, dir, log, scope);
}
