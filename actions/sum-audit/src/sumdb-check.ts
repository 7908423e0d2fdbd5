import {
  actionsStateCache,
  ConfigurationError,
  goSumLineSyntaxProblem,
  noSumdbPatterns,
  UserFacingError,
  type Finding,
  type GoSumLine,
  type Logger,
  type StateCache
} from '@go-ci-gates/core';
import {
  auditWithSavedState,
  lineOutcome,
  parseGosumdb,
  SumdbConfigError,
  usesSumdb,
  versionKey,
  type AuditOutcome,
  type SumdbConfig,
  type SumdbRoute
} from '@go-ci-gates/sumdb';
import type { SumAuditInputs } from './inputs.js';
import type { SumFile } from './sum-files.js';

/** Why a line was not checked against the database. */
export type UnverifiedReason = 'sumdb-off' | 'private' | 'not-found' | 'unreachable' | 'unknown-hash' | 'disabled';

export interface LineVerdict {
  file: SumFile;
  line: GoSumLine;
  state: 'verified' | 'mismatch' | 'rejected' | 'unverified';
  reason?: UnverifiedReason;
  detail?: string;
  dbLine?: string;
}

export interface SumdbCheck {
  findings: Finding[];
  verdicts: LineVerdict[];
  config?: SumdbConfig;
  route?: SumdbRoute;
  audit?: AuditOutcome;
  requests: number;
  retries: number;
  tilesFetched: number;
  /** Where the tree head is kept between runs, and what happened to it. */
  state: { store: string; restored: boolean; saved: boolean; problem?: string };
}

const REASON_TEXT: Record<UnverifiedReason, string> = {
  'sumdb-off': 'GOSUMDB=off',
  private: 'matched by GONOSUMDB/GOPRIVATE',
  'not-found': 'not in the checksum database',
  unreachable: 'checksum database unreachable or answered badly',
  'unknown-hash': 'not an h1 hash',
  disabled: "the 'sumdb' input is false"
};
export const reasonText = (r: UnverifiedReason): string => REASON_TEXT[r];

/** Parses GOSUMDB from the input (a bad value is a configuration error) or from go env. */
export function sumdbConfig(inputs: SumAuditInputs, goEnvValue: string | undefined): SumdbConfig | undefined {
  const fromInput = inputs.gosumdb !== '';
  try {
    return parseGosumdb(fromInput ? inputs.gosumdb : goEnvValue);
  } catch (err) {
    if (!(err instanceof SumdbConfigError)) throw err;
    if (fromInput) throw new ConfigurationError('gosumdb', inputs.gosumdb, err.message);
    throw new UserFacingError(`The go command's GOSUMDB is not usable: ${err.message}`);
  }
}

export { usesSumdb };

export interface SumdbDeps {
  goEnv: Record<string, string>;
  env: NodeJS.ProcessEnv;
  tempDir: string;
  workspace: string;
  log: Logger;
  /** Injected by tests; default: Actions cache (or state-dir). */
  stateCache?: StateCache;
  /** The resolved state-dir input, when set. */
  stateDir?: string;
}

export async function checkAgainstSumdb(inputs: SumAuditInputs, files: SumFile[], deps: SumdbDeps): Promise<SumdbCheck> {
  const config = inputs.sumdb ? sumdbConfig(inputs, deps.goEnv.GOSUMDB) : undefined;
  const noSumdb = noSumdbPatterns({ GONOSUMDB: deps.goEnv.GONOSUMDB, GOPRIVATE: deps.goEnv.GOPRIVATE });
  const verdicts: LineVerdict[] = [];
  const pending: LineVerdict[] = [];
  // Each module has two lines or more: ask the patterns once per module.
  const checkedModules = new Map<string, boolean>();
  const checked = (module: string): boolean => {
    let uses = checkedModules.get(module);
    if (uses === undefined) checkedModules.set(module, (uses = usesSumdb(module, false, noSumdb)));
    return uses;
  };
  for (const file of files) {
    for (const line of file.parsed.lines) {
      const syntax = goSumLineSyntaxProblem(line);
      if (syntax && syntax.kind !== 'unknown-hash') continue; // Malformed lines are reported by the file checks.
      const v: LineVerdict = { file, line, state: 'unverified' };
      if (!inputs.sumdb) v.reason = 'disabled';
      else if (!config) v.reason = 'sumdb-off';
      else if (!checked(line.module)) v.reason = 'private';
      else if (syntax) v.reason = 'unknown-hash';
      else pending.push(v);
      verdicts.push(v);
    }
  }
  const result: SumdbCheck = {
    findings: [],
    verdicts,
    config,
    requests: 0,
    retries: 0,
    tilesFetched: 0,
    state: { store: 'none', restored: false, saved: false }
  };
  if (!config || pending.length === 0) return finish(result, inputs);

  // sumdb's session, shared with mod-review: route as go does, look up, prove, keep the tree head.
  const pendingKeys = pending.map(v => versionKey(v.line.module, v.line.version));
  const session = await auditWithSavedState(
    pending.map(v => ({ module: v.line.module, version: v.line.version })),
    {
      config,
      goproxy: deps.goEnv.GOPROXY,
      concurrency: inputs.concurrency,
      attempts: inputs.attempts,
      requestTimeoutMs: inputs.requestTimeout * 1000,
      log: deps.log,
      env: deps.env,
      tempDir: deps.tempDir,
      stateDir: deps.stateDir,
      stateDirLabel: inputs.stateDir ? `directory ${inputs.stateDir}` : undefined,
      store: inputs.stateDir ? undefined : (deps.stateCache ?? (inputs.cache ? actionsStateCache(deps.env, deps.log, 'sum-audit-1') : undefined))
    }
  );
  if (session.routeError !== undefined) {
    for (const v of pending) Object.assign(v, { reason: 'unreachable', detail: session.routeError });
    return finish(result, inputs);
  }
  result.route = session.route;
  result.audit = session.audit;
  result.requests = session.requests;
  result.retries = session.retries;
  result.tilesFetched = session.tilesFetched;
  result.state = session.state;
  pending.forEach((v, i) => applyOutcome(v, session.audit!.outcomes.get(pendingKeys[i])));
  return finish(result, inputs);
}

function applyOutcome(v: LineVerdict, o: Parameters<typeof lineOutcome>[0]): void {
  const r = lineOutcome(o, v.line);
  if (r.state === 'verified') v.state = 'verified';
  else if (r.state === 'mismatch') Object.assign(v, { state: 'mismatch', dbLine: r.dbLine });
  else if (r.state === 'rejected') Object.assign(v, { state: 'rejected', detail: r.detail });
  else Object.assign(v, { reason: r.reason, detail: r.detail });
}

function finish(result: SumdbCheck, inputs: SumAuditInputs): SumdbCheck {
  const findings: Finding[] = [];
  if (result.audit?.fork) {
    const first = result.verdicts.find(v => v.state === 'rejected');
    findings.push({
      rule: 'sumdb-fork',
      severity: 'error',
      title: 'SECURITY: checksum database log forked',
      message: `SECURITY ERROR: the checksum database ${result.config!.name} served a tree that contradicts one verified earlier: ${result.audit.fork}. Either the database or the path to it is compromised; do not trust new downloads until this is explained.`,
      file: first?.file.rel,
      line: first?.line.line,
      module: first?.file.module
    });
  }
  if (result.audit?.consistencyUnchecked) {
    findings.push({
      rule: 'fork-check-incomplete',
      severity: inputs.unverifiable === 'error' ? 'error' : 'warning',
      title: 'Could not compare with the earlier tree head',
      message: `The tree head verified in an earlier run could not be proven consistent with today's: ${result.audit.consistencyUnchecked}.`
    });
  }
  for (const v of result.verdicts) {
    if (v.state === 'mismatch') {
      const ours = v.line.hash;
      const theirs = v.dbLine!.split(' ').pop();
      findings.push({
        rule: 'checksum-mismatch',
        severity: 'error',
        title: 'go.sum disagrees with the checksum database',
        message: `${v.file.rel}:${v.line.line}: "${v.line.raw.trim()}" has ${ours}, but the checksum database ${result.config!.name} (tree ${result.audit!.tree!.tree.size}) says ${theirs}. Whoever produced this line got different content than everyone else.`,
        module: v.file.module,
        file: v.file.rel,
        line: v.line.line,
        fix: {
          description: `Delete the line and run go mod tidy with the checksum database on (GOSUMDB not off), then review why it differed`,
          command: 'go mod tidy'
        }
      });
    } else if (v.state === 'rejected' && !result.audit?.fork) {
      findings.push({
        rule: 'sumdb-rejected',
        severity: 'error',
        title: 'SECURITY: checksum database answer failed verification',
        message: `${v.file.rel}:${v.line.line}: ${v.line.module}@${v.line.version}: the checksum database's answer failed verification: ${v.detail}.`,
        module: v.file.module,
        file: v.file.rel,
        line: v.line.line
      });
    }
  }
  // One finding per file and reason: every unverified line is listed in the summary and the report.
  const groups = new Map<string, LineVerdict[]>();
  for (const v of result.verdicts) {
    if (v.state !== 'unverified' || v.reason === 'disabled') continue;
    const k = `${v.file.rel}\0${v.reason}`;
    const group = groups.get(k);
    if (group) group.push(v);
    else groups.set(k, [v]);
  }
  for (const list of groups.values()) {
    const first = list[0];
    // The first five distinct names (and how many there are), without a copy of every line's name.
    const names = new Set<string>();
    for (const v of list) names.add(`${v.line.module}@${v.line.version}`);
    const detail = first.detail ? ` (${first.detail})` : '';
    findings.push({
      rule: 'unverified',
      severity: inputs.unverifiable === 'error' ? 'error' : 'warning',
      title: 'go.sum lines not checked against the checksum database',
      message: `${first.file.rel}: ${list.length} line${list.length === 1 ? '' : 's'} could not be verified: ${reasonText(first.reason!)}${detail}: ${[...take(names, 5)].join(', ')}${names.size > 5 ? ` and ${names.size - 5} more` : ''}.`,
      module: first.file.module,
      file: first.file.rel,
      line: first.line.line
    });
  }
  result.findings = findings;
  return result;
}

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const item of items) {
    yield item;
    if (--n === 0) return;
  }
}
