import { promises as fs } from 'node:fs';
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
   * go once the vendoring is done, so the two go processes do not share the cores (the answer is
   * needed only for the report, after the comparison).
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
  opts: { workspace: string; tempDir: string; index: number; processEnv: NodeJS.ProcessEnv }
): Promise<Regenerated> {
  const { workspace, tempDir, index, processEnv } = opts;
  const scratch = path.join(tempDir, `regen-${index}`);
  await fs.mkdir(scratch, { recursive: true });
  const started = performance.now();
  if (root.kind === 'module') {
    await fs.copyFile(path.join(root.dir, 'go.mod'), path.join(scratch, 'go.mod'));
    await fs.copyFile(path.join(root.dir, 'go.sum'), path.join(scratch, 'go.sum')).catch(err => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    });
    const vendorDir = path.join(scratch, 'vendor');
    const env: EnvOverlay = { GOWORK: 'off', GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
    const args = ['mod', 'vendor', `-modfile=${path.join(scratch, 'go.mod')}`, '-o', vendorDir];
    await go.run(args, { cwd: root.dir, env });
    return {
      vendorDir,
      scratchDir: scratch,
      goVersion: runningVersion(go, root.dir, env),
      command: 'go mod vendor -o <temp>',
      durationMs: performance.now() - started
    };
  }
  const copy = await copyGoWorkspace(root.work!, workspace, path.join(scratch, 'workspace'));
  const env: EnvOverlay = { GOWORK: path.join(copy, 'go.work'), GOFLAGS: withoutModFlag(processEnv.GOFLAGS) };
  await go.run(['work', 'vendor'], { cwd: copy, env });
  return {
    vendorDir: path.join(copy, 'vendor'),
    scratchDir: scratch,
    goVersion: runningVersion(go, copy, env),
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
