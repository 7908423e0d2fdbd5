import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isLocalReplacement, isInside, parseModFile, ProjectError, toPosixRelative } from '@go-ci-gates/core';
import { type WorkFileInput } from './go-consistency.js';

// Never copied into the scratch workspace: version control, JS deps.
const SKIP_COPY = new Set(['.git', 'node_modules', '.hg', '.svn']);

/**
 * Copies what `go work vendor` reads into `scratch`, keeping every directory
 * at the same place relative to the others: the go.work directory (without
 * its vendor/), every module it uses and every directory replacement of the
 * go.work and of those modules' go.mod files. Relative paths (`use ../lib`,
 * `=> ../fork`) therefore resolve in the copy as in the checkout, and
 * vendor/modules.txt records them as go would there. Only directories inside
 * the workspace are copied. Returns the go.work directory in the copy.
 */
export async function copyGoWorkspace(work: WorkFileInput, workspace: string, scratch: string): Promise<string> {
  const dirs = await directoriesGoReads(work);
  for (const d of dirs) {
    if (!isInside(workspace, d)) {
      throw new ProjectError(
        `${work.file} makes go read ${toPosixRelative(workspace, d)}, outside the workspace: vendor-consistency regenerates vendor/ from copies of workspace directories only.`
      );
    }
  }
  const base = commonAncestor([work.dir, ...dirs]);
  // A directory inside another one on the list is copied with it.
  const roots = [...new Set([work.dir, ...dirs])].sort((a, b) => a.length - b.length).filter((d, i, all) => !all.slice(0, i).some(o => isInside(o, d)));
  const committedVendor = path.join(work.dir, 'vendor');
  for (const dir of roots) {
    await fs.cp(dir, path.join(scratch, path.relative(base, dir)), {
      recursive: true,
      verbatimSymlinks: true,
      filter: src => src !== committedVendor && !SKIP_COPY.has(path.basename(src))
    });
  }
  return path.join(scratch, path.relative(base, work.dir));
}

/** The module directories of the go.work's `use` lines and every local replacement target go follows. */
async function directoriesGoReads(work: WorkFileInput): Promise<string[]> {
  const out: string[] = [];
  const localTargets = (replaces: { newPath: string }[], from: string) =>
    replaces.filter(r => isLocalReplacement(r.newPath)).map(r => path.resolve(from, r.newPath));
  out.push(...localTargets(work.workFile.replace, work.dir));
  for (const u of work.workFile.use) {
    const dir = path.resolve(work.dir, u.path);
    out.push(dir);
    let text: string;
    try {
      text = await fs.readFile(path.join(dir, 'go.mod'), 'utf8');
    } catch {
      continue; // go reports a use without go.mod itself, in the copy
    }
    // In workspace mode the replaces of every used module's go.mod apply too.
    out.push(...localTargets(parseModFile(text, 'go.mod').replace, dir));
  }
  return out;
}

function commonAncestor(dirs: string[]): string {
  let base = dirs[0];
  while (!dirs.every(d => isInside(base, d))) base = path.dirname(base);
  return base;
}
