import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';

/** Forward-slash relative path, `.` for the same directory. */
export function toPosixRelative(from: string, to: string): string {
  const rel = path.relative(from, to);
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/** Whether `child` is `parent` or inside it (lexically). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The directories a path input may point into. The checkout (workspace) is
 * written by whoever opened the pull request; RUNNER_TEMP belongs to the job.
 */
export type PathRootName = 'workspace' | 'RUNNER_TEMP';

/** Roots of the gates' outputs (reports, badges, patches, SBOMs, state) and of inputs the job itself may produce (profiles, binaries). */
export const WORKSPACE_OR_RUNNER_TEMP: readonly PathRootName[] = ['workspace', 'RUNNER_TEMP'];
/** Root of inputs that are checkout content (policy and lock files). */
export const WORKSPACE_ONLY: readonly PathRootName[] = ['workspace'];

export interface PathRoots {
  workspace: string;
  /** RUNNER_TEMP, or the OS temp directory outside Actions. */
  runnerTemp: string;
}

export function pathRoots(workspace: string, env: NodeJS.ProcessEnv): PathRoots {
  return { workspace: path.resolve(workspace), runnerTemp: path.resolve(env.RUNNER_TEMP || os.tmpdir()) };
}

/**
 * What the gate does with the path. Reads may pass through a symlink that
 * stays inside the root; writes never pass through one, since a link planted
 * in the checkout would redirect the write to a file outside.
 */
export type PathUse = 'read-file' | 'read-dir' | 'write-file' | 'write-dir';

export interface PathInputSpec {
  /** The input's name, for the error. */
  input: string;
  use: PathUse;
  /** Where the path may point, in the order the error names them. */
  roots: readonly PathRootName[];
  /** Directory a relative value resolves against (default: the workspace). */
  base?: string;
  /** A read target that does not exist is an error (otherwise `exists` says so). */
  mustExist?: boolean;
}

export interface ResolvedPath {
  input: string;
  /** The value as the user wrote it. */
  value: string;
  /** Absolute, normalized path (not the symlink-resolved one). */
  path: string;
  /** The root directory the path lies in. */
  root: string;
  exists: boolean;
}

/**
 * The one resolver of path inputs: resolves `value` (relative to the
 * workspace unless `base` says otherwise) and refuses, with one
 * ConfigurationError naming the input, a path that leaves its roots by `..`,
 * by an absolute path or through a symlink, a write that would pass through
 * or land on a symlink (dangling ones included), and a file where a directory
 * is expected or the other way round.
 */
export function resolvePathInput(value: string, spec: PathInputSpec, roots: PathRoots): ResolvedPath {
  const refuse = (why: string): never => {
    throw new ConfigurationError(spec.input, value, why);
  };
  const abs = path.resolve(spec.base ?? roots.workspace, value || '.');
  const rootDirs = spec.roots.map(r => ({ name: r, dir: r === 'workspace' ? roots.workspace : roots.runnerTemp }));
  // The most specific root wins (the workspace may lie inside the temp directory on a local run).
  const root = rootDirs.filter(r => isInside(r.dir, abs)).sort((a, b) => b.dir.length - a.dir.length)[0];
  const where = rootDirs.map(r => `${r.name} (${r.dir})`).join(' or ');
  if (!root) return refuse(`it must stay inside the ${where}`);
  const writing = spec.use === 'write-file' || spec.use === 'write-dir';
  const wantDir = spec.use === 'read-dir' || spec.use === 'write-dir';

  // Walk from the root down, one component at a time, without following links.
  const parts = path.relative(root.dir, abs).split(path.sep).filter(Boolean);
  let current = root.dir;
  let final: Stats | undefined = parts.length === 0 ? lstatOrUndefined(root.dir) : undefined;
  let linkSeen = false;
  for (const [i, part] of parts.entries()) {
    current = path.join(current, part);
    const shown = toPosixRelative(root.dir, current);
    const st = lstatOrUndefined(current);
    if (!st) break;
    const last = i === parts.length - 1;
    if (st.isSymbolicLink()) {
      if (writing) {
        return refuse(
          last
            ? `${shown} is a symlink; the gate never writes through a symlink (remove it or choose another path)`
            : `the path passes through the symlink ${shown}; the gate never writes through a symlink`
        );
      }
      linkSeen = true;
      continue; // a read may follow it: checked against the root's real path below
    }
    if (last) final = st;
    else if (!st.isDirectory() && !linkSeen) return refuse(`${shown} is not a directory`);
  }

  if (linkSeen) {
    const realRoot = realpathSync(root.dir);
    const real = realpathOrUndefined(abs);
    // A missing target is judged by where it would be: links followed as far as they exist.
    const judged = real ?? realpathAllowingMissing(abs, 40);
    if (!isInside(realRoot, judged)) return refuse(`it resolves outside the ${root.name} through a symlink (${root.name}: ${root.dir})`);
    if (!real) return refuse('it is (or passes through) a symlink whose target does not exist');
    final = lstatOrUndefined(real);
  }
  if (final) {
    if (wantDir && !final.isDirectory()) return refuse('it is not a directory');
    if (!wantDir && final.isDirectory()) return refuse('it is a directory; a file path is expected');
    if (!wantDir && !writing && !final.isFile()) return refuse('it is not a regular file');
  } else if (spec.mustExist) {
    return refuse(`no such ${wantDir ? 'directory' : 'file'} in the ${root.name}`);
  }
  return { input: spec.input, value, path: abs, root: root.dir, exists: final !== undefined };
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** realpath of a path whose last components may not exist (a dangling link is followed to its target). */
function realpathAllowingMissing(p: string, hops: number): string {
  const real = realpathOrUndefined(p);
  if (real !== undefined) return real;
  const parent = path.dirname(p);
  if (parent === p) return p;
  const joined = path.join(realpathAllowingMissing(parent, hops), path.basename(p));
  const st = lstatOrUndefined(joined);
  if (st?.isSymbolicLink() && hops > 0) return realpathAllowingMissing(path.resolve(path.dirname(joined), readlinkSync(joined)), hops - 1);
  return joined;
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/**
 * Resolves a directory input (`working-directory`) inside the workspace: it
 * must exist, and a symlink on the way must not lead outside.
 */
export function resolveInsideWorkspace(workspace: string, value: string, inputName: string): string {
  const roots = { workspace: path.resolve(workspace), runnerTemp: path.resolve(workspace) };
  return resolvePathInput(value, { input: inputName, use: 'read-dir', roots: ['workspace'], mustExist: true }, roots).path;
}

/**
 * A short, inert excerpt of text from a file the user pointed at, for an
 * error message: at most `max` characters, JSON-quoted (so control
 * characters and newlines are escaped), never the whole file.
 */
export function quoteExcerpt(text: string, max = 80): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? chars.slice(0, max).join('') + '…' : text);
}
