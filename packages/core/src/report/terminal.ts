import { cellText, type Block } from './blocks.js';
import { findingsTable } from './markdown.js';
import { verdictText, type GateReport } from './gate-report.js';

/** Renders a gate report for a terminal: aligned tables, colours on a TTY. */
export function renderTerminal(report: GateReport, opts: { color: boolean; width?: number }): string {
  const c = colors(opts.color);
  const out: string[] = [];
  const mark = report.result === 'pass' ? c.green('PASS') : report.result === 'fail' ? c.red('FAIL') : c.yellow('ERROR');
  out.push(`${c.bold(`== ${report.title}`)} ${mark}`);
  out.push(verdictText(report));
  if (report.headline) out.push(report.headline);
  const blocks: Block[] = [...report.sections];
  if (report.findings.length) {
    blocks.push({ kind: 'heading', level: 3, text: `Findings (${report.findings.length})` }, findingsTable(report));
  }
  for (const b of blocks) out.push(renderBlock(b, c, '', opts.width ?? 120));
  return out.join('\n') + '\n';
}

type Palette = Record<'bold' | 'red' | 'green' | 'yellow' | 'dim', (s: string) => string>;

function colors(on: boolean): Palette {
  const wrap = (code: number) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap(1), red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2) };
}

function renderBlock(b: Block, c: Palette, indent: string, width: number): string {
  switch (b.kind) {
    case 'heading':
      return `\n${indent}${c.bold(b.text)}`;
    case 'paragraph':
      return `${indent}${b.strong ? c.bold(b.strong) + ' ' : ''}${b.text}`;
    case 'list':
      return b.items.map(i => `${indent}- ${i}`).join('\n');
    case 'code':
      return b.text
        .split('\n')
        .map(l => `${indent}  ${c.dim(l)}`)
        .join('\n');
    case 'details':
      return `${indent}${c.bold(b.summary)}\n${b.blocks.map(x => renderBlock(x, c, indent + '  ', width)).join('\n')}`;
    case 'table': {
      const maxCell = Math.max(16, Math.floor(width / Math.max(1, b.columns.length)) + 20);
      const rows = b.rows.map(r => r.map(x => clip(cellText(x).replace(/\s*\n\s*/g, ' | '), maxCell)));
      const widths = b.columns.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
      const fmt = (cells: string[]) =>
        indent +
        cells
          .map((s, i) => (b.align?.[i] === 'right' ? s.padStart(widths[i]) : s.padEnd(widths[i])))
          .join('  ')
          .trimEnd();
      const lines = [c.bold(fmt(b.columns)), indent + widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(fmt)];
      if (b.note) lines.push(`${indent}${c.dim(b.note)}`);
      return lines.join('\n');
    }
  }
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
