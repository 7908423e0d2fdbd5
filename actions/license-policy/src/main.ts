import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  code,
  distList,
  downloadOutsideModule,
  escapeModulePath,
  escapeModuleVersion,
  isolatedGoWorkEnv,
  LicenseReader,
  listedModuleKey,
  loadComponentSet,
  NOASSERTION,
  NoMainPackageError,
  pathRoots,
  prepareLicenseMatching,
  readWorkflowEvent,
  resolvePathInput,
  runGate,
  supportedPlatforms,
  toPosixRelative,
  WORKSPACE_ONLY,
  WORKSPACE_OR_RUNNER_TEMP,
  writeResolvedFile,
  type Block,
  type Cell,
  type Finding,
  type GateDefinition,
  type GateDeps,
  type GateResult,
  type GoModule,
  type LicenseResult,
  type PackageGraph,
  type Severity,
  type SetMember
} from '@go-ci-gates/core';
import { readBaseModules, type BaseModules } from './base.js';
import { parseInputs, type LicensePolicyInputs } from './inputs.js';
import { exceptionApplies, exceptionExpired, loadPolicyFile, type LicenseException, type PolicyFile, type UnknownHandling } from './policy-file.js';
import { RULES } from './rules.js';
import { judgeExpression, normaliseExpression, type LicensePolicy } from './spdx.js';

export { parseInputs };

export type ModuleVerdict = 'allowed' | 'denied' | 'not-allowed' | 'unknown' | 'missing' | 'excepted';

/** One judged module, as the report, the CSV and the notices file give it. */
export interface JudgedModule {
  /** The module of the go.work (or the repo) whose set it is in. */
  mainModule: string;
  path: string;
  version: string;
  /** The path go.mod requires it by, when a replacement compiled another. */
  replaces?: string;
  /** Detected expression (NOASSERTION when nothing was recognised). */
  detected: string;
  /** The expression judged: the detected one, or the one an exception assumes. */
  license: string;
  verdict: ModuleVerdict;
  direct: boolean;
  testOnly: boolean;
  /** New in this pull request (module or license); undefined without a base. */
  new?: boolean;
  /** The licenses of the base's versions, when the version and its license changed in this pull request. */
  licenseAtBase?: string[];
  files: LicenseResult['files'];
  /** Main module → … → this module, by module path (empty for a module no package imports). */
  chain: string[];
  exception?: { line: number; reason: string; expires?: string };
  dir?: string;
}

interface RunContext {
  inputs: LicensePolicyInputs;
  deps: GateDeps;
  policy: LicensePolicy;
  unknown: UnknownHandling;
  policyFile?: PolicyFile;
  usedExceptions: Set<LicenseException>;
  now: Date;
}

export async function execute(inputs: LicensePolicyInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery, workspace, env } = deps;
  const roots = pathRoots(workspace, env);
  // Every path input is checked before anything runs: a bad one is one clear error and nothing is written.
  const noticesTarget = inputs.noticesPath
    ? resolvePathInput(inputs.noticesPath, { input: 'notices-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
    : undefined;
  const csvTarget = inputs.reportCsv
    ? resolvePathInput(inputs.reportCsv, { input: 'report-csv', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots)
    : undefined;
  let policyFile: PolicyFile | undefined;
  if (inputs.policyFile) {
    // Checkout content: read only inside the workspace, never through a symlink that leads out.
    const file = resolvePathInput(inputs.policyFile, { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY }, roots);
    policyFile = await loadPolicyFile(file.path, toPosixRelative(workspace, file.path));
  }
  const policy: LicensePolicy = {
    allow: policyFile?.allow ?? inputs.allow,
    deny: [...new Set([...inputs.deny, ...(policyFile?.deny ?? [])])]
  };
  const ctx: RunContext = {
    inputs,
    deps,
    policy,
    unknown: policyFile?.unknown ?? inputs.unknown,
    policyFile,
    usedExceptions: new Set(),
    now: new Date()
  };
  const goEnv = await go.goEnv();
  if (inputs.targets.length) supportedPlatforms(await distList(go), 'targets', inputs.targets);
  const event = readWorkflowEvent(env);
  const baseSha = inputs.baseRef || event.pullRequest?.baseSha || '';
  const findings: Finding[] = [];
  if (inputs.newOnly && !baseSha)
    findings.push({
      rule: 'base-unavailable',
      severity: 'notice',
      message: `new-only is set, but this ${event.eventName || 'run'} has no pull request base and base-ref is empty: every module is judged.`
    });

  const reader = new LicenseReader();
  const goWorkEnv = await isolatedGoWorkEnv(discovery, deps.tempDir);
  const workspaceModules = new Map(discovery.modules.map(m => [m.path, m]));
  const judged: JudgedModule[] = [];
  let noMain: NoMainPackageError | undefined;
  let baseNoted = false;
  // The license texts unpack while go lists the first module's packages.
  const sets = discovery.modules.map(mod =>
    loadComponentSet(go, {
      mod,
      env: goWorkEnv,
      goEnv,
      workspace,
      mode: inputs.mode,
      patterns: inputs.packages,
      targets: inputs.targets,
      tags: inputs.tags,
      excludeTestOnly: inputs.testDependencies === 'exclude',
      workspaceModules,
      licenses: reader
    })
  );
  for (const s of sets) s.catch(() => undefined); // awaited, and reported, below
  try {
    // 130 ms of CPU, worth it only when there are dependencies to judge (a module requiring nothing has none).
    if (discovery.modules.some(m => m.modFile.require.length > 0)) prepareLicenseMatching();
  } catch {
    // Met again, and reported, where a license is matched.
  }
  for (const [i, mod] of discovery.modules.entries()) {
    let set;
    try {
      set = await sets[i];
    } catch (err) {
      if (!(err instanceof NoMainPackageError) || discovery.modules.length === 1) throw err;
      noMain ??= err;
      continue;
    }
    const base = baseSha ? await readBaseModules(mod, baseSha) : undefined;
    if (base && !base.available && !baseNoted) {
      baseNoted = true;
      findings.push({ rule: 'base-unavailable', severity: inputs.newOnly ? 'warning' : 'notice', module: mod.path, message: base.why });
    }
    const seen = new Set<string>();
    const members = set.members.filter(m => {
      const key = `${m.path}@${m.version}`;
      if (m.kind !== 'module' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const baseLicenses = base?.available ? await licensesAtBase(ctx, members, base, reader) : new Map<string, string[]>();
    for (const m of members) {
      const j = judge(ctx, mod, m, set.graph, base, baseLicenses);
      judged.push(j);
      const f = findingFor(ctx, mod, j);
      if (f) findings.push(f);
    }
  }
  if (judged.length === 0 && noMain) throw noMain;
  findings.push(...exceptionFindings(ctx));

  const unique = uniqueModules(judged);
  const counts: Record<string, number> = {};
  for (const j of unique) counts[j.license] = (counts[j.license] ?? 0) + 1;
  const outputs: Record<string, string | number> = {
    'license-counts': JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))),
    'unknown-count': unique.filter(j => j.verdict === 'unknown' || j.verdict === 'missing').length,
    'denied-count': unique.filter(j => j.verdict === 'denied' || j.verdict === 'not-allowed').length,
    'new-count': unique.filter(j => j.new).length
  };
  if (noticesTarget) {
    await writeResolvedFile(noticesTarget, await noticesText(unique));
    outputs['notices-path'] = noticesTarget.path;
  }
  if (csvTarget) {
    await writeResolvedFile(csvTarget, csvText(unique));
    outputs['report-csv'] = csvTarget.path;
  }
  const bad = Number(outputs['denied-count']) + Number(outputs['unknown-count']);
  return {
    findings,
    headline: `${unique.length} module${unique.length === 1 ? '' : 's'} judged against the license policy${bad ? `: ${outputs['denied-count']} not allowed, ${outputs['unknown-count']} unknown` : ', all allowed'}${baseSha ? `; ${outputs['new-count']} new in this pull request` : ''}.`,
    sections: sections(ctx, unique, counts),
    outputs,
    data: {
      policy: {
        allow: policy.allow,
        deny: policy.deny,
        unknown: ctx.unknown,
        policyFile: policyFile?.file,
        newOnly: inputs.newOnly,
        base: baseSha || undefined
      },
      modules: judged.map(j => ({ ...j, dir: undefined }))
    }
  };
}

/** The licenses at the base of modules whose version changed (from the module cache, downloading what is missing). */
async function licensesAtBase(
  ctx: RunContext,
  members: SetMember[],
  base: BaseModules & { available: true },
  reader: LicenseReader
): Promise<Map<string, string[]>> {
  const { go } = ctx.deps;
  const goEnv = await go.goEnv();
  const wanted: { key: string; path: string; version: string }[] = [];
  for (const m of members) {
    if (m.local) continue;
    const versions = base.versions.get(m.path);
    if (!versions || versions.has(m.version)) continue;
    for (const v of versions) wanted.push({ key: `${m.path}@${m.version}`, path: m.path, version: v });
  }
  const out = new Map<string, string[]>();
  if (!wanted.length || !goEnv.GOMODCACHE) return out;
  const dirOf = (p: string, v: string) => path.join(goEnv.GOMODCACHE!, `${escapeModulePath(p)}@${escapeModuleVersion(v)}`);
  const missing = wanted.filter(w => !existsDir(dirOf(w.path, w.version)));
  await downloadOutsideModule(
    go,
    missing.map(w => `${w.path}@${w.version}`),
    { tempDir: ctx.deps.tempDir }
  );
  for (const w of wanted) {
    const r = await reader.read(dirOf(w.path, w.version), 'module-cache');
    if (r.source === 'none') continue;
    out.set(w.key, [...(out.get(w.key) ?? []), r.expression]);
  }
  return out;
}

function existsDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function judge(
  ctx: RunContext,
  mod: GoModule,
  m: SetMember,
  graph: PackageGraph,
  base: BaseModules | undefined,
  baseLicenses: Map<string, string[]>
): JudgedModule {
  const lic = m.license ?? { expression: NOASSERTION, files: [], copyright: [], source: 'none' as const };
  let detected = lic.expression;
  if (detected !== NOASSERTION) {
    try {
      detected = normaliseExpression(detected);
    } catch {
      detected = NOASSERTION;
    }
  }
  const j: JudgedModule = {
    mainModule: mod.path,
    path: m.path,
    version: m.version,
    replaces: m.replaces ? m.replaces.path : undefined,
    detected,
    license: detected,
    verdict: 'allowed',
    direct: m.direct,
    testOnly: m.testOnly,
    files: lic.files,
    chain: chainTo(mod, m, graph),
    dir: m.dir
  };
  if (base) {
    if (!base.available) j.new = true;
    else {
      const known = base.versions.has(m.path) || base.versions.has(m.listed.Path);
      const before = baseLicenses.get(`${m.path}@${m.version}`);
      const relicensed = before !== undefined && before.length > 0 && !before.includes(lic.expression);
      j.new = !known || relicensed;
      if (known && relicensed) j.licenseAtBase = before;
    }
  }
  const exception = ctx.policyFile?.exceptions.find(
    e => exceptionApplies(e, m.path, m.version) || exceptionApplies(e, m.listed.Path, m.listed.Version ?? m.version)
  );
  if (exception) {
    ctx.usedExceptions.add(exception);
    if (!exceptionExpired(exception, ctx.now)) {
      j.exception = { line: exception.line, reason: exception.reason, expires: exception.expires };
      if (exception.license === 'allow') {
        j.verdict = 'excepted';
        return j;
      }
      j.license = exception.license;
    }
  }
  if (lic.source === 'none' && !j.exception) j.verdict = 'missing';
  else if (j.license === NOASSERTION) j.verdict = 'unknown';
  else j.verdict = judgeExpression(j.license, ctx.policy);
  return j;
}

/** Main module → … → the module, over the package graph's module edges (what `go mod why -m` shows, by module). */
function chainTo(mod: GoModule, m: SetMember, graph: PackageGraph): string[] {
  const start = listedModuleKey({ Path: mod.path, Main: true });
  const goal = listedModuleKey(m.listed);
  const prev = new Map<string, string>([[start, '']]);
  const queue = [start];
  while (queue.length) {
    const k = queue.shift()!;
    if (k === goal) break;
    for (const next of [...(graph.edges.get(k) ?? [])].sort()) {
      if (prev.has(next)) continue;
      prev.set(next, k);
      queue.push(next);
    }
  }
  if (!prev.has(goal)) return [];
  const keys: string[] = [];
  for (let k = goal; k; k = prev.get(k)!) keys.unshift(k);
  return keys.map(k => k.slice(0, k.lastIndexOf('@')));
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function whatWasFound(j: JudgedModule): string {
  if (!j.files.length) return 'no license file at the module root';
  return j.files.map(f => `${f.file}: ${f.recognised ? f.ids.join(' AND ') : 'no SPDX license recognised'} (coverage ${pct(f.coverage)})`).join('; ');
}

/** A policy-file entry that, pasted under `exceptions:`, makes the module pass. */
function pasteableException(ctx: RunContext, j: JudgedModule): string {
  const expires = new Date(ctx.now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
  return `- { module: "${j.path}", version: "${j.version}", license: allow, reason: "TODO: why ${j.license === NOASSERTION ? 'its license is acceptable' : j.license + ' is acceptable here'}", expires: "${expires}" }`;
}

function findingFor(ctx: RunContext, mod: GoModule, j: JudgedModule): Finding | undefined {
  let rule: string;
  let severity: Severity = 'error';
  let what: string;
  const subject = `${j.path}@${j.version}`;
  const assumed =
    j.exception && j.license !== j.detected ? ` (assumed by the exception at ${ctx.policyFile!.file}:${j.exception.line}; detected ${j.detected})` : '';
  switch (j.verdict) {
    case 'allowed':
    case 'excepted':
      return undefined;
    case 'denied':
      rule = 'license-denied';
      what = `${subject} is licensed ${j.license}${assumed}, which the policy denies (${ctx.policy.deny.join(', ')}); found ${whatWasFound(j)}.`;
      break;
    case 'not-allowed':
      rule = 'license-not-allowed';
      what = `${subject} is licensed ${j.license}${assumed}, which the allowed licenses (${ctx.policy.allow.join(', ') || 'none'}) do not satisfy; found ${whatWasFound(j)}.`;
      break;
    case 'unknown':
      if (ctx.unknown === 'allow') return undefined;
      rule = 'license-unknown';
      severity = ctx.unknown === 'warn' ? 'warning' : 'error';
      what = `${subject} has no recognised license (NOASSERTION): ${whatWasFound(j)}.`;
      break;
    case 'missing':
      rule = 'module-missing';
      what = `${subject} has no files in the module cache or vendor/ (run go mod download ${subject}), so its license cannot be judged.`;
      break;
  }
  const req =
    mod.modFile.require.find(r => r.path === (j.chain[1] ?? j.replaces ?? j.path)) ?? mod.modFile.require.find(r => r.path === (j.replaces ?? j.path));
  let where = '';
  if (j.chain.length > 2) where = ` It is pulled in by ${j.chain[1]}: ${j.chain.join(' → ')}.`;
  if (ctx.inputs.newOnly && j.new === false) {
    severity = 'notice';
    where += ' Not new in this pull request (new-only).';
  } else if (j.licenseAtBase) where += ` New in this pull request: the base's version was licensed ${j.licenseAtBase.join(', ')}.`;
  else if (j.new) where += ' New in this pull request.';
  return {
    rule,
    severity,
    module: mod.path,
    file: mod.goModFile,
    line: req?.line ?? mod.modFile.module?.line,
    title: `${rule === 'license-unknown' ? 'Unknown license' : rule === 'module-missing' ? 'Module missing' : 'License not allowed'}: ${j.path}`,
    message: what + where,
    fix:
      rule === 'module-missing'
        ? { description: 'Download the module', command: `go mod download ${subject}` }
        : {
            description: `Drop the dependency, or add this exception to ${ctx.policyFile?.file ?? 'a policy-file'} under exceptions: ${pasteableException(ctx, j)}`
          }
  };
}

function exceptionFindings(ctx: RunContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.policyFile?.exceptions ?? []) {
    const file = ctx.policyFile!.file;
    if (exceptionExpired(e, ctx.now) && ctx.usedExceptions.has(e)) {
      out.push({
        rule: 'exception-expired',
        severity: 'error',
        file,
        line: e.line,
        title: `Exception expired: ${e.module}`,
        message: `The exception for ${e.module} expired on ${e.expires} (reason: ${e.reason}), so it no longer applies; renew it or drop the dependency.`
      });
    } else if (!ctx.usedExceptions.has(e)) {
      out.push({
        rule: 'exception-unused',
        severity: 'notice',
        file,
        line: e.line,
        message: `The exception for ${e.module}${e.version ? ` ${e.version}` : ''} matches no module that ships; remove it so it cannot hide a later dependency.`
      });
    }
  }
  return out;
}

function uniqueModules(judged: JudgedModule[]): JudgedModule[] {
  const byKey = new Map<string, JudgedModule>();
  for (const j of judged) if (!byKey.has(`${j.path}@${j.version}`)) byKey.set(`${j.path}@${j.version}`, j);
  return [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path) || a.version.localeCompare(b.version));
}

function sections(ctx: RunContext, unique: JudgedModule[], counts: Record<string, number>): Block[] {
  const verdictText = (j: JudgedModule) => (j.verdict === 'excepted' ? `allowed by exception (line ${j.exception!.line})` : j.verdict);
  const rows: Cell[][] = unique.map(j => [
    code(`${j.path}@${j.version}`),
    code(j.license),
    verdictText(j),
    j.direct ? 'direct' : j.chain.length > 2 ? `via ${j.chain[1]}` : 'indirect',
    j.new === undefined ? '' : j.new ? 'new' : ''
  ]);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: 'Licenses' },
    {
      kind: 'table',
      columns: ['License', 'Modules'],
      rows: Object.entries(counts)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([l, n]) => [code(l), n]),
      align: ['left', 'right']
    },
    {
      kind: 'paragraph',
      text: `Allowed: ${ctx.policy.allow.join(', ') || 'every license not denied'}. Denied: ${ctx.policy.deny.join(', ') || 'none'}. Unknown licenses: ${ctx.unknown}.${ctx.policyFile ? ` Policy file: ${ctx.policyFile.file}.` : ''}`
    },
    {
      kind: 'details',
      summary: `Every judged module (${unique.length})`,
      blocks: [{ kind: 'table', columns: ['Module', 'License', 'Verdict', 'Reached', 'In this PR'], rows }]
    }
  ];
  return blocks;
}

/** Third-party notices: each shipped module, its license and the full text of its license files (as go-licenses save/report gather). */
async function noticesText(unique: JudgedModule[]): Promise<string> {
  const parts: string[] = ['THIRD-PARTY NOTICES', '', 'This software includes the following modules, under the licenses below.', ''];
  for (const j of unique) {
    parts.push('='.repeat(78), `${j.path} ${j.version}`, `License: ${j.license}`, '');
    for (const f of j.files) {
      if (!j.dir) break;
      const text = await fs.readFile(path.join(j.dir, f.file), 'utf8').catch(() => '');
      parts.push(`--- ${f.file} ---`, text.trimEnd(), '');
    }
    if (!j.files.length) parts.push('(no license file found)', '');
  }
  return parts.join('\n') + '\n';
}

/** A CSV cell, quoted, and never a formula when a spreadsheet opens it. */
function csvCell(v: string | boolean | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

function csvText(unique: JudgedModule[]): string {
  const lines = ['module,version,license,detected,verdict,direct,new,files'];
  for (const j of unique)
    lines.push(
      [j.path, j.version, j.license, j.detected, j.verdict, j.direct, j.new === undefined ? '' : j.new, j.files.map(f => f.file).join(' ')]
        .map(csvCell)
        .join(',')
    );
  return lines.join('\n') + '\n';
}

export const gate: GateDefinition<LicensePolicyInputs> = {
  name: 'license-policy',
  rules: RULES,
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}
