import { escapeCell, escapeHtml, escapeHtmlLine, escapeMarkdownText, fencedCode } from '../util/html.js';
import { cellText, type Block, type Cell } from './blocks.js';
import { formatLocation, verdictText, type GateReport } from './gate-report.js';

/** GitHub rejects a step summary over 1 MiB; stay well clear of it. */
export const SUMMARY_LIMIT_BYTES = 1000 * 1000;

const ICON = { pass: '✅', fail: '❌', error: '⚠️' } as const;

function renderCell(cell: Cell): string {
  if (typeof cell === 'string' || typeof cell === 'number') return escapeCell(String(cell));
  let inner = cell.code ? `<code>${escapeCell(cell.text)}</code>` : escapeCell(cell.text);
  if (cell.href && /^https?:\/\//.test(cell.href)) inner = `<a href="${escapeHtml(cell.href)}">${inner}</a>`;
  return inner;
}

export function renderBlocks(blocks: readonly Block[], rowCap: number): string {
  return blocks.map(b => renderBlock(b, rowCap)).join('\n');
}

function renderBlock(b: Block, rowCap: number): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdownText(b.text)}\n`;
    case 'paragraph':
      return `${b.strong ? `**${escapeMarkdownText(b.strong)}** ` : ''}${escapeMarkdownText(b.text)}\n`;
    case 'list':
      return b.items.map(i => `- ${escapeMarkdownText(i)}`).join('\n') + '\n';
    case 'code':
      return fencedCode(b.text, b.lang);
    case 'details':
      return `<details><summary>${escapeHtmlLine(b.summary)}</summary>\n\n${renderBlocks(b.blocks, rowCap)}\n</details>\n`;
    case 'table': {
      const rows = b.rows.slice(0, rowCap);
      const align = b.columns.map((_, i) => (b.align?.[i] === 'right' ? '---:' : ':---'));
      const lines = [`| ${b.columns.map(c => escapeCell(c)).join(' | ')} |`, `| ${align.join(' | ')} |`];
      // A table already longer than the summary limit makes the summary too long whatever follows, and
      // renderSummary discards it and tries fewer rows: stop there rather than render 100,000 rows.
      let length = 0;
      for (const r of rows) {
        const line = `| ${r.map(renderCell).join(' | ')} |`;
        lines.push(line);
        length += line.length;
        if (length > SUMMARY_LIMIT_BYTES) break;
      }
      const notes: string[] = [];
      if (b.rows.length > rows.length) notes.push(`${b.rows.length - rows.length} more rows not shown; the JSON report has them all.`);
      if (b.note) notes.push(b.note);
      return lines.join('\n') + '\n' + (notes.length ? `\n${escapeMarkdownText(notes.join(' '))}\n` : '');
    }
  }
}

/** The findings table, as every gate shows it. */
export function findingsTable(report: GateReport): Block {
  const rows: Cell[][] = report.findings.map(f => [
    f.severity,
    { text: f.rule, code: true },
    f.module ?? '',
    formatLocation(f) ? { text: formatLocation(f), code: true } : '',
    f.fix ? `${f.message}\nFix: ${f.fix.command ?? f.fix.description}` : f.message
  ]);
  return { kind: 'table', columns: ['Severity', 'Rule', 'Module', 'Location', 'Finding'], rows };
}

function moduleTable(report: GateReport): Block {
  return {
    kind: 'table',
    columns: ['Module', 'Directory', 'Errors', 'Warnings', 'Notices'],
    align: ['left', 'left', 'right', 'right', 'right'],
    rows: report.modules.map(m => [{ text: m.path, code: true }, { text: m.dir, code: true }, m.counts.error, m.counts.warning, m.counts.notice])
  };
}

/** The full job summary for one gate, kept under GitHub's size limit. */
export function renderSummary(report: GateReport, annotationNote?: string): string {
  for (const rowCap of [Infinity, 1000, 200, 50, 10]) {
    const md = renderSummaryWithCap(report, rowCap, annotationNote);
    if (Buffer.byteLength(md) <= SUMMARY_LIMIT_BYTES) return md;
  }
  const head = renderSummaryWithCap({ ...report, sections: [], findings: report.findings.slice(0, 10) }, 10, annotationNote);
  return closeOpenFence(head.slice(0, SUMMARY_LIMIT_BYTES - 200)) + "\n\n_Summary truncated to stay under GitHub's 1 MiB limit; see the JSON report._\n";
}

/**
 * A cut may fall inside a fenced code block; what followed (the truncation
 * note) would then render as code. Closes a fence the text leaves open, with
 * as many backticks as opened it.
 */
export function closeOpenFence(text: string): string {
  let open = 0;
  for (const line of text.split('\n')) {
    const fence = /^(`{3,})/.exec(line)?.[1].length ?? 0;
    if (!open && fence) open = fence;
    else if (open && fence >= open && /^`+\s*$/.test(line)) open = 0;
  }
  return open ? `${text}\n${'`'.repeat(open)}` : text;
}

function renderSummaryWithCap(report: GateReport, rowCap: number, annotationNote?: string): string {
  const parts: string[] = [];
  parts.push(`## ${ICON[report.result]} ${escapeMarkdownText(report.title)}\n`);
  parts.push(`**${escapeMarkdownText(verdictText(report))}**\n`);
  if (report.headline) parts.push(`${escapeMarkdownText(report.headline)}\n`);
  if (report.modules.length > 1) parts.push(renderBlock(moduleTable(report), rowCap));
  if (report.sections.length) parts.push(renderBlocks(report.sections, rowCap));
  if (report.findings.length) {
    parts.push(`### Findings (${report.findings.length})\n`);
    parts.push(renderBlock(findingsTable(report), rowCap));
  }
  if (annotationNote) parts.push(`_${escapeMarkdownText(annotationNote)}_\n`);
  if (rowCap !== Infinity) parts.push(`_Tables capped at ${rowCap} rows to stay under GitHub's 1 MiB summary limit._\n`);
  return parts.join('\n');
}

export { cellText };
