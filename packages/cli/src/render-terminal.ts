import { cellText, verdictText, type Block, type Finding, type GateReport } from '@go-ci-gates/core';
import { palette, type Palette } from './color.js';
import { wrap } from './text.js';

/**
 * Renders a gate report for a terminal. Tables are aligned and their cells
 * clipped to fit, but findings are not a table: each is a header line
 * (severity, rule, module, location) and its message wrapped whole below it,
 * because the message is the one sentence the reader needs in full.
 */
export function renderTerminal(report: GateReport, opts: { color: boolean; width?: number }): string {
  const c = palette(opts.color);
  const width = opts.width ?? 100;
  const out: string[] = [];
  const mark = report.result === 'pass' ? c.green('PASS') : report.result === 'fail' ? c.red('FAIL') : c.yellow('ERROR');
  out.push(`${c.bold(`== ${report.title}`)} ${mark}`);
  out.push(wrap(verdictText(report), width));
  if (report.headline) out.push(wrap(report.headline, width));
  for (const b of report.sections) out.push(renderBlock(b, c, '', width));
  if (report.findings.length) {
    out.push(`\n${c.bold(`Findings (${report.findings.length})`)}`);
    for (const f of report.findings) out.push(renderFinding(f, c, width));
  }
  return out.join('\n') + '\n';
}

function renderFinding(f: Finding, c: Palette, width: number): string {
  const severity = f.severity === 'error' ? c.red(f.severity) : f.severity === 'warning' ? c.yellow(f.severity) : f.severity;
  const where = [f.module, location(f)].filter(Boolean).join('  ');
  const lines = [`${severity}  ${c.bold(f.rule)}${where ? `  ${where}` : ''}`, wrap(f.message, width, '    ')];
  const fix = f.fix?.command ?? f.fix?.description;
  if (fix) lines.push(wrap(`Fix: ${fix}`, width, '    '));
  return lines.join('\n');
}

function location(f: Finding): string {
  if (!f.file) return '';
  return f.line ? `${f.file}:${f.line}` : f.file;
}

function renderBlock(b: Block, c: Palette, indent: string, width: number): string {
  switch (b.kind) {
    case 'heading':
      return `\n${indent}${c.bold(b.text)}`;
    case 'paragraph':
      return wrap(`${b.strong ? b.strong + ' ' : ''}${b.text}`, width, indent);
    case 'list':
      return b.items.map(i => indent + '- ' + wrap(i, width, indent + '  ').trimStart()).join('\n');
    case 'code':
      return b.text
        .split('\n')
        .map(l => `${indent}  ${c.dim(l)}`)
        .join('\n');
    case 'details':
      return `${indent}${c.bold(b.summary)}\n${b.blocks.map(x => renderBlock(x, c, indent + '  ', width)).join('\n')}`;
    case 'table':
      return renderTable(b, c, indent, width);
  }
}

/** Aligned columns; cells clipped so that a row fits the width (tables hold counts and names, not findings). */
function renderTable(b: Extract<Block, { kind: 'table' }>, c: Palette, indent: string, width: number): string {
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

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}
