import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isLocalReplacement, type ModFile } from '../gofiles/modfile.js';
import type { Discovery, GoWorkspace } from '../modules/discover.js';
import type { EnvOverlay } from './go-runner.js';

/**
 * The GOWORK every go command of a gate runs with, so go never writes to the
 * checkout: `off` outside a go.work (each module stands alone), else a temp
 * copy of go.work made by writeIsolatedGoWork. In workspace mode go records
 * missing checksums in go.work.sum beside the go.work it was given, even for
 * read-only commands such as `go list`; pointed at the copy, it writes there.
 */
export async function isolatedGoWorkEnv(discovery: Discovery, tempDir: string): Promise<EnvOverlay> {
  if (!discovery.goWork) return { GOWORK: 'off' };
  return { GOWORK: await writeIsolatedGoWork(discovery.goWork, path.join(tempDir, 'go-work')) };
}

/**
 * Writes `<destDir>/go.work`, the checkout's go.work with every relative
 * `use` and directory `replace` path made absolute (go resolves them against
 * the go.work's directory, which the copy no longer is), plus a copy of its
 * go.work.sum. Returns the path of the copy.
 *
 * The copy is generated from the parsed go.work rather than edited as text:
 * the parser follows golang.org/x/mod/modfile, and a go.work holds nothing
 * else that go reads (go, toolchain, godebug, use, replace).
 */
export async function writeIsolatedGoWork(goWork: GoWorkspace, destDir: string): Promise<string> {
  await fs.mkdir(destDir, { recursive: true });
  const dest = path.join(destDir, 'go.work');
  await fs.writeFile(dest, absoluteGoWorkText(goWork.workFile, goWork.dir));
  await fs.copyFile(path.join(goWork.dir, 'go.work.sum'), `${dest}.sum`).catch(err => {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  });
  return dest;
}

/** go.work text equivalent to `work`, with relative paths resolved against `dir`. */
export function absoluteGoWorkText(work: ModFile, dir: string): string {
  const abs = (p: string) => (path.isAbsolute(p) ? p : path.resolve(dir, p));
  const lines: string[] = [];
  // go, toolchain and godebug values are single unquoted tokens in go's grammar (quotes are not accepted there).
  if (work.go) lines.push(`go ${work.go.version}`);
  if (work.toolchain) lines.push(`toolchain ${work.toolchain.name}`);
  for (const g of work.godebug) lines.push(`godebug ${g.key}=${g.value}`);
  for (const u of work.use) lines.push(`use ${quote(abs(u.path))}`);
  for (const r of work.replace) {
    const old = r.oldVersion ? `${quote(r.oldPath)} ${quote(r.oldVersion)}` : quote(r.oldPath);
    const target = isLocalReplacement(r.newPath) ? quote(abs(r.newPath)) : r.newVersion ? `${quote(r.newPath)} ${quote(r.newVersion)}` : quote(r.newPath);
    lines.push(`replace ${old} => ${target}`);
  }
  return lines.join('\n') + '\n';
}

/** A Go interpreted string literal (JSON's escapes are a subset of Go's). */
function quote(s: string): string {
  return JSON.stringify(s);
}
