import { actionsStateCache, goSumLineSyntaxProblem, noSumdbPatterns, type GateDeps, type GoEnv, type GoSumLine } from '@go-ci-gates/core';
import { auditWithSavedState, lineOutcome, parseGosumdb, usesSumdb, versionKey } from '@go-ci-gates/sumdb';

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

/**
 * Verifies new go.sum lines against the checksum database with sumdb's
 * session, as sum-audit does: the same client, routing (GOSUMDB, GOPROXY,
 * GONOSUMDB/GOPRIVATE as go reads them) and the same state kept between runs
 * (in the state-dir input, else the Actions cache unless `cache` is off).
 */
export async function verifyNewSums(
  units: { lines: GoSumLine[]; verdicts?: SumVerdicts }[],
  deps: GateDeps,
  goEnv: GoEnv,
  keep: { stateDir?: { dir: string; label: string }; cache: boolean }
): Promise<void> {
  const all = units.flatMap(u => u.lines);
  for (const u of units) u.verdicts = { verified: 0, mismatch: [], rejected: [], unverified: [] };
  if (!all.length) return;
  let config;
  try {
    config = parseGosumdb(goEnv.GOSUMDB);
  } catch (err) {
    for (const u of units) for (const l of u.lines) u.verdicts!.unverified.push({ line: text(l), why: `GOSUMDB is not usable: ${(err as Error).message}` });
    return;
  }
  const noSumdb = noSumdbPatterns({ GONOSUMDB: goEnv.GONOSUMDB, GOPRIVATE: goEnv.GOPRIVATE });
  const pending = (l: GoSumLine) => config && usesSumdb(l.module, false, noSumdb) && !goSumLineSyntaxProblem(l);
  const asked = all.filter(pending);
  const session = config
    ? await auditWithSavedState(
        asked.map(l => ({ module: l.module, version: l.version })),
        {
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
          store: keep.stateDir || !keep.cache ? undefined : actionsStateCache(deps.env, deps.log, 'sum-audit-1'),
          // The new lines are mostly kept from earlier runs: then the audit needs only the latest head.
          prefetchLatest: true
        }
      )
    : undefined;
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
