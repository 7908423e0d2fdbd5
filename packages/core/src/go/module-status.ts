import type { EnvOverlay, GoRunner } from './go-runner.js';

/** One entry of `go list -m -e -u -retracted -json`: what the proxy says about a module version. */
export interface ModuleStatus {
  Path: string;
  Version?: string;
  Main?: boolean;
  Indirect?: boolean;
  /** The author's rationale(s), when this version is retracted. */
  Retracted?: string[];
  /** The `// Deprecated:` comment of the module's latest go.mod. */
  Deprecated?: string;
  Update?: { Version: string };
  Replace?: { Path: string; Version?: string };
  Error?: { Err: string };
}

export interface ModuleStatusListing {
  /** Every module the proxy answered for (the main modules included when `all` was asked). */
  listed: ModuleStatus[];
  /** `path@version` of modules the proxy could not answer for, even one by one. */
  unchecked: string[];
}

/**
 * Retraction, deprecation and upgrade information from the module proxy, as
 * the go command reports it: `go list -m -e -u -retracted -json <targets>`
 * (`all`, or `path@version` queries). A module whose entry carries an Error is
 * asked again on its own (up to `retries` more times), so one proxy error does
 * not lose the listing. mod-verify asks for `all`; mod-review for the versions
 * a change newly requires.
 */
export async function listModuleStatus(
  go: GoRunner,
  targets: readonly string[],
  opts: { cwd: string; env?: EnvOverlay; flags?: readonly string[]; retries: number }
): Promise<ModuleStatusListing> {
  const listed: ModuleStatus[] = [];
  const unchecked: string[] = [];
  if (!targets.length) return { listed, unchecked };
  const flags = opts.flags ?? [];
  const run = { cwd: opts.cwd, env: opts.env, allowFailure: true };
  const { values } = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, ...targets], run);
  for (const m of values) {
    if (m.Main || !m.Error) {
      listed.push(m);
      continue;
    }
    let got: ModuleStatus | undefined;
    for (let i = 0; i <= opts.retries && !got; i++) {
      const r = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-u', '-retracted', '-json', ...flags, `${m.Path}@${m.Version}`], run);
      if (r.values[0] && !r.values[0].Error) got = r.values[0];
    }
    if (got) listed.push({ ...got, Indirect: m.Indirect });
    else unchecked.push(`${m.Path}@${m.Version ?? ''}`);
  }
  return { listed, unchecked };
}

/** What the proxy said about one module version, and when (ms since the epoch). */
export interface StatusAnswer {
  at: number;
  Retracted?: string[];
  Deprecated?: string;
  Update?: { Version: string };
}

const ANSWERS_VERSION = 1;

/**
 * The proxy's answers kept between runs (a file in a state directory the
 * Actions cache or the user keeps): retraction and deprecation change only
 * when a module publishes a new version, so an answer younger than the
 * gate's max age is used instead of asking again. A file that does not parse
 * is ignored (and said so): it only costs a fresh listing.
 */
export class ModuleStatusAnswers {
  private constructor(
    private readonly answers: Map<string, StatusAnswer>,
    /** Why the saved answers could not be used, if they could not. */
    readonly problem?: string
  ) {}

  static empty(): ModuleStatusAnswers {
    return new ModuleStatusAnswers(new Map());
  }

  static parse(text: string): ModuleStatusAnswers {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return new ModuleStatusAnswers(new Map(), 'the saved answers are not JSON; asking the proxy again');
    }
    const d = doc as { version?: unknown; answers?: unknown };
    if (!d || d.version !== ANSWERS_VERSION || typeof d.answers !== 'object' || d.answers === null) {
      return new ModuleStatusAnswers(new Map(), `the saved answers are not version ${ANSWERS_VERSION} of the format; asking the proxy again`);
    }
    const answers = new Map<string, StatusAnswer>();
    for (const [key, raw] of Object.entries(d.answers as Record<string, unknown>)) {
      const a = raw as StatusAnswer;
      if (!a || typeof a.at !== 'number' || !/^[^@\s]+@[^@\s]+$/.test(key)) continue;
      const answer: StatusAnswer = { at: a.at };
      if (Array.isArray(a.Retracted) && a.Retracted.every(r => typeof r === 'string')) answer.Retracted = a.Retracted;
      if (typeof a.Deprecated === 'string') answer.Deprecated = a.Deprecated;
      if (a.Update && typeof a.Update.Version === 'string') answer.Update = { Version: a.Update.Version };
      answers.set(key, answer);
    }
    return new ModuleStatusAnswers(answers);
  }

  /** The answer for `path@version` if it is at most `maxAgeMs` old at `now`. */
  fresh(key: string, maxAgeMs: number, now: number): StatusAnswer | undefined {
    const a = this.answers.get(key);
    return a && now - a.at <= maxAgeMs && a.at <= now ? a : undefined;
  }

  record(m: ModuleStatus, now: number): void {
    if (!m.Version || m.Error) return;
    const answer: StatusAnswer = { at: now };
    if (m.Retracted?.length) answer.Retracted = m.Retracted;
    if (m.Deprecated) answer.Deprecated = m.Deprecated;
    if (m.Update) answer.Update = { Version: m.Update.Version };
    this.answers.set(`${m.Path}@${m.Version}`, answer);
  }

  /** Drops answers older than `maxAgeMs`, so the file does not grow without end. */
  serialize(maxAgeMs: number, now: number): string {
    const kept = [...this.answers].filter(([, a]) => now - a.at <= maxAgeMs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify({ version: ANSWERS_VERSION, answers: Object.fromEntries(kept) });
  }

  get size(): number {
    return this.answers.size;
  }
}

export interface CachedStatusOptions {
  cwd: string;
  env?: EnvOverlay;
  flags?: readonly string[];
  retries: number;
  answers: ModuleStatusAnswers;
  maxAgeMs: number;
  now?: number;
  /** More versions to ask about than this and `all` is listed instead (default ASK_ALL_ABOVE). */
  askAllAbove?: number;
}

/**
 * More versions without a fresh answer than this and `all` is asked instead of
 * each `path@version`: go resolves query arguments one after another, but asks
 * about a build list's modules in parallel (GOMAXPROCS slots, raised by
 * networkParallelismEnv). Measured on the mod-review bench module (130
 * modules, GOMAXPROCS=32, proxy.golang.org): `all` 1.1–1.5 s; queries 0.2 s
 * for one, 0.5 s for 4, 1.0–1.4 s for 8, 1.4–1.6 s for 12.
 */
export const ASK_ALL_ABOVE = 8;

export type KeptStatusResult = ModuleStatusListing & {
  /** Versions the proxy was asked about, and versions answered from the kept answers. */
  asked: number;
  reused: number;
};

/**
 * The status of `modules` (entries of the build list go gives at `cwd`,
 * as `go list -m -json` lists them), given the answers kept from earlier
 * runs: a version with a fresh answer is not asked about again; the rest
 * are asked as `path@version` queries (go answers them exactly as inside
 * `all`), or, when there are more than ASK_ALL_ABOVE of them, by listing
 * `all`. A module with a replacement is answered by `all` alone (a query
 * would not see the replacement). Every answer the proxy gives is recorded
 * (with GOPROXY=off go says nothing of retractions, without an error: that
 * is no answer, and is not kept). Main modules and modules without a
 * version are returned as given.
 */
export async function moduleStatusWithAnswers(go: GoRunner, modules: readonly ModuleStatus[], opts: CachedStatusOptions): Promise<KeptStatusResult> {
  const now = opts.now ?? Date.now();
  const listed: ModuleStatus[] = [];
  const toAsk: ModuleStatus[] = [];
  for (const m of modules) {
    if (m.Main || !m.Version) {
      listed.push(m);
      continue;
    }
    const answer = m.Error ? undefined : opts.answers.fresh(`${m.Path}@${m.Version}`, opts.maxAgeMs, now);
    if (answer) listed.push({ ...m, ...withoutTime(answer) });
    else toAsk.push(m);
  }
  const reused = listed.filter(m => !m.Main && m.Version).length;
  if (!toAsk.length) return { listed, unchecked: [], asked: 0, reused };
  const proxyOff = (opts.env?.GOPROXY ?? (await go.goEnv()).GOPROXY) === 'off';
  const base = { cwd: opts.cwd, env: opts.env, flags: opts.flags ?? [], retries: opts.retries };
  const key = (m: ModuleStatus) => `${m.Path}@${m.Version ?? ''}`;
  const wanted = new Set(toAsk.map(key));
  const answered =
    toAsk.length > (opts.askAllAbove ?? ASK_ALL_ABOVE) || toAsk.some(m => m.Replace)
      ? await listModuleStatus(go, ['all'], base)
      : await listModuleStatus(go, toAsk.map(key), base);
  const byKey = new Map<string, ModuleStatus>();
  for (const m of answered.listed) {
    if (m.Main) continue;
    if (!proxyOff) opts.answers.record(m, now);
    byKey.set(key(m), m);
  }
  for (const m of toAsk) {
    const got = byKey.get(key(m));
    // Indirect is a property of this build list, not of the answer.
    if (got) listed.push({ ...m, Retracted: got.Retracted, Deprecated: got.Deprecated, Update: got.Update });
  }
  return { listed, unchecked: answered.unchecked.filter(k => wanted.has(k)), asked: toAsk.length, reused };
}

/**
 * `listModuleStatus(['all'])` with answers kept between runs: the build list
 * from `go list -m -e -json all` (no proxy questions beyond what loading the
 * graph needs), then moduleStatusWithAnswers.
 */
export async function listModuleStatusCached(go: GoRunner, opts: CachedStatusOptions): Promise<KeptStatusResult> {
  const { values } = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-json', ...(opts.flags ?? []), 'all'], {
    cwd: opts.cwd,
    env: opts.env,
    allowFailure: true
  });
  return moduleStatusWithAnswers(go, values, opts);
}

function withoutTime(a: StatusAnswer): Omit<StatusAnswer, 'at'> {
  const { at: _at, ...rest } = a;
  return rest;
}
