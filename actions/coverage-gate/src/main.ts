import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  code,
  runGate,
  writeResolvedFile,
  type Block,
  type Finding,
  type GateDefinition,
  type GateReport,
  type GateDeps,
  type GateResult,
  modulesScope
} from '@go-ci-gates/core';
import {
  BASELINE_SCHEMA,
  coverageBadgeSvg,
  dropFraction,
  formatCoverage,
  formatFraction,
  fractionExceeds,
  fractionWithin,
  meetsPercent,
  type Counts,
  type CoverageBaseline,
  type Decimal
} from './coverage/index.js';
import { cacheStore, FileBaselineStore, type BaselineLoad } from './baseline-store.js';
import { readRunContext } from './event.js';
import { FileMapper } from './file-mapping.js';
import { parseInputs, type CoverageGateInputs } from './inputs.js';
import { add, measure, ZERO, type FileCoverage } from './measure.js';
import { patchCoverage, type PatchResult } from './patch-coverage.js';
import { pullRequestCommentBody, upsertPullRequestComment } from './pr-comment.js';
import { resolveCoveragePaths } from './path-inputs.js';
import { loadCoverage } from './profile-source.js';
import { RULES } from './rules.js';

export { parseInputs };

const pct = (c: Counts) => formatCoverage(c.covered, c.total, 2);

function group<K>(files: readonly FileCoverage[], key: (f: FileCoverage) => K, pick: (f: FileCoverage) => Counts): Map<K, Counts> {
  const m = new Map<K, Counts>();
  for (const f of files) m.set(key(f), add(m.get(key(f)) ?? ZERO, pick(f)));
  return m;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function firstUncoveredLine(f: FileCoverage): number {
  return f.blocks.find(b => b.count === 0 && b.numStmt > 0)?.startLine ?? 1;
}

export async function execute(inputs: CoverageGateInputs, deps: GateDeps): Promise<GateResult> {
  const { workspace, log } = deps;
  const findings: Finding[] = [];
  // `go env` (for the baseline's Go version) runs in its own process while this one reads the profile.
  const goVersionRead = deps.go.version();
  goVersionRead.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
  const ctx = await readRunContext(deps.env);
  const paths = await resolveCoveragePaths(inputs, deps);
  const { profile, sources } = await loadCoverage(inputs, paths, deps);
  const mapper = new FileMapper(deps.discovery.modules, workspace);
  const m = await measure(profile, mapper, workspace, {
    exclude: inputs.exclude,
    excludeGenerated: inputs.excludeGenerated,
    needFunc: inputs.denominator === 'func'
  });
  const pick = (f: FileCoverage): Counts => (inputs.denominator === 'func' ? f.func! : f.statements);
  const total = m.files.map(pick).reduce(add, ZERO);
  const statements = m.files.map(f => f.statements).reduce(add, ZERO);
  const func = m.missingSources ? undefined : m.files.map(f => f.func!).reduce(add, ZERO);
  const floor = inputs.minStatements;
  const judge = (rule: string, what: string, c: Counts, t: Decimal | undefined, loc: Partial<Finding> = {}) => {
    if (!t) return 'n/a';
    if (c.total < floor && rule !== 'coverage-total') return `not judged (${c.total} < ${floor} statements)`;
    if (meetsPercent(c.covered, c.total, t)) return `pass (≥ ${t.text}%)`;
    findings.push({
      rule,
      severity: 'error',
      message: `${what} coverage is ${pct(c)} (${c.covered}/${c.total} ${inputs.denominator}), below the minimum of ${t.text}%.`,
      ...loc
    });
    return `fail (< ${t.text}%)`;
  };

  // Thresholds.
  const totalVerdict = judge('coverage-total', 'Total', total, inputs.thresholdTotal);
  const packages = group(m.files, f => f.pkg, pick);
  const pkgDir = new Map(m.files.map(f => [f.pkg, path.posix.dirname(f.file)]));
  const pkgModule = new Map(m.files.map(f => [f.pkg, f.module]));
  for (const [pkg, c] of packages)
    judge('coverage-package', `Package ${pkg}`, c, inputs.thresholdPackage, { module: pkgModule.get(pkg), file: pkgDir.get(pkg) });
  for (const f of m.files)
    judge('coverage-file', `File ${f.file}`, pick(f), inputs.thresholdFile, { module: f.module, file: f.file, line: firstUncoveredLine(f) });
  const ruleRows: Block = { kind: 'table', columns: ['Rule', 'Files', 'Coverage', 'Minimum', 'Result'], rows: [] };
  for (const r of inputs.rules) {
    const match = picomatch(r.glob, { dot: true });
    const files = m.files.filter(f => match(f.file));
    const c = files.map(pick).reduce(add, ZERO);
    const verdict = files.length === 0 ? 'no files matched' : judge('coverage-rule', `Rule ${r.glob} (${files.length} files)`, c, r.minimum);
    if (files.length === 0) findings.push({ rule: 'coverage-rule', severity: 'warning', message: `Rule ${r.glob} matches no file of the profile.` });
    ruleRows.rows.push([code(r.glob), files.length, files.length ? `${pct(c)} (${c.covered}/${c.total})` : 'n/a', `${r.minimum.text}%`, verdict]);
  }

  // Baseline.
  const goVersion = await goVersionRead;
  // In a workspace of several modules, each selection (the reusable workflow's
  // one job per module) keeps its own baseline and comment; one module keeps the unscoped ones.
  const found = deps.discovery.foundCount ?? deps.discovery.modules.length;
  const scope = found > 1 ? modulesScope(deps.discovery.modules.map(mod => mod.relDir)) : '';
  const store = paths.baseline
    ? new FileBaselineStore(paths.baseline)
    : inputs.baseline === 'cache'
      ? cacheStore(deps.env, log, ctx.pullRequest?.baseRef || ctx.branch || ctx.defaultBranch || 'main', ctx.sha, path.join(deps.tempDir, 'baseline'), scope)
      : undefined;
  const load: BaselineLoad = store ? await store.load() : { detail: 'baselines are off' };
  let deltaText = '';
  let deltaValue = '';
  const baseline = load.baseline;
  const pkgBase = new Map<string, Counts>();
  if (baseline) {
    if (baseline.denominator !== inputs.denominator) {
      findings.push({
        rule: 'baseline-mismatch',
        severity: 'warning',
        message: `The baseline counts ${baseline.denominator}, this run counts ${inputs.denominator}; the delta is not judged.`
      });
    } else {
      if (baseline.goVersion && baseline.goVersion !== goVersion) {
        findings.push({
          rule: 'baseline-go-version',
          severity: 'warning',
          message: `The baseline was measured with ${baseline.goVersion} and this run uses ${goVersion}; statement counts can shift between Go releases.`
        });
      }
      const drop = dropFraction(baseline.total, total);
      const delta = { num: -drop.num, den: drop.den };
      deltaValue = formatFraction(delta, 2);
      const noise = fractionWithin(drop, inputs.noiseFloor);
      deltaText = `${deltaValue} pt against ${baseline.commit ? baseline.commit.slice(0, 12) : 'the baseline'} (${pct(baseline.total)})${noise ? ', within the noise floor' : ''}`;
      if (inputs.maxDrop && !noise && fractionExceeds(drop, inputs.maxDrop)) {
        findings.push({
          rule: 'coverage-drop',
          severity: 'error',
          message: `Total coverage dropped by ${formatFraction(drop, 2, false)} pt (${pct(baseline.total)} → ${pct(total)}), more than the allowed ${inputs.maxDrop.text} pt.`
        });
      }
      for (const [file, [c, t]] of Object.entries(baseline.files)) {
        const f = m.files.find(x => x.file === file);
        const key = f?.pkg ?? path.posix.dirname(file);
        pkgBase.set(key, add(pkgBase.get(key) ?? ZERO, { covered: c, total: t }));
      }
      if (inputs.maxDropPackage) {
        for (const [pkg, c] of packages) {
          const b = pkgBase.get(pkg);
          if (!b) continue;
          const d = dropFraction(b, c);
          if (!fractionWithin(d, inputs.noiseFloor) && fractionExceeds(d, inputs.maxDropPackage)) {
            findings.push({
              rule: 'coverage-package-drop',
              severity: 'error',
              module: pkgModule.get(pkg),
              file: pkgDir.get(pkg),
              message: `Package ${pkg} coverage dropped by ${formatFraction(d, 2, false)} pt (${pct(b)} → ${pct(c)}), more than the allowed ${inputs.maxDropPackage.text} pt.`
            });
          }
        }
      }
    }
  } else if (load.invalid) {
    // Invalid counts would be judged as nonsense drops: the baseline is treated as missing, and this always says why.
    findings.push({
      rule: 'baseline-invalid',
      severity: inputs.missingBaseline === 'error' ? 'error' : 'warning',
      message: `${capitalize(load.detail)} and is treated as missing: ${load.invalid}.`
    });
  } else if (store && inputs.missingBaseline !== 'ignore') {
    findings.push({
      rule: 'baseline-missing',
      severity: inputs.missingBaseline === 'error' ? 'error' : 'warning',
      message: `No coverage baseline to compare with: ${load.detail}.`
    });
  }
  const isDefaultPush = ctx.eventName === 'push' && ctx.branch !== '' && (ctx.branch === ctx.defaultBranch || !ctx.defaultBranch);
  let saved = '';
  if (store && (inputs.saveBaseline === 'always' || (inputs.saveBaseline === 'auto' && (inputs.baseline === 'file' ? !ctx.pullRequest : isDefaultPush)))) {
    const record: CoverageBaseline = {
      schema: BASELINE_SCHEMA,
      commit: ctx.sha,
      goVersion,
      mode: profile.mode,
      denominator: inputs.denominator,
      total,
      files: Object.fromEntries(m.files.map(f => [f.file, [pick(f).covered, pick(f).total] as [number, number]]))
    };
    saved = await store.save(record);
  }

  // Patch coverage: the diff from the pull request's base to the commit the profile measured (HEAD, unless
  // head-sha says otherwise). When it cannot be computed, everything else is still judged; only an asked-for
  // threshold-patch fails the gate then.
  const base = inputs.baseSha || ctx.pullRequest?.baseSha || '';
  const head = inputs.headSha || 'HEAD';
  let patch: PatchResult | undefined;
  let patchVerdict = 'not a pull request';
  if (base) {
    const outcome = await patchCoverage(m.files, workspace, base, head);
    if (!outcome.ok) {
      patchVerdict = inputs.thresholdPatch ? `fail (cannot be judged against ${inputs.thresholdPatch.text}%)` : 'unavailable';
      findings.push({
        rule: 'patch-coverage-unavailable',
        severity: inputs.thresholdPatch ? 'error' : 'notice',
        message: `Patch coverage is unavailable: ${outcome.unavailable}. ${inputs.thresholdPatch ? `threshold-patch (${inputs.thresholdPatch.text}%) cannot be judged.` : 'Everything else is judged.'}`
      });
    } else {
      patch = outcome.result;
      if (inputs.thresholdPatch && patch.counts.total >= inputs.patchMinStatements) {
        if (!meetsPercent(patch.counts.covered, patch.counts.total, inputs.thresholdPatch)) {
          findings.push({
            rule: 'patch-coverage',
            severity: 'error',
            message: `Patch coverage is ${pct(patch.counts)} (${patch.counts.covered}/${patch.counts.total} changed statements), below the minimum of ${inputs.thresholdPatch.text}%.`
          });
          patchVerdict = `fail (< ${inputs.thresholdPatch.text}%)`;
        } else patchVerdict = `pass (≥ ${inputs.thresholdPatch.text}%)`;
      } else patchVerdict = inputs.thresholdPatch ? `not judged (${patch.counts.total} < ${inputs.patchMinStatements} changed statements)` : 'no threshold';
      for (const u of patch.uncovered) {
        findings.push({
          rule: 'uncovered-change',
          severity: 'notice',
          file: u.file,
          line: u.line,
          endLine: u.endLine,
          title: 'Changed lines not covered',
          message: `${u.statements} changed statement${u.statements === 1 ? '' : 's'} not covered by tests.`
        });
      }
    }
  }
  const unmapped = m.excluded.filter(e => e.reason === 'unmapped');
  if (unmapped.length)
    findings.push({
      rule: 'unmapped-files',
      severity: 'warning',
      message: `${unmapped.length} profile file(s) belong to no discovered module and were left out, e.g. ${unmapped[0].file}.`
    });

  // Summary.
  const sections: Block[] = [];
  const both = func && (func.covered !== statements.covered || func.total !== statements.total);
  sections.push(
    { kind: 'heading', level: 3, text: 'Coverage' },
    {
      kind: 'table',
      columns: ['Measure', 'Covered', 'Total', 'Coverage', 'Result'],
      align: ['left', 'right', 'right', 'right', 'left'],
      rows: [
        [`Total (${inputs.denominator}, judged)`, total.covered, total.total, pct(total), totalVerdict],
        ...(both
          ? [
              [
                inputs.denominator === 'func' ? 'statements (go test -cover)' : 'func (go tool cover -func)',
                inputs.denominator === 'func' ? statements.covered : func!.covered,
                inputs.denominator === 'func' ? statements.total : func!.total,
                pct(inputs.denominator === 'func' ? statements : func!),
                'shown only'
              ]
            ]
          : []),
        ...(baseline ? [['Delta vs baseline', '', '', deltaValue + ' pt', deltaText]] : []),
        ...(patch
          ? [['Patch (changed lines)', patch.counts.covered, patch.counts.total, pct(patch.counts), patchVerdict]]
          : base
            ? [['Patch (changed lines)', '', '', 'n/a', patchVerdict]]
            : [])
      ]
    },
    {
      kind: 'paragraph',
      text: `Profiles: ${sources.join(', ')} (mode ${['set', 'count', 'atomic'].includes(profile.mode) ? profile.mode : JSON.stringify(profile.mode)}, ${profile.linesRead} blocks read, ${m.files.length} files). Baseline: ${load.detail}.${saved ? ' ' + saved : ''}${patch ? ` Patch: ${patch.basis}.` : ''}`
    }
  );
  if (inputs.rules.length) sections.push({ kind: 'heading', level: 3, text: 'Rules' }, ruleRows);
  const pkgRows = [...packages].map(([pkg, c]) => ({ pkg, c, b: pkgBase.get(pkg) }));
  pkgRows.sort((a, b) => a.c.covered * b.c.total - b.c.covered * a.c.total || a.pkg.localeCompare(b.pkg));
  sections.push(
    { kind: 'heading', level: 3, text: 'Packages (worst first)' },
    {
      kind: 'table',
      columns: ['Package', 'Covered', 'Total', 'Coverage', 'Delta'],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: pkgRows.map(r => [
        code(r.pkg),
        r.c.covered,
        r.c.total,
        pct(r.c),
        r.b ? formatFraction({ num: -dropFraction(r.b, r.c).num, den: dropFraction(r.b, r.c).den }, 2) + ' pt' : ''
      ])
    }
  );
  const worstFiles = [...m.files]
    .filter(f => pick(f).total > 0)
    .sort((a, b) => pick(a).covered * pick(b).total - pick(b).covered * pick(a).total || a.file.localeCompare(b.file))
    .slice(0, 10);
  sections.push({
    kind: 'details',
    summary: 'Least-covered files',
    blocks: [
      {
        kind: 'table',
        columns: ['File', 'Covered', 'Total', 'Coverage'],
        rows: worstFiles.map(f => [code(f.file), pick(f).covered, pick(f).total, pct(pick(f))])
      }
    ]
  });
  if (m.excluded.length) {
    const by = (r: string) => m.excluded.filter(e => e.reason === r);
    sections.push({
      kind: 'paragraph',
      strong: 'Excluded:',
      text:
        ['generated', 'glob', 'unmapped']
          .filter(r => by(r).length)
          .map(r => `${by(r).length} ${r} file(s), ${by(r).reduce((s, e) => s + e.statements, 0)} statements`)
          .join('; ') + '.'
    });
  }

  let badgePath = '';
  if (paths.badge) {
    badgePath = paths.badge.path;
    const ok = inputs.thresholdTotal ? meetsPercent(total.covered, total.total, inputs.thresholdTotal) : true;
    await writeResolvedFile(paths.badge, coverageBadgeSvg('coverage', formatCoverage(total.covered, total.total, 1), ok ? '#4c1' : '#e05d44'));
  }

  return {
    findings,
    headline: `Coverage ${pct(total)} (${total.covered}/${total.total} ${inputs.denominator})${inputs.thresholdTotal ? `, minimum ${inputs.thresholdTotal.text}%` : ''}${deltaValue ? `, ${deltaValue} pt` : ''}${patch ? `, patch ${pct(patch.counts)}` : ''}.`,
    sections,
    outputs: {
      coverage: formatCoverage(total.covered, total.total, 2).replace('%', ''),
      covered: total.covered,
      statements: total.total,
      delta: deltaValue,
      'patch-coverage': patch ? formatCoverage(patch.counts.covered, patch.counts.total, 2).replace('%', '') : '',
      'badge-path': badgePath
    },
    data: {
      mode: profile.mode,
      denominator: inputs.denominator,
      total,
      statements,
      func: func ?? null,
      patch: patch?.counts ?? null,
      patchBasis: patch?.basis ?? null,
      baseline: baseline ? { commit: baseline.commit, total: baseline.total, goVersion: baseline.goVersion } : null,
      packages: Object.fromEntries(packages),
      excluded: m.excluded
    }
  };
}

/**
 * The pull-request comment, posted once the report is final: its ✅/❌ is the
 * job's verdict (after fail-on and the checkout check), not a guess before them.
 */
export async function commentOnPullRequest(report: GateReport, inputs: CoverageGateInputs, deps: GateDeps): Promise<Finding[]> {
  const ctx = await readRunContext(deps.env);
  if (!inputs.comment || !ctx.pullRequest) return [];
  if (ctx.pullRequest.fromFork)
    return [{ rule: 'comment-skipped', severity: 'notice', message: 'The pull request comment was skipped: fork pull requests get a read-only token.' }];
  if (!inputs.githubToken) {
    deps.log.warning("The pull request comment needs 'github-token'.");
    return [];
  }
  const { total } = report.data as { total: Counts };
  const errors = report.findings.filter(f => f.severity === 'error');
  const icon = report.result === 'pass' ? '✅' : '❌';
  const body = pullRequestCommentBody(
    `${icon} Coverage ${pct(total)} (${total.covered}/${total.total} ${inputs.denominator})`,
    errors.map(e => e.message),
    report.sections.slice(0, 2)
  );
  const found = deps.discovery.foundCount ?? deps.discovery.modules.length;
  const scope = found > 1 ? modulesScope(deps.discovery.modules.map(mod => mod.relDir)) : '';
  const r = await upsertPullRequestComment({
    token: inputs.githubToken,
    apiUrl: deps.env.GITHUB_API_URL || 'https://api.github.com',
    repository: ctx.repository,
    number: ctx.pullRequest.number,
    body,
    log: deps.log,
    scope
  });
  if (r.action === 'skipped') return [{ rule: 'comment-skipped', severity: 'notice', message: r.detail }];
  deps.log.info(r.detail);
  return [];
}

export const gate: GateDefinition<CoverageGateInputs> = { name: 'coverage-gate', rules: RULES, parseInputs, execute, afterReport: commentOnPullRequest };

export async function run(): Promise<void> {
  await runGate(gate);
}
