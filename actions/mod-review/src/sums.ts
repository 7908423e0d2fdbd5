import { actionsStateCache, goSumLineSyntaxProblem, noSumdbPatterns, type GateDeps, type GoEnv, type GoSumLine, type StateCache } from '@go-ci-gates/core';
import { lineOutcome, openSumdbSession, parseGosumdb, usesSumdb, versionKey, type OpenSumdbSession, type SumdbConfig } from '@go-ci-gates/sumdb';

/** What the checksum database said of a unit's new go.sum lines. */
export interface SumVerdicts {
  verified: number;
  /** Lines whose hash differs from the database's: `line`, and the database's line. */
  mismatch: { line: string; dbLine: string }[];
  /** Lines whose database answer failed verification (a forged or forked log). */
  rejected: { line: string; detail: string }[];
  /** Lines not checked, and why (GOSUMDB=off, private, not in the database, unreachable). */
  unverified: { line: string; why: string }[];
}

const text = (l: GoSumLine) => `${l.module} ${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''} ${l.hash}`;

/** The checksum-database check as opened before the new lines are known: its session (routing, the latest head) is under way. */
export interface SumChecks {
  config?: SumdbConfig;
  /** GOSUMDB could not be read: every line is unverified, with this reason. */
  configProblem?: string;
  noSumdb: string;
  session?: OpenSumdbSession;
}

/**
 * Opens the check as sum-audit runs it, with sumdb's session: the same client, routing (GOSUMDB,
 * GOPROXY, GONOSUMDB/GOPRIVATE as go reads them) and the same state kept between runs (in the
 * state-dir input, else the Actions cache unless `cache` is off). The route probe and the latest
 * tree head are asked at once, while git and go work out the base and the new lines.
 */
export function openSumChecks(deps: GateDeps, goEnv: GoEnv, keep: { stateDir?: { dir: string; label: string }; cache: boolean }): SumChecks {
  const noSumdb = noSumdbPatterns({ GONOSUMDB: goEnv.GONOSUMDB, GOPRIVATE: goEnv.GOPRIVATE });
  let config: SumdbConfig | undefined;
  try {
    config = parseGosumdb(goEnv.GOSUMDB);
  } catch (err) {
    return { configProblem: `GOSUMDB is not usable: ${(err as Error).message}`, noSumdb };
  }
  if (!config) return { noSumdb };
  const session = openSumdbSession({
    config,
    goproxy: goEnv.GOPROXY,
    concurrency: 8,
    attempts: 3,
    requestTimeoutMs: 30_000,
    log: deps.log,
    env: deps.env,
    tempDir: deps.tempDir,
    // Where sum-audit keeps it: the state-dir input (the same layout), else the Actions cache.
    stateDir: keep.stateDir?.dir,
    stateDirLabel: keep.stateDir?.label,
    store: keep.stateDir || !keep.cache ? undefined : lazyStore(() => actionsStateCache(deps.env, deps.log, 'sum-audit-1')),
    // The new lines are mostly kept from earlier runs: then the audit needs only the latest head.
    prefetchLatest: true
  });
  return { config, noSumdb, session };
}

/** Verifies new go.sum lines against the checksum database (with none to look up, the session is not audited: its opener closes it). */
export async function verifyNewSums(units: { lines: GoSumLine[]; verdicts?: SumVerdicts }[], checks: SumChecks): Promise<void> {
  const { config, noSumdb } = checks;
  for (const u of units) u.verdicts = { verified: 0, mismatch: [], rejected: [], unverified: [] };
  const pending = (l: GoSumLine) => config && usesSumdb(l.module, false, noSumdb) && !goSumLineSyntaxProblem(l);
  const asked = units.flatMap(u => u.lines).filter(pending);
  if (checks.configProblem) {
    for (const u of units) for (const l of u.lines) u.verdicts!.unverified.push({ line: text(l), why: checks.configProblem });
    return;
  }
  const session = asked.length ? await checks.session?.audit(asked.map(l => ({ module: l.module, version: l.version }))) : undefined;
  for (const u of units) {
    const v = u.verdicts!;
    for (const l of u.lines) {
      if (!config) v.unverified.push({ line: text(l), why: 'GOSUMDB=off' });
      else if (!usesSumdb(l.module, false, noSumdb)) v.unverified.push({ line: text(l), why: 'matched by GONOSUMDB/GOPRIVATE' });
      else if (goSumLineSyntaxProblem(l)) v.unverified.push({ line: text(l), why: 'not an h1 hash' });
      else if (session?.routeError !== undefined) v.unverified.push({ line: text(l), why: `checksum database unreachable: ${session.routeError}` });
      else {
        const r = lineOutcome(session?.audit?.outcomes.get(versionKey(l.module, l.version)), l);
        if (r.state === 'verified') v.verified++;
        else if (r.state === 'mismatch') v.mismatch.push({ line: text(l), dbLine: r.dbLine });
        else if (r.state === 'rejected') v.rejected.push({ line: text(l), detail: r.detail });
        else
          v.unverified.push({
            line: text(l),
            why: `${r.reason === 'not-found' ? 'not in the checksum database' : 'checksum database unreachable'} (${r.detail})`
          });
      }
    }
  }
}

/**
 * The Actions cache, looked up when the session first restores or saves: a session opened ahead and
 * closed unused (no new go.sum line) says nothing about a cache it never needed (outside Actions,
 * that the cache is not available).
 */
function lazyStore(make: () => StateCache): StateCache {
  let made: StateCache | undefined;
  const store = () => (made ??= make());
  return {
    get description() {
      return store().description;
    },
    restore: (key, restoreKeys, dir) => store().restore(key, restoreKeys, dir),
    save: (key, dir) => store().save(key, dir)
  };
}
