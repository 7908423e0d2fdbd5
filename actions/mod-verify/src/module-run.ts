import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isLocalReplacement, type Discovery, type EnvOverlay, type GoModule } from '@go-ci-gates/core';

/**
 * How every go command for one module runs so it cannot touch the checkout:
 * outside a go.work, go.mod and go.sum are copied to a temp directory and
 * passed with -modfile (go writes go.sum next to the -modfile); under a
 * go.work, GOWORK points at a temp copy whose use/replace paths are absolute,
 * so go.work.sum is written there too.
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
  const work = path.join(tempDir, 'go.work');
  await writeAbsoluteGoWork(discovery.goWork.file, work);
  return { mod, flags: [], env: { GOWORK: work }, goSumPath, goSumFile, soloModFile };
}

/** Copies go.work (and go.work.sum) with every relative use/replace path made absolute. */
async function writeAbsoluteGoWork(source: string, dest: string): Promise<void> {
  const base = path.dirname(source);
  const text = await fs.readFile(source, 'utf8');
  const lines = text.split('\n').map(line => {
    const code = line.replace(/\/\/.*$/, '');
    // `use ./a`, `./a` inside a use block, or the target of `=> ../x`.
    return code.replace(/(^\s*(?:use\s+)?|=>\s*)("[^"]*"|`[^`]*`|\.{1,2}(?:\/[^\s)]*)?)(\s*(?:\)|$))/, (all, pre: string, p: string, post: string) => {
      const unq = p.startsWith('"') ? (JSON.parse(p) as string) : p.replace(/^`|`$/g, '');
      if (!isLocalReplacement(unq) || path.isAbsolute(unq)) return all;
      return `${pre}${JSON.stringify(path.resolve(base, unq))}${post}`;
    }) + line.slice(code.length);
  });
  await fs.writeFile(dest, lines.join('\n'));
  await fs.copyFile(`${source}.sum`, `${dest}.sum`).catch(() => undefined);
}
