import { BUG_REPORT_URL, type ErrorKind } from '../errors.js';
import type { Block } from './blocks.js';
import { compareFindings, countBySeverity, failsUnder, type FailOn, type Finding, type SeverityCounts } from './finding.js';

/** Bump when the JSON report's shape changes incompatibly. */
export const REPORT_SCHEMA = 'go-ci-gates/report@1';

/** What a gate's `execute` returns. */
export interface GateResult {
  findings: Finding[];
  /** Summary content shown after the verdict and before the findings table. */
  sections?: Block[];
  /** One line under the verdict, e.g. "Coverage 81.4% (threshold 80%)". */
  headline?: string;
  /** Gate-specific outputs, in addition to the common ones. */
  outputs?: Record<string, string | number | boolean>;
  /** Gate-specific machine-readable data for the JSON report. */
  data?: unknown;
}

export interface ModuleRow {
  path: string;
  dir: string;
  counts: SeverityCounts;
}

/** The JSON report, and the data every renderer works from. */
export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  gate: string;
  title: string;
  result: 'pass' | 'fail' | 'error';
  failOn: FailOn;
  headline?: string;
  counts: SeverityCounts;
  modules: ModuleRow[];
  findings: Finding[];
  sections: Block[];
  outputs: Record<string, string>;
  data?: unknown;
  /** Set when the gate could not run at all (bad input, go missing...). */
  error?: string;
  /** Whose the error is: the user's, the machine's, or a bug of go-ci-gates. */
  errorKind?: ErrorKind;
}

export function buildReport(gate: string, title: string, failOn: FailOn, modules: readonly { path: string; relDir: string }[], result: GateResult): GateReport {
  const findings = [...result.findings].sort(compareFindings);
  const counts = countBySeverity(findings);
  const rows: ModuleRow[] = modules.map(m => ({
    path: m.path,
    dir: m.relDir,
    counts: countBySeverity(findings.filter(f => f.module === m.path))
  }));
  return {
    schema: REPORT_SCHEMA,
    gate,
    title,
    result: failsUnder(failOn, counts) ? 'fail' : 'pass',
    failOn,
    headline: result.headline,
    counts,
    modules: rows,
    findings,
    sections: result.sections ?? [],
    outputs: {},
    data: result.data
  };
}

export function errorReport(gate: string, title: string, failOn: FailOn, message: string, errorKind: ErrorKind = 'user'): GateReport {
  return {
    schema: REPORT_SCHEMA,
    gate,
    title,
    result: 'error',
    failOn,
    counts: { error: 0, warning: 0, notice: 0 },
    modules: [],
    findings: [],
    sections: [],
    outputs: {},
    error: message,
    errorKind
  };
}

export function verdictText(report: GateReport): string {
  const c = report.counts;
  const parts = [
    c.error ? `${c.error} error${c.error === 1 ? '' : 's'}` : '',
    c.warning ? `${c.warning} warning${c.warning === 1 ? '' : 's'}` : '',
    c.notice ? `${c.notice} notice${c.notice === 1 ? '' : 's'}` : ''
  ].filter(Boolean);
  const found = parts.length ? parts.join(', ') : 'no findings';
  const scope = report.modules.length ? ` in ${report.modules.length} module${report.modules.length === 1 ? '' : 's'}` : '';
  if (report.result === 'error' && report.errorKind === 'internal')
    return `Bug in go-ci-gates: ${report.error ?? 'unknown error'} Please report it at ${BUG_REPORT_URL} with this job's log.`;
  if (report.result === 'error') return `Could not run: ${report.error ?? 'unknown error'}`;
  return `${report.result === 'pass' ? 'Passed' : 'Failed'}: ${found}${scope} (fail-on: ${report.failOn}).`;
}

export function formatLocation(f: Finding): string {
  if (!f.file) return '';
  if (f.line === undefined) return f.file;
  const end = f.endLine !== undefined && f.endLine !== f.line ? `-${f.endLine}` : '';
  return `${f.file}:${f.line}${end}`;
}
