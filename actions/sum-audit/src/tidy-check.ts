import { compareGoSumLines, parseGoSumLine, tidyDiff, type Finding, type GoRunner } from '@go-ci-gates/core';
import type { SumFile } from './sum-files.js';

export interface TidyOutcome {
  findings: Finding[];
  stale: number;
  missing: number;
  /** Set when go could not load the module (network, bad go.mod): stale/missing unknown. */
  failed?: string;
}

/**
 * Stale and missing lines by Go's own rule: the go.sum hunks of what
 * `go mod tidy` would change (core's tidyDiff: `-diff` on temp copies, or a
 * tidied copy on Go older than 1.23). Any failure to load is a load or
 * network error, reported as such rather than as stale or missing lines.
 */
export async function checkTidy(go: GoRunner, f: SumFile, tempDir: string): Promise<TidyOutcome> {
  const r = await tidyDiff(go, { dir: f.moduleDir!, tempDir });
  if (r.status === 'error' || r.status === 'undecided') {
    const reason = r.detail || `go mod tidy failed`;
    return { findings: [], stale: 0, missing: 0, failed: reason.trim().split(/\n+/).join(' ') };
  }
  const sumHunks = r.hunks.filter(h => h.file === 'go.sum');
  const removed = sumHunks.flatMap(h => h.removed);
  const added = sumHunks.flatMap(h => h.added);
  const findings: Finding[] = [];
  // Tidy also drops the extra copies of a duplicated line, which are already
  // duplicate-line findings: of a text tidy removes r times and the file holds
  // k times, r - (k - 1) copies are stale (0 when tidy keeps one), and those
  // are the first ones, so no line is reported twice.
  const linesByText = new Map<string, typeof f.parsed.lines>();
  for (const l of f.parsed.lines) {
    const text = l.raw.trim();
    const copies = linesByText.get(text);
    if (copies) copies.push(l);
    else linesByText.set(text, [l]);
  }
  const removedByText = new Map<string, number>();
  for (const text of removed) removedByText.set(text.trim(), (removedByText.get(text.trim()) ?? 0) + 1);
  let stale = 0;
  for (const [text, times] of removedByText) {
    const copies = linesByText.get(text) ?? [];
    const staleCopies = copies.length === 0 ? times : times - (copies.length - 1);
    for (let k = 0; k < staleCopies; k++) {
      stale++;
      const l = copies[k];
      findings.push({
        rule: 'stale-line',
        severity: 'warning',
        title: 'Stale go.sum line',
        message: `${f.rel}${l ? `:${l.line}` : ''}: ${text} is not needed by the module (go mod tidy would remove it).`,
        module: f.module,
        file: f.rel,
        line: l?.line,
        fix: { description: 'Remove stale lines', command: 'go mod tidy' }
      });
    }
  }
  const valid = f.parsed.lines.filter(l => !l.problem);
  for (const text of added) {
    const want = parseGoSumLine(text, 0);
    // Annotate where go would insert it: before the first line that sorts after it.
    const next = want.problem ? undefined : valid.find(l => compareGoSumLines(want, l) < 0);
    findings.push({
      rule: 'missing-line',
      severity: 'error',
      title: 'Missing go.sum line',
      message: `${f.rel}: ${text.trim()} is missing; builds that need it fail with "missing go.sum entry".`,
      module: f.module,
      file: f.rel,
      line: next?.line ?? valid[valid.length - 1]?.line ?? 1,
      fix: { description: 'Add missing lines', command: 'go mod tidy' }
    });
  }
  return { findings, stale, missing: added.length };
}
