import { code, type Block, type Cell } from '@go-ci-gates/core';
import type { ModuleChange } from './build-list.js';
import { directiveText } from './directives.js';
import type { UnitReview } from './review.js';

export interface ChangeCounts {
  changes: number;
  added: number;
  removed: number;
  upgraded: number;
  downgraded: number;
  major: number;
  replace: number;
  pseudo: number;
  retracted: number;
  gosum: number;
  license: number;
}

/** Counts per change kind over every reviewed unit (the gate's outputs). */
export function countChanges(units: readonly UnitReview[]): ChangeCounts {
  const all = units.flatMap(u => u.changes);
  const of = (k: ModuleChange['kind']) => all.filter(c => c.kind === k).length;
  return {
    changes: all.length,
    added: of('added'),
    removed: of('removed'),
    upgraded: of('upgraded'),
    downgraded: of('downgraded'),
    major: all.filter(c => c.major).length,
    replace: units.flatMap(u => u.directives).filter(d => d.directive === 'replace' && d.kind !== 'removed').length,
    pseudo: all.filter(c => c.flags.includes('pseudo-version')).length,
    retracted: all.filter(c => c.retracted || c.deprecated).length,
    gosum: units.reduce((n, u) => n + u.newSums.length, 0),
    license: all.filter(c => c.license).length
  };
}

const KIND_ORDER: Record<ModuleChange['kind'], number> = { downgraded: 0, added: 1, upgraded: 2, replaced: 3, removed: 4 };

/** The notes column: what is special about a change. */
export function changeNotes(c: ModuleChange): string {
  const notes: string[] = [];
  if (c.major) notes.push(`major bump (from ${c.major.from})`);
  notes.push(...c.flags);
  if (c.toReplace && c.toReplace !== c.fromReplace) notes.push(`replaced by ${c.toReplace}`);
  if (c.retracted) notes.push(`retracted: ${c.retracted}`);
  if (c.deprecated) notes.push(`deprecated: ${c.deprecated}`);
  if (c.license) notes.push(`license ${c.license.from} → ${c.license.to}`);
  if (c.direct) notes.push('direct');
  return notes.join('; ');
}

const shippedCell = (c: ModuleChange): string => (c.shipped === undefined ? '–' : c.shipped ? 'shipped' : 'build list only');

/** The review table's rows for some units: one per build-list change. */
export function reviewRows(units: readonly UnitReview[], withModule: boolean): Cell[][] {
  const rows: Cell[][] = [];
  for (const u of units) {
    const changes = [...u.changes].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : 1));
    for (const c of changes) {
      const row: Cell[] = [code(c.path), c.kind, c.from ? code(c.from) : '', c.to ? code(c.to) : '', shippedCell(c), changeNotes(c)];
      rows.push(withModule ? [code(u.path), ...row] : row);
    }
  }
  return rows;
}

const STATUS_TEXT: Record<UnitReview['status'], string> = {
  added: 'new module',
  removed: 'removed',
  changed: 'changed',
  unchanged: 'no dependency changes',
  'not-compared': 'not compared'
};

/** Everything else about one unit: directives, go.sum, churn, as list items. */
export function unitFacts(u: UnitReview): string[] {
  const items: string[] = [];
  if (u.problem) items.push(`Not compared ${u.problem.side}: ${u.problem.why}`);
  if (u.shippedProblem) items.push(`What ships could not be told ${u.shippedProblem}`);
  for (const d of u.directives) items.push(directiveText(d));
  if (u.newSums.length) {
    const v = u.sumdb;
    const db = v
      ? `: ${v.verified} verified against the checksum database${v.mismatch.length ? `, ${v.mismatch.length} disagree` : ''}${v.rejected.length ? `, ${v.rejected.length} rejected` : ''}${v.unverified.length ? `, ${v.unverified.length} not checked (${[...new Set(v.unverified.map(x => x.why.replace(/ \(.*$/, '')))].join('; ')})` : ''}`
      : '';
    items.push(`${u.newSums.length} new ${u.file.endsWith('go.work') ? 'go.work.sum' : 'go.sum'} line${u.newSums.length === 1 ? '' : 's'}${db}`);
  }
  if (u.churn)
    items.push(
      `Churn: ${u.churn.commits} commit${u.churn.commits === 1 ? '' : 's'} changed ${u.file} in the last 24 hours of history, adding ${u.churn.replacesAdded} replace line${u.churn.replacesAdded === 1 ? '' : 's'}${u.churn.note ? ` (${u.churn.note})` : ''}`
    );
  return items;
}

/** The summary: one review table over every module, then each module's directives, go.sum and churn. */
export function reviewSections(units: readonly UnitReview[]): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: 'Modules reviewed' },
    {
      kind: 'table',
      columns: ['Module', 'Directory', 'Status', 'Build-list changes', 'Directive changes', 'New go.sum lines', 'go.mod commits (24 h)'],
      rows: units.map(u => [
        code(u.path),
        code(u.relDir),
        STATUS_TEXT[u.status],
        u.changes.length,
        u.directives.length,
        u.newSums.length,
        u.churn ? u.churn.commits : '–'
      ])
    }
  ];
  const rows = reviewRows(units, true);
  if (rows.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Dependency changes' },
      { kind: 'table', columns: ['Module', 'Dependency', 'Change', 'Base', 'Head', 'Shipped', 'Notes'], rows }
    );
  }
  for (const u of units) {
    const facts = unitFacts(u);
    const sums = u.newSums;
    if (!facts.length) continue;
    const inner: Block[] = [{ kind: 'list', items: facts }];
    if (sums.length) inner.push({ kind: 'code', text: sums.slice(0, 200).join('\n') + (sums.length > 200 ? `\n… ${sums.length - 200} more` : '') });
    blocks.push({ kind: 'details', summary: `${u.path} (${u.relDir}): ${STATUS_TEXT[u.status]}`, blocks: inner });
  }
  return blocks;
}
