import { createHash } from 'node:crypto';
import * as path from 'node:path';
import {
  actionsStateCache,
  ConfigurationError,
  goSumLineSyntaxProblem,
  matchPrefixPatterns,
  noSumdbPatterns,
  UserFacingError,
  type Finding,
  type GoSumLine,
  type Logger,
  type StateCache
} from '@go-ci-gates/core';
import {
  auditModuleVersions,
  BoundedFetcher,
  parseGosumdb,
  readSavedTreeState,
  routeSumdb,
  SumdbClient,
  SumdbConfigError,
  sumdbStateDir,
  versionKey,
  writeSavedTreeState,
  type AuditOutcome,
  type SumdbConfig,
  type SumdbRoute,
  type VersionOutcome
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

/** Whether the go command consults the checksum database for this module path (modfetch.useSumDB). */
export function usesSumdb(modulePath: string, gosumdbOff: boolean, noSumdb: string): boolean {
  if (gosumdbOff) return false;
  if (modulePath === 'golang.org/toolchain') return true;
  return !matchPrefixPatterns(noSumdb, modulePath);
}

/** Only the status of /supported matters: the body is not read (a huge or endless one costs nothing). */
async function probeStatus(url: string, timeoutMs: number): Promise<{ status: number }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  await res.body?.cancel().catch(() => undefined);
  return { status: res.status };
}

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

  // Route as the go command does (a GOSUMDB URL, a proxy that supports it, or direct).
  let route: SumdbRoute;
  try {
    route = await routeSumdb(config, deps.goEnv.GOPROXY, u => probeStatus(u, inputs.requestTimeout * 1000));
  } catch (err) {
    for (const v of pending) Object.assign(v, { reason: 'unreachable', detail: (err as Error).message });
    return finish(result, inputs);
  }
  result.route = route;
  deps.log.info(
    `Checksum database ${config.name} at ${route.baseUrl} (${route.via === 'proxy' ? 'through GOPROXY' : route.via === 'direct' ? 'direct' : 'URL from GOSUMDB'}).`
  );

  const http = new BoundedFetcher({
    concurrency: inputs.concurrency,
    attempts: inputs.attempts,
    timeoutMs: inputs.requestTimeout * 1000,
    onRetry: (url, attempt, reason) => deps.log.info(`Retrying (attempt ${attempt}) ${url}: ${reason}`)
  });
  const client = new SumdbClient(route.baseUrl, config.verifier, http);

  // State from the last run: a directory the user names, or the Actions cache.
  const store = inputs.stateDir ? undefined : (deps.stateCache ?? (inputs.cache ? actionsStateCache(deps.env, deps.log, 'sum-audit-1') : undefined));
  const stateRoot = deps.stateDir ?? path.join(deps.tempDir, 'sumdb-state');
  const dbDir = sumdbStateDir(stateRoot, config.name);
  const keyBase = `sum-audit-${config.name}-${createHash('sha256').update(config.verifier.text).digest('hex').slice(0, 12)}-`;
  result.state.store = inputs.stateDir ? `directory ${inputs.stateDir}` : store ? store.description : 'none';
  if (store) result.state.restored = (await store.restore(`${keyBase}${deps.env.GITHUB_RUN_ID ?? 'local'}`, [keyBase], stateRoot)) !== undefined;
  const saved = await readSavedTreeState(dbDir);
  if (saved.state) result.state.restored = true;
  if (saved.problem) result.state.problem = saved.problem;
  await client.tiles.load(dbDir);

  const pendingKeys = pending.map(v => versionKey(v.line.module, v.line.version));
  const unique = new Map<string, { module: string; version: string }>();
  pending.forEach((v, i) => unique.has(pendingKeys[i]) || unique.set(pendingKeys[i], { module: v.line.module, version: v.line.version }));
  const total = unique.size;
  const step = Math.max(100, Math.ceil(total / 10));
  const started = Date.now();
  let audit: AuditOutcome;
  try {
    audit = await auditModuleVersions(client, [...unique.values()], {
      previous: saved.state,
      onProgress: (done, n) => {
        if (n >= 200 && (done % step === 0 || done === n))
          deps.log.info(`Checksum database lookups: ${done}/${n} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
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

  pending.forEach((v, i) => applyOutcome(v, audit.outcomes.get(pendingKeys[i])));

  // Keep the new tree head (only when everything that was checked verified).
  const changed =
    audit.nextState &&
    (!saved.state ||
      saved.state.size !== audit.nextState.size ||
      saved.state.hash !== audit.nextState.hash ||
      Object.keys(saved.state.records).length !== Object.keys(audit.nextState.records).length);
  if (audit.nextState && changed) {
    await writeSavedTreeState(dbDir, audit.nextState);
    await client.tiles.save(dbDir);
    if (store)
      result.state.saved = await store.save(
        `${keyBase}${deps.env.GITHUB_RUN_ID ?? 'local'}-${deps.env.GITHUB_RUN_ATTEMPT ?? '1'}-${audit.nextState.size}-${Date.now()}`,
        stateRoot
      );
    else result.state.saved = true;
  }
  return finish(result, inputs);
}

function applyOutcome(v: LineVerdict, o: VersionOutcome | undefined): void {
  if (!o) {
    Object.assign(v, { reason: 'unreachable', detail: 'no answer' });
    return;
  }
  if (o.state === 'not-found' || o.state === 'unreachable') {
    Object.assign(v, { reason: o.state, detail: o.reason });
    return;
  }
  if (o.state === 'rejected') {
    Object.assign(v, { state: 'rejected', detail: o.reason });
    return;
  }
  const prefix = `${v.line.module} ${v.line.version}${v.line.kind === 'go.mod' ? '/go.mod' : ''} h1:`;
  const dbLine = o.lines.find(l => l.startsWith(prefix));
  if (!dbLine) {
    Object.assign(v, {
      state: 'rejected',
      detail: `the database record for ${v.line.module}@${v.line.version} has no ${v.line.kind === 'go.mod' ? '/go.mod ' : ''}hash`
    });
    return;
  }
  const dbHash = dbLine.slice(prefix.length - 3);
  if (dbHash === v.line.hash) v.state = 'verified';
  else Object.assign(v, { state: 'mismatch', dbLine });
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
