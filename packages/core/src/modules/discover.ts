import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ProjectError } from '../errors.js';
import { parseModFile, type ModFile } from '../gofiles/modfile.js';
import { isInside, toPosixRelative } from '../util/paths.js';
import { compareText } from '../util/compare-text.js';

/** One Go module found in the checkout. */
export interface GoModule {
  /** Module path from the `module` line. */
  path: string;
  /** Absolute directory holding go.mod. */
  dir: string;
  /** Workspace-relative directory, `.` for the root. */
  relDir: string;
  /** Workspace-relative path of go.mod (for annotations). */
  goModFile: string;
  /** The parsed go.mod, with line numbers. */
  modFile: ModFile;
}

export interface GoWorkspace {
  /** Absolute path of go.work. */
  file: string;
  /** Workspace-relative path of go.work. */
  relFile: string;
  dir: string;
  workFile: ModFile;
}

export interface Discovery {
  /** Absolute path of GITHUB_WORKSPACE (or the CLI's root). */
  workspace: string;
  /** Absolute directory discovery started from (`working-directory`). */
  root: string;
  /** Set when the modules come from a go.work. */
  goWork?: GoWorkspace;
  modules: GoModule[];
  /** How many modules were found before 'modules' selected among them. */
  foundCount?: number;
}

/** Directories never searched for go.mod: Go ignores them, or they are not source. */
export function isSkippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name === 'node_modules' || name.startsWith('.') || name.startsWith('_');
}

export interface DiscoverOptions {
  workspace: string;
  /** Absolute, already confined to the workspace. */
  root: string;
  /** Globs selecting modules by workspace-relative directory or module path. */
  select?: readonly string[];
  /** Honour a go.work in `root` (default true). */
  useGoWork?: boolean;
}

/**
 * Finds the modules to check: the modules of the go.work in `root` when there
 * is one, otherwise every go.mod at or below `root`.
 */
export async function discoverModules(opts: DiscoverOptions): Promise<Discovery> {
  const { workspace, root } = opts;
  const workPath = path.join(root, 'go.work');
  let goWork: GoWorkspace | undefined;
  let dirs: string[];
  if (opts.useGoWork !== false && existsSync(workPath)) {
    await refuseOutsideWorkspace(workspace, [workPath, `${workPath}.sum`]);
    const workFile = parseModFile(await fs.readFile(workPath, 'utf8'), 'go.work');
    if (workFile.errors.length) {
      const e = workFile.errors[0];
      throw new ProjectError(`${toPosixRelative(workspace, workPath)}:${e.line}: ${e.message}`);
    }
    goWork = { file: workPath, relFile: toPosixRelative(workspace, workPath), dir: root, workFile };
    dirs = workFile.use.map(u => path.resolve(root, u.path));
  } else {
    dirs = await findGoModDirs(root);
  }
  const modules: GoModule[] = [];
  for (const dir of dirs) {
    const goModPath = path.join(dir, 'go.mod');
    await refuseOutsideWorkspace(workspace, [dir, goModPath, path.join(dir, 'go.sum')], goWork?.relFile);
    let text: string;
    try {
      text = await fs.readFile(goModPath, 'utf8');
    } catch {
      throw new ProjectError(`${toPosixRelative(workspace, goModPath)} does not exist${goWork ? ` (named by a use directive in ${goWork.relFile})` : ''}`);
    }
    const modFile = parseModFile(text, 'go.mod');
    const rel = toPosixRelative(workspace, goModPath);
    if (modFile.errors.length) {
      const e = modFile.errors[0];
      throw new ProjectError(`${rel}:${e.line}: ${e.message}`);
    }
    if (!modFile.module) throw new ProjectError(`${rel}: no module directive`);
    modules.push({ path: modFile.module.path, dir, relDir: toPosixRelative(workspace, dir), goModFile: rel, modFile });
  }
  modules.sort((a, b) => compareText(a.relDir, b.relDir));
  const where = toPosixRelative(workspace, root);
  if (modules.length === 0) {
    throw new ProjectError(`No go.mod found in or below '${where}'. Set 'working-directory' to the directory of your Go module.`);
  }
  const selected = opts.select?.length ? selectModules(modules, opts.select) : modules;
  if (selected.length === 0) {
    throw new ProjectError(
      `The 'modules' patterns (${opts.select!.join(', ')}) match none of the modules found: ${modules.map(m => `${m.relDir} (${m.path})`).join(', ')}`
    );
  }
  return { workspace, root, goWork, modules: selected, foundCount: modules.length };
}

/**
 * The go command reads go.work, go.mod and go.sum through symlinks, and a
 * go.work may `use` a directory anywhere. In a checkout written by a pull
 * request, either would make every gate (and go's error messages) read and
 * quote a file outside the workspace, so a module file or directory whose real
 * path leaves the workspace is refused before go runs.
 */
async function refuseOutsideWorkspace(workspace: string, paths: readonly string[], namedBy?: string): Promise<void> {
  const realWorkspace = await fs.realpath(workspace);
  for (const p of paths) {
    let real: string;
    try {
      real = await fs.realpath(p);
    } catch {
      continue; // missing: said where it is needed
    }
    if (!isInside(realWorkspace, real)) {
      const rel = toPosixRelative(workspace, p);
      throw new ProjectError(
        namedBy && !isInside(workspace, p)
          ? `${namedBy} makes go read ${rel}, outside the workspace: the gates never read outside the workspace.`
          : `${rel} leads outside the workspace through a symlink: the gates never read outside the workspace.`
      );
    }
  }
}

/** A module is selected when a pattern matches its directory or its module path; `!pattern` excludes. */
export function selectModules(modules: readonly GoModule[], patterns: readonly string[]): GoModule[] {
  const include = patterns.filter(p => !p.startsWith('!'));
  const exclude = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
  const inc = include.length ? picomatch(include, { dot: true }) : () => true;
  const exc = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return modules.filter(m => (inc(m.relDir) || inc(m.path)) && !(exc(m.relDir) || exc(m.path)));
}

async function findGoModDirs(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // A go.mod that is a symlink counts too (go reads through it); discovery then refuses one leading outside.
    if (entries.some(e => (e.isFile() || e.isSymbolicLink()) && e.name === 'go.mod')) found.push(dir);
    for (const e of entries) {
      if (e.isDirectory() && !isSkippedDir(e.name)) await walk(path.join(dir, e.name));
    }
  }
  await walk(root);
  return found;
}
