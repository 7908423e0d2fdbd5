/** The findings model every gate reports in. */

import { compareText } from '../util/compare-text.js';

export type Severity = 'error' | 'warning' | 'notice';

/** A suggested fix: a command to run, or a replacement text for the location. */
export interface SuggestedFix {
  description: string;
  command?: string;
  replacement?: string;
}

export interface Finding {
  /** Stable rule id, kebab-case, e.g. `cache-modified`. */
  rule: string;
  severity: Severity;
  /** One sentence a reviewer understands without the rest of the report. */
  message: string;
  /** Module path the finding belongs to, when there is one. */
  module?: string;
  /** Workspace-relative, forward-slash path of the file the finding is about. */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  fix?: SuggestedFix;
  /** Short annotation title; defaults to the rule id. */
  title?: string;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  notice: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Deterministic order: severity, then file, line, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.module ?? '', b.module ?? '') ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

export type FailOn = 'error' | 'warning' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether the findings fail the gate under the `fail-on` policy. */
export function failsUnder(policy: FailOn, counts: SeverityCounts): boolean {
  if (policy === 'never') return false;
  if (policy === 'warning') return counts.error + counts.warning > 0;
  return counts.error > 0;
}
