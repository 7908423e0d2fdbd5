/**
 * Summary content as data. Gates describe what to show; renderers turn it
 * into the job summary (Markdown/HTML), the terminal, or the JSON report.
 * All text is plain text: renderers escape it, so module paths and tool
 * output can never inject HTML into the summary.
 */

export interface RichCell {
  text: string;
  /** Render as inline code. */
  code?: boolean;
  /** Link target (absolute URL). */
  href?: string;
}
export type Cell = string | number | RichCell;

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; strong?: string }
  | { kind: 'table'; columns: string[]; rows: Cell[][]; align?: ('left' | 'right')[]; note?: string }
  | { kind: 'details'; summary: string; blocks: Block[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; text: string; lang?: string };

export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return cell.text;
}

export const code = (text: string): RichCell => ({ text, code: true });
export const link = (text: string, href: string): RichCell => ({ text, href });
