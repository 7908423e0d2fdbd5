import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WORKFLOW_GATES, type PlannedModule, type ResultRecord } from './gates.js';
import { envValue, StepIo } from './step-io.js';

const RANK: Record<string, number> = { pass: 0, skipped: 0, fail: 1, missing: 2, error: 3 };
const ICON: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', error: '⛔ error', missing: '⚠️ missing', skipped: '—' };

type Recorded = ResultRecord & {
  report?: {
    counts?: { error: number; warning: number };
    error?: string;
    headline?: string;
    findings?: { severity: string; rule: string; file?: string; line?: number; message: string }[];
  };
};

/** Table-cell text from a checkout or a report: no pipe, newline or HTML can change the table. */
const cellText = (s: unknown) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/`/g, '&#96;').replace(/\r?\n/g, ' ');

function collect(dir: string, into: Recorded[]): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) collect(full, into);
    else if (e.name === 'result.json') {
      const record = JSON.parse(readFileSync(full, 'utf8')) as Recorded;
      if (record.reportFile) {
        try {
          record.report = JSON.parse(readFileSync(path.join(dir, record.reportFile), 'utf8'));
        } catch {
          record.report = undefined;
        }
      }
      into.push(record);
    }
  }
}

export interface Summary {
  markdown: string;
  outputs: Record<string, string>;
  exitCode: number;
}

/**
 * The summary job: one table of every planned gate x module. A planned cell
 * without a result (its job failed before the gate ran, or was cancelled) is
 * "missing" and fails the summary like a failed gate.
 */
export function summarize(env: NodeJS.ProcessEnv): Summary {
  const needs = JSON.parse(envValue(env, 'NEEDS_JSON') || '{}') as Record<string, { result?: string; outputs?: Record<string, string> }>;
  const prefix = envValue(env, 'ARTIFACT_PREFIX');
  const lines = ['## go-ci-gates', ''];
  const outputs: Record<string, string> = {};
  const discover = needs.discover ?? {};
  if (discover.result !== 'success') {
    lines.push(`⛔ Module discovery ${discover.result || 'did not run'}: no gate ran. See the discover job's log.`);
    outputs.result = 'fail';
    return { markdown: lines.join('\n'), outputs, exitCode: 1 };
  }
  const modules = JSON.parse(discover.outputs!.modules) as PlannedModule[];
  const planned = JSON.parse(discover.outputs!.gates) as string[];
  const gates = WORKFLOW_GATES.filter(g => planned.includes(g));

  const records: Recorded[] = [];
  collect(envValue(env, 'RESULTS_DIR'), records);
  const byCell = new Map(records.map(r => [`${r.gate}\u0000${r.module.key}`, r]));
  const cell = (gate: string, m: PlannedModule) => byCell.get(`${gate}\u0000${m.key}`);
  const resultOf = (gate: string, m: PlannedModule) => {
    const r = cell(gate, m);
    if (r) return RANK[r.result] === undefined ? 'error' : r.result;
    return 'missing';
  };

  const results: Record<string, Record<string, string>> = {};
  let worstOverall = 'pass';
  for (const gate of WORKFLOW_GATES) {
    if (!gates.includes(gate)) {
      outputs[`${gate}-result`] = 'skipped';
      continue;
    }
    results[gate] = {};
    let worst = 'pass';
    for (const m of modules) {
      const r = resultOf(gate, m);
      results[gate][m.dir] = r;
      if (RANK[r] > RANK[worst]) worst = r;
    }
    outputs[`${gate}-result`] = worst;
    if (RANK[worst] > RANK[worstOverall]) worstOverall = worst;
  }
  outputs.result = worstOverall === 'pass' ? 'pass' : 'fail';
  outputs.results = JSON.stringify(results);

  // Coverage over all modules: statement counts summed, then divided (never an average of percentages).
  let covered = 0;
  let statements = 0;
  let counted = 0;
  for (const m of modules) {
    const o = cell('coverage-gate', m)?.outputs ?? {};
    if (/^\d+$/.test(o.covered || '') && /^\d+$/.test(o.statements || '')) {
      covered += Number(o.covered);
      statements += Number(o.statements);
      counted++;
    }
  }
  outputs.coverage = counted && statements ? (Math.floor((covered * 1000) / statements) / 10).toFixed(1) : '';
  outputs['sbom-artifacts'] = JSON.stringify(
    gates.includes('sbom-attach') ? modules.filter(m => resultOf('sbom-attach', m) === 'pass').map(m => `${prefix}-sbom-${m.key}`) : []
  );

  const passed = gates.reduce((n, g) => n + modules.filter(m => results[g][m.dir] === 'pass').length, 0);
  lines.push(
    `${outputs.result === 'pass' ? '✅' : '❌'} **${passed} of ${gates.length * modules.length} gate runs passed** (${gates.length} gate(s) × ${modules.length} module(s)).`,
    ''
  );
  const resultCell = (gate: string, m: PlannedModule) => {
    const r = cell(gate, m);
    let text = ICON[results[gate][m.dir]];
    const c = r?.report?.counts;
    if (c && (c.error || c.warning)) text += ` (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'})`;
    if (gate === 'coverage-gate' && r?.outputs?.coverage) text += ` ${cellText(r.outputs.coverage)}%`;
    if (gate === 'sbom-attach' && r?.outputs?.mode) text += ` (${cellText(r.outputs.mode)})`;
    return text;
  };
  lines.push(`| Module | ${gates.join(' | ')} |`, `| --- | ${gates.map(() => '---').join(' | ')} |`);
  for (const m of modules) lines.push(`| <code>${cellText(m.dir)}</code> (${cellText(m.path)}) | ${gates.map(g => resultCell(g, m)).join(' | ')} |`);
  if (outputs.coverage) lines.push('', `Total coverage over ${counted} module(s): **${outputs.coverage}%** (${covered} of ${statements} statements).`);

  const problems: string[] = [];
  for (const gate of gates) {
    for (const m of modules) {
      const res = results[gate][m.dir];
      if (res === 'pass') continue;
      const r = cell(gate, m);
      let detail: string;
      if (!r) detail = `no result was recorded: the job ${needs[gate]?.result || 'did not run'}.`;
      else if (!r.report && r.notRunBecause === 'setup')
        detail = "the job's setup (checkout, setup-go or credentials) failed, so the gate did not run; see the job log.";
      else if (!r.report && r.notRunBecause === 'shards')
        detail = 'a coverage test shard of this module failed or was cancelled, so it was not judged on partial coverage.';
      else if (r.report?.error) detail = cellText(r.report.error);
      else if (r.report) {
        detail = cellText(r.report.headline ?? '');
        for (const f of (r.report.findings ?? []).filter(f => f.severity === 'error').slice(0, 5)) {
          detail += `<br>• <code>${cellText(f.rule)}</code> ${f.file ? `${cellText(f.file)}${f.line ? `:${f.line}` : ''}: ` : ''}${cellText(f.message)}`;
        }
      } else detail = `the gate step ended with ${cellText(r.outcome)} and wrote no report.`;
      problems.push(`| ${gate} | <code>${cellText(m.dir)}</code> | ${ICON[res]} | ${detail} |`);
    }
  }
  if (problems.length) lines.push('', '### What failed', '', '| Gate | Module | Result | Why |', '| --- | --- | --- | --- |', ...problems);
  lines.push(
    '',
    `Each gate's own summary and JSON report (artifact <code>${cellText(prefix)}-result-&lt;gate&gt;-&lt;module key&gt;</code>) has every finding.`
  );
  return { markdown: lines.join('\n'), outputs, exitCode: outputs.result === 'pass' ? 0 : 1 };
}

export function summaryCommand(env: NodeJS.ProcessEnv): number {
  const s = summarize(env);
  const io = new StepIo(env);
  io.summary(s.markdown);
  io.setOutputs(s.outputs);
  return s.exitCode;
}
