import type { LogEvent } from './action-log.js';
import type { Palette } from './color.js';
import { seconds } from './text.js';

/**
 * How much of a running gate's log the user sees, on stderr (stdout keeps
 * the reports): `progress` (a terminal) shows one line per step the gate
 * takes, with the module directory and the time since the gate started;
 * `verbose` (-v) adds each step's output, annotations and debug lines;
 * `quiet` (no terminal, no -v) shows nothing until the report.
 */
export type ProgressMode = 'quiet' | 'progress' | 'verbose';

export interface ProgressOutput {
  write(s: string): void;
  columns?: number;
}

export function progressPrinter(gate: string, mode: ProgressMode, out: ProgressOutput, c: Palette, started = Date.now()): (e: LogEvent) => void {
  return e => {
    if (mode === 'quiet') return;
    const prefix = c.dim(`[${gate} ${seconds(Date.now() - started)}]`);
    if (e.kind === 'step') {
      const where = e.cwd && e.cwd !== '.' ? ` in ${e.cwd}` : '';
      out.write(`${prefix} ${fit(firstLine(e.text) + where, out.columns, gate.length + 10)}\n`);
    } else if (mode === 'verbose') {
      if (e.kind === 'detail') out.write(`    ${e.text}\n`);
      else if (e.kind === 'annotation') out.write(`${prefix} ${e.severity}: ${e.text}\n`);
      else out.write(`${prefix} ${c.dim(`debug: ${e.text}`)}\n`);
    }
  };
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl) + ' …';
}

/** A progress line is one terminal line: long commands are shortened in the middle. */
function fit(s: string, columns: number | undefined, used: number): string {
  if (!columns) return s;
  const room = columns - used - 2;
  if (room < 20 || s.length <= room) return s;
  const half = Math.floor((room - 1) / 2);
  return `${s.slice(0, half)}…${s.slice(s.length - (room - 1 - half))}`;
}
