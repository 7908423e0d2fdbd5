import { afterAll, beforeAll, expect } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from './fingerprint.js';
import { createGoSandbox, type GoSandbox } from './go-sandbox.js';
import { runAction, type ActionRun } from './run-action.js';

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

/** A sandbox with a sentinel outside its workspaces, set up for one test file (beforeAll/afterAll). */
export function sandboxWithSentinel(): { readonly sandbox: GoSandbox; readonly sentinel: Sentinel } {
  const box = {} as { sandbox: GoSandbox; sentinel: Sentinel };
  beforeAll(async () => {
    box.sandbox = await createGoSandbox();
    box.sentinel = await plantSentinel(path.join(box.sandbox.root, 'outside'));
  });
  afterAll(() => box.sandbox.cleanup());
  return box;
}

/**
 * One path-input case as every gate's path-inputs test runs it: copy the fixture, plant
 * the symlink (or whatever the case needs) in it, run the bundle with the input, and check
 * that the run refused the input with one clear error, that the checkout and the sentinel
 * are unchanged, and that the secret shows nowhere.
 */
export async function expectPlantedInputRefused(
  box: { readonly sandbox: GoSandbox; readonly sentinel: Sentinel },
  opts: {
    gate: string;
    fixture: string;
    input: string;
    plant?: (ws: string) => Promise<unknown>;
    inputs: Record<string, string>;
    env?: Record<string, string>;
    reason: RegExp;
  }
): Promise<ActionRun> {
  const ws = await box.sandbox.workspace(opts.fixture);
  await opts.plant?.(ws);
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: opts.gate, workspace: ws, env: { ...box.sandbox.env, ...opts.env }, inputs: opts.inputs });
  await unchanged();
  await box.sentinel.unchanged();
  expectInputRefused(run, opts.input, opts.reason, box.sentinel);
  return run;
}
