import * as actions from '../runner/workflow-commands.js';

/**
 * Where gates write their log. Go invocations may run concurrently, so a
 * group is written in one piece once its work is done rather than opened and
 * left open while other calls print.
 */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  /** Writes a collapsible group atomically. */
  group(title: string, lines: readonly string[]): void;
}

export const actionsLogger: Logger = {
  info: m => actions.info(m),
  debug: m => actions.debug(m),
  warning: m => actions.warning(m),
  group(title, lines) {
    actions.startGroup(title);
    // One piece, so lines that may hold a workflow command share one stop-commands block.
    if (lines.length) actions.info(lines.join('\n'));
    actions.endGroup();
  }
};

/** A logger that keeps everything in memory, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  info(m: string): void {
    this.lines.push(m);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
  warning(m: string): void {
    this.lines.push(`warning: ${m}`);
  }
  group(title: string, lines: readonly string[]): void {
    this.lines.push(`group: ${title}`, ...lines);
  }
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(2)}s`;
}
