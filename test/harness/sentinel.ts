import { expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ActionRun } from './run-action.js';

/** A secret-looking file outside the workspace and RUNNER_TEMP: a planted symlink points at it. */
export interface Sentinel {
  /** The directory holding it (a planted directory symlink points here). */
  dir: string;
  file: string;
  /** The file's content; no run may show it anywhere. */
  secret: string;
  /** Asserts the file is unchanged and nothing was added next to it. */
  unchanged(): Promise<void>;
}

export const SENTINEL_SECRET = 'GITHUB_TOKEN: ghp_sentinel0123456789abcdefghijklmnopqrstu';

export async function plantSentinel(outside: string): Promise<Sentinel> {
  const dir = path.join(outside, 'sentinel-dir');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, 'secret.txt');
  await fs.writeFile(file, SENTINEL_SECRET + '\n');
  return {
    dir,
    file,
    secret: SENTINEL_SECRET,
    async unchanged() {
      expect(await fs.readFile(file, 'utf8')).toBe(SENTINEL_SECRET + '\n');
      expect(await fs.readdir(dir)).toEqual(['secret.txt']);
    }
  };
}

/**
 * The run ended with one clear error naming the input (a ConfigurationError:
 * "Input '<name>' has an invalid value ..."), and the secret appears nowhere.
 */
export function expectInputRefused(run: ActionRun, input: string, reason: RegExp, _sentinel: Sentinel): void {
  const errors = run.stdout.split('\n').filter(l => l.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(run.annotations[0].message).toMatch(new RegExp(`^Input '${input}' has an invalid value `));
  expect(run.annotations[0].message).toMatch(reason);
  expect(run.outputs.result).toBe('error');
  expect(run.exitCode).toBe(1);
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.report ?? {})]) expect(text).not.toContain('ghp_sentinel');
}
