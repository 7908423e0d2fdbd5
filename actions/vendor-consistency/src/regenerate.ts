import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { EnvOverlay, GoRunner } from '@go-ci-gates/core';
import type { VendorRoot } from './vendor-roots.js';
import { copyGoWorkspace } from './workspace-copy.js';

export interface Regenerated {
  /** Absolute path of the regenerated vendor directory (may not exist: nothing to vendor). */
  vendorDir: string;
  /** The temp directory everything regenerated lives in (go.mod copies, workspace copy, vendor/). */
  scratchDir: string;
  /**
   * The go version that ran (after any toolchain switch the go/toolchain lines asked for): asked of
   * go when `askVersion` settles (the gate's own work done, this thread idle) or once the vendoring is
   * done, whichever comes first. Spawning blocks this thread for several milliseconds, so it is not
   * done while the thread has work; the answer is needed only for the report, after the comparison.
   */
  goVersion: Promise<string>;
  command: string;
  durationMs: number;
}

/**
 * Runs the go command's own vendoring into a temp directory, never the
 * checkout. A module: `go mod vendor -modfile=<tmp>/go.mod -o <tmp>/vendor`,
 * so go.mod and go.sum are read from temp copies and any go.sum update lands
 * there. A workspace: the go.work directory and every module directory it
 * reaches (`use ../lib` included) are copied, keeping their relative places
 * (copyGoWorkspace), and `go work vendor` runs in the copy. The user's GOTOOLCHAIN
 * is left alone, so the go/toolchain lines pick the toolchain as in a build.
 */
export async function regenerateVendor(
  go: GoRunner,
  root: VendorRoot,
  opts: { workspace: string; tempDir: string; index: number; processEnv: NodeJS.ProcessEnv; askVersion?: Promise<unknown> }
): Promise<Regenerated> {
  const { workspace, tempDir, index, processEnv } = opts;
  const scratch = path.join(tempDir, `regen-${index}`);
  const started = performance.now();
  const versionAsked = (cwd: string, env: EnvOverlay, vendored: Promise<unknown>): Promise<string> => {
    // A failed vendoring rejects this too, and nothing more is spawned for it.
    const settled = opts.askVersion?.then(
      () => undefined,
      () => undefined
    );
    return (settled ? Promise.race([settled, vendored]) : vendored).then(() => runningVersion(go, cwd, env));
  };
  if (root.kind === 'module') {
    // Synchronous, so that go is spawned before this call returns: the caller's pre-check then runs
    // beside it instead of in front of it.
    mkdirSync(scratch, { recursive: true });
    copyFileSync(path.join(root.dir, 'go.mod'), path.join(scratch, 'go.mod'));
    try {
      copyFileSync(path.join(root.dir, 'go.sum'), path.join(scratch, 'go.sum'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const vendorDir = path.join(scratch, 'vendor');
    const env: EnvOverlay = { GOWORK: 'off', GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
    const args = ['mod', 'vendor', `-modfile=${path.join(scratch, 'go.mod')}`, '-o', vendorDir];
    const vendored = go.run(args, { cwd: root.dir, env });
    const goVersion = versionAsked(root.dir, env, vendored);
    goVersion.catch(() => undefined); // awaited by the caller after the comparison, if the vendoring succeeded
    await settledFirst(vendored, goVersion);
    return {
      vendorDir,
      scratchDir: scratch,
      goVersion,
      command: 'go mod vendor -o <temp>',
      durationMs: performance.now() - started
    };
  }
  mkdirSync(scratch, { recursive: true });
  const copy = await copyGoWorkspace(root.work!, workspace, path.join(scratch, 'workspace'));
  const env: EnvOverlay = { GOWORK: path.join(copy, 'go.work'), GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
  const vendored = go.run(['work', 'vendor'], { cwd: copy, env });
  const goVersion = versionAsked(copy, env, vendored);
  goVersion.catch(() => undefined);
  await settledFirst(vendored, goVersion);
  return {
    vendorDir: path.join(copy, 'vendor'),
    scratchDir: scratch,
    goVersion,
    command: 'go work vendor (in a temp copy)',
    durationMs: performance.now() - started
  };
}

/** GOFLAGS without -mod=...: `go mod vendor` rejects it, and a CI-wide -mod=vendor is common. */
function withoutModFlag(goflags: string | undefined): string | undefined {
  if (!goflags) return goflags;
  const kept = goflags.split(/\s+/).filter(f => f && !/^--?mod=/.test(f));
  return kept.join(' ');
}

/** `go env GOVERSION` in the root: the toolchain the go/toolchain lines select. */
async function runningVersion(go: GoRunner, cwd: string, env: EnvOverlay): Promise<string> {
  const r = await go.run(['env', 'GOVERSION'], { cwd, env, allowFailure: true });
  return r.exitCode === 0 ? r.stdout.trim().replace(/^go/, '') : await go.version();
}

/**
 * Awaits the vendoring; when it fails, first lets a version check that already started end, so that no
 * go process outlives the gate (the caller never awaits the version of a failed vendoring).
 */
async function settledFirst(vendored: Promise<unknown>, goVersion: Promise<string>): Promise<void> {
  try {
    await vendored;
  } catch (err) {
    await goVersion.catch(() => undefined);
    throw err;
  }
}
