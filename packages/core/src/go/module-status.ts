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
}

/**
 * `listModuleStatus(['all'])` with answers kept between runs. The build list
 * itself comes from `go list -m -e -json all` (no proxy questions beyond what
 * loading the graph needs); only versions without a fresh answer are asked
 * about, as `path@version` queries, which go answers exactly as it answers
 * them inside `all`. A module with a replacement is answered by `all` alone
 * (a query would not see the replacement), so one such module without a
 * fresh answer means the full listing. Every answer the proxy gives is recorded.
 */
export async function listModuleStatusCached(go: GoRunner, opts: CachedStatusOptions): Promise<ModuleStatusListing & { asked: number; reused: number }> {
  const now = opts.now ?? Date.now();
  const flags = opts.flags ?? [];
  // With GOPROXY=off go answers from the module cache and says nothing of retractions, without an
  // error: that is no answer to keep. (A proxy that fails gives an Error, which is never kept.)
  const proxyOff = (opts.env?.GOPROXY ?? (await go.goEnv()).GOPROXY) === 'off';
  const record = (m: ModuleStatus) => proxyOff || opts.answers.record(m, now);
  const { values } = await go.listJson<ModuleStatus>(['list', '-m', '-e', '-json', ...flags, 'all'], { cwd: opts.cwd, env: opts.env, allowFailure: true });
  const listed: ModuleStatus[] = [];
  const toAsk: ModuleStatus[] = [];
  for (const m of values) {
    if (m.Main || !m.Version) {
      listed.push(m);
      continue;
    }
    const answer = m.Error ? undefined : opts.answers.fresh(`${m.Path}@${m.Version}`, opts.maxAgeMs, now);
    if (answer) listed.push({ ...m, ...withoutTime(answer) });
    else toAsk.push(m);
  }
  if (!toAsk.length) return { listed, unchecked: [], asked: 0, reused: listed.filter(m => !m.Main && m.Version).length };
  const base = { cwd: opts.cwd, env: opts.env, flags, retries: opts.retries };
  if (toAsk.some(m => m.Replace)) {
    const all = await listModuleStatus(go, ['all'], base);
    for (const m of all.listed) record(m);
    return { ...all, asked: all.listed.filter(m => !m.Main).length, reused: 0 };
  }
  const asked = await listModuleStatus(
    go,
    toAsk.map(m => `${m.Path}@${m.Version}`),
    base
  );
  const byKey = new Map(asked.listed.map(m => [`${m.Path}@${m.Version}`, m]));
  const reused = listed.filter(m => !m.Main && m.Version).length;
  for (const m of toAsk) {
    const got = byKey.get(`${m.Path}@${m.Version}`);
    if (!got) continue;
    record(got);
    // Indirect is a property of this build list, not of the answer.
    listed.push({ ...m, Retracted: got.Retracted, Deprecated: got.Deprecated, Update: got.Update });
  }
  return { listed, unchecked: asked.unchecked, asked: toAsk.length, reused };
}

function withoutTime(a: StatusAnswer): Omit<StatusAnswer, 'at'> {
  const { at: _at, ...rest } = a;
  return rest;
}
