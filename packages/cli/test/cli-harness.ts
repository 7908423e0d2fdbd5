import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../test/harness/go-sandbox.js';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built CLI with pipes (no terminal). NO_COLOR unless the test sets colour itself. */
export function cli(args: string[], env: Record<string, string | undefined> = {}, cwd?: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8'
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * Runs the built CLI in a pseudo-terminal with util-linux `script`: stdout
 * and stderr are both the terminal (100 columns), so the output is
 * everything a person would see, in order.
 */
export function cliInTerminal(args: string[], env: Record<string, string | undefined> = {}, cwd?: string): { code: number | null; screen: string } {
  const quoted = [process.execPath, CLI, ...args].map(a => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', `stty cols 100 rows 40; exec ${quoted}`, '/dev/null'], {
    cwd,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8'
  });
  return { code: r.status, screen: r.stdout.replace(/\r\n/g, '\n') };
}

/** Text with every run of white space (line wraps, indents) as one space, to find a wrapped sentence whole. */
export function unwrapped(s: string): string {
  return s.replace(/\s+/g, ' ');
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\x1b\[[0-9;]*m/;
