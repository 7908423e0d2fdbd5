import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { matchPrefixPatterns, type Logger, type StateCache } from '@go-ci-gates/core';
import { auditModuleVersions, readSavedTreeState, sumdbStateDir, versionKey, writeSavedTreeState, type AuditOutcome, type VersionOutcome } from './audit.js';
import { SumdbClient, type SignedTree } from './client.js';
import { routeSumdb, type SumdbConfig, type SumdbRoute } from './config.js';
import { BoundedFetcher } from './http.js';

/**
 * One checksum-database session as sum-audit runs it, for every gate that
 * verifies go.sum lines (sum-audit, mod-review): route as go does, look each
 * module version up once, prove the tree heads consistent (with the one kept
 * from an earlier run) and each record included, then keep the new tree head.
 * The state is shared: the same directory layout and Actions-cache keys.
 */
export interface SumdbSessionOptions {
  config: SumdbConfig;
  goproxy: string | undefined;
  concurrency: number;
  attempts: number;
  requestTimeoutMs: number;
  log: Logger;
  env: NodeJS.ProcessEnv;
  tempDir: string;
  /** A directory the user named for the state (sum-audit's state-dir), else a temp directory restored from `store`. */
  stateDir?: string;
  /** Where the state is kept between runs (the Actions cache), when not in stateDir. */
  store?: StateCache;
  /** Describes the state directory in the summary (`directory .gcg-state`). */
  stateDirLabel?: string;
  /**
   * Ask for the latest tree head as soon as the route is known, before the versions are: for a
   * caller whose versions are usually all kept from earlier runs (mod-review), where the audit
   * needs that head and nothing else from the network. Unused (one request) when a lookup brings a head.
   */
  prefetchLatest?: boolean;
}

export interface SumdbSession {
  route?: SumdbRoute;
  /** Why the database could not be reached at all (routing failed). */
  routeError?: string;
  audit?: AuditOutcome;
  requests: number;
  retries: number;
  tilesFetched: number;
  state: { store: string; restored: boolean; saved: boolean; problem?: string };
}

/** Whether the go command consults the checksum database for this module path (modfetch.useSumDB). */
export function usesSumdb(modulePath: string, gosumdbOff: boolean, noSumdb: string): boolean {
  if (gosumdbOff) return false;
  if (modulePath === 'golang.org/toolchain') return true;
  return !matchPrefixPatterns(noSumdb, modulePath);
}

/** The Actions-cache key prefix of a database's state: one per database name and key. */
export function sumdbStateKeyBase(config: SumdbConfig): string {
  return `sum-audit-${config.name}-${createHash('sha256').update(config.verifier.text).digest('hex').slice(0, 12)}-`;
}

/** Looks up `versions` in the checksum database with the state kept between runs. */
export async function auditWithSavedState(versions: readonly { module: string; version: string }[], opts: SumdbSessionOptions): Promise<SumdbSession> {
  return openSumdbSession(opts).audit(versions);
}

/** A session whose network set-up has started: `audit` looks the versions up once they are known. */
export interface OpenSumdbSession {
  /** Restores the kept state and looks the versions up (at most once per session). */
  audit(versions: readonly { module: string; version: string }[]): Promise<SumdbSession>;
  /**
   * Ends a session that will not be audited (nothing to look up): requests in flight are cut off
   * and nothing more is asked. Nothing was written: the kept state is restored only by `audit`.
   */
  close(): void;
}

/**
 * Starts what a session needs before it knows which versions to look up (routing, as go does, and
 * with prefetchLatest the latest tree head: two round trips to the database) so a caller that is
 * still working out the versions (mod-review, reading the base commit) does not wait on them after.
 * The kept state is restored by `audit`, so a session closed unused leaves no files behind.
 */
export function openSumdbSession(opts: SumdbSessionOptions): OpenSumdbSession {
  const { config, log } = opts;
  const http = new BoundedFetcher({
    concurrency: opts.concurrency,
    attempts: opts.attempts,
    timeoutMs: opts.requestTimeoutMs,
    onRetry: (url, attempt, reason) => log.info(`Retrying (attempt ${attempt}) ${url}: ${reason}`)
  });
  // The probe goes over the same keep-alive connections as the lookups and tiles after it.
  const routed = routeSumdb(config, opts.goproxy, u => http.status(u)).then(
    route => ({ route }),
    (err: Error) => ({ error: err.message })
  );
  const latest = opts.prefetchLatest
    ? routed.then(r => ('route' in r ? new SumdbClient(r.route.baseUrl, config.verifier, http).latest() : undefined))
    : undefined;
  latest?.catch(() => undefined); // used, or not, by the audit
  const store = opts.stateDir ? undefined : opts.store;
  const stateRoot = opts.stateDir ?? path.join(opts.tempDir, 'sumdb-state');
  const keyBase = sumdbStateKeyBase(config);
  return {
    audit: versions => {
      const restoring = store ? store.restore(`${keyBase}${opts.env.GITHUB_RUN_ID ?? 'local'}`, [keyBase], stateRoot) : Promise.resolve(undefined);
      restoring.catch(() => undefined); // awaited by the audit, which reports a failure
      return auditOpened(versions, opts, { http, routed, latest, restoring, store, stateRoot, keyBase });
    },
    close: () => http.abort()
  };
}

async function auditOpened(
  versions: readonly { module: string; version: string }[],
  opts: SumdbSessionOptions,
  opened: {
    http: BoundedFetcher;
    routed: Promise<{ route: SumdbRoute } | { error: string }>;
    latest?: Promise<SignedTree | undefined>;
    restoring: Promise<string | undefined>;
    store: StateCache | undefined;
    stateRoot: string;
    keyBase: string;
  }
): Promise<SumdbSession> {
  const result: SumdbSession = { requests: 0, retries: 0, tilesFetched: 0, state: { store: 'none', restored: false, saved: false } };
  const { config, log, env } = opts;
  const { store, stateRoot, keyBase, http } = opened;
  const routed = await opened.routed;
  if ('error' in routed) {
    http.close();
    result.routeError = routed.error;
    return result;
  }
  const route = routed.route;
  result.route = route;
  log.info(
    `Checksum database ${config.name} at ${route.baseUrl} (${route.via === 'proxy' ? 'through GOPROXY' : route.via === 'direct' ? 'direct' : 'URL from GOSUMDB'}).`
  );

  const client = new SumdbClient(route.baseUrl, config.verifier, http);

  // State from the last run: a directory the user names, or the Actions cache (restored since the session opened).
  const dbDir = sumdbStateDir(stateRoot, config.name);
  result.state.store = opts.stateDir ? (opts.stateDirLabel ?? `directory ${opts.stateDir}`) : store ? store.description : 'none';
  if (store) result.state.restored = (await opened.restoring) !== undefined;
  const saved = await readSavedTreeState(dbDir);
  if (saved.state) result.state.restored = true;
  if (saved.problem) result.state.problem = saved.problem;
  await client.tiles.load(dbDir);

  const unique = new Map<string, { module: string; version: string }>();
  for (const v of versions) unique.set(versionKey(v.module, v.version), v);
  const total = unique.size;
  const step = Math.max(100, Math.ceil(total / 10));
  const started = Date.now();
  let audit: AuditOutcome;
  try {
    audit = await auditModuleVersions(client, [...unique.values()], {
      previous: saved.state,
      latest: opened.latest,
      onProgress: (done, n) => {
        if (n >= 200 && (done % step === 0 || done === n))
          log.info(`Checksum database lookups: ${done}/${n} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    });
  } finally {
    http.close();
  }
  result.audit = audit;
  result.requests = http.requests;
  result.retries = http.retries;
  result.tilesFetched = client.tiles.fetched;
  if (audit.stateProblem) result.state.problem = audit.stateProblem;

  // Keep the new tree head (only when everything that was checked verified).
  const changed =
    audit.nextState &&
    (!saved.state ||
      saved.state.size !== audit.nextState.size ||
      saved.state.hash !== audit.nextState.hash ||
      Object.keys(saved.state.records).length !== Object.keys(audit.nextState.records).length);
  if (audit.nextState && changed) {
    await writeSavedTreeState(dbDir, audit.nextState);
    await client.tiles.save(dbDir, (await audit.nextNodes?.()) ?? new Map());
    if (store)
      result.state.saved = await store.save(
        `${keyBase}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${audit.nextState.size}-${Date.now()}`,
        stateRoot
      );
    else result.state.saved = true;
  }
  return result;
}

/** What the database says of one go.sum line, from its module version's outcome. */
export type LineOutcome =
  | { state: 'verified' }
  | { state: 'mismatch'; dbLine: string }
  | { state: 'rejected'; detail: string }
  | { state: 'unverified'; reason: 'not-found' | 'unreachable'; detail: string };

export function lineOutcome(o: VersionOutcome | undefined, line: { module: string; version: string; kind: 'zip' | 'go.mod'; hash: string }): LineOutcome {
  if (!o) return { state: 'unverified', reason: 'unreachable', detail: 'no answer' };
  if (o.state === 'not-found' || o.state === 'unreachable') return { state: 'unverified', reason: o.state, detail: o.reason };
  if (o.state === 'rejected') return { state: 'rejected', detail: o.reason };
  const prefix = `${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''} h1:`;
  const dbLine = o.lines.find(l => l.startsWith(prefix));
  if (!dbLine)
    return { state: 'rejected', detail: `the database record for ${line.module}@${line.version} has no ${line.kind === 'go.mod' ? '/go.mod ' : ''}hash` };
  return dbLine.slice(prefix.length - 3) === line.hash ? { state: 'verified' } : { state: 'mismatch', dbLine };
}
