import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isolatedGoWorkEnv, type Discovery, type EnvOverlay, type GoModule } from '@go-ci-gates/core';

/**
 * How every go command for one module runs so it cannot touch the checkout:
 * outside a go.work, go.mod and go.sum are copied to a temp directory and
 * passed with -modfile (go writes go.sum next to the -modfile); under a
 * go.work, GOWORK points at core's temp copy of it (isolatedGoWorkEnv), so
 * go.work.sum is written there too.
 */
export interface ModuleRun {
  mod: GoModule;
  /** Flags placed after the subcommand, e.g. ['-modfile=/tmp/.../go.mod']. */
  flags: string[];
  env: EnvOverlay;
  /** Absolute path of the checkout's go.sum. */
  goSumPath: string;
  /** Workspace-relative go.sum path (for annotations). */
  goSumFile: string;
  /** Temp copy of go.mod, for commands that must work single-module (tidy). */
  soloModFile: string;
}

export async function prepareModuleRun(discovery: Discovery, mod: GoModule, tempDir: string, index: number): Promise<ModuleRun> {
  const dir = path.join(tempDir, `module-${index}`);
  await fs.mkdir(dir, { recursive: true });
  const soloModFile = path.join(dir, 'go.mod');
  await fs.copyFile(path.join(mod.dir, 'go.mod'), soloModFile);
  const goSumPath = path.join(mod.dir, 'go.sum');
  await fs.copyFile(goSumPath, path.join(dir, 'go.sum')).catch(() => undefined);
  const goSumFile = mod.goModFile.replace(/go\.mod$/, 'go.sum');
  if (!discovery.goWork) {
    return { mod, flags: [`-modfile=${soloModFile}`], env: { GOWORK: 'off' }, goSumPath, goSumFile, soloModFile };
  }
  return { mod, flags: [], env: await isolatedGoWorkEnv(discovery, tempDir), goSumPath, goSumFile, soloModFile };
}
