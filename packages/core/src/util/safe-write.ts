import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, UserFacingError } from '../errors.js';
import { isInside, toPosixRelative, type ResolvedPath } from './paths.js';

/**
 * A write refused because the path below its root holds a symlink or a
 * non-directory where a directory is needed. Callers that know which input
 * named the path turn it into a ConfigurationError (writeResolvedFile does).
 */
export class UnsafePathError extends UserFacingError {
  override name = 'UnsafePathError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

/**
 * Creates `dir` and its missing parents below `root` one level at a time,
 * refusing a symlink or a file on the way (`mkdir -p` would follow a link
 * planted in the checkout and create directories outside).
 */
export async function makeDirectoryBelow(root: string, dir: string): Promise<void> {
  if (!isInside(root, dir)) throw new UnsafePathError(`${dir} is outside ${root}`);
  await fs.mkdir(root, { recursive: true });
  let current = root;
  for (const part of path.relative(root, dir).split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    try {
      await fs.mkdir(current);
      continue;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const st = await fs.lstat(current);
    const shown = toPosixRelative(root, current);
    if (st.isSymbolicLink()) throw new UnsafePathError(`the path passes through the symlink ${shown}; the gate never writes through a symlink`);
    if (!st.isDirectory()) throw new UnsafePathError(`${shown} is not a directory`);
  }
}

/**
 * Writes `file` (below `root`) without following any symlink: the data goes
 * to a new file created with O_EXCL|O_NOFOLLOW in the same directory, which
 * is then renamed over the target (a rename replaces a name, it never writes
 * through a link). An existing link or directory at the target is refused.
 */
export async function writeFileBelow(root: string, file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await makeDirectoryBelow(root, dir);
  const shown = toPosixRelative(root, file);
  const existing = await fs.lstat(file).catch(() => undefined);
  if (existing?.isSymbolicLink())
    throw new UnsafePathError(`${shown} is a symlink; the gate never writes through a symlink (remove it or choose another path)`);
  if (existing?.isDirectory()) throw new UnsafePathError(`${shown} is a directory; a file path is expected`);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, CREATE_NEW, 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

/** Turns a refused write into one clear error naming the input. */
async function asInputError<T>(target: ResolvedPath, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof UnsafePathError) throw new ConfigurationError(target.input, target.value, err.reason);
    const code = (err as NodeJS.ErrnoException).code;
    if (code && ['EISDIR', 'ENOTDIR', 'EEXIST', 'EACCES', 'EPERM', 'ELOOP', 'EROFS'].includes(code)) {
      throw new ConfigurationError(target.input, target.value, `it cannot be written (${code}: ${(err as Error).message})`);
    }
    throw err;
  }
}

/** Writes the file a `write-file` input resolved to. */
export function writeResolvedFile(target: ResolvedPath, data: string | Uint8Array): Promise<void> {
  return asInputError(target, () => writeFileBelow(target.root, target.path, data));
}

/** Creates the directory a `write-dir` input resolved to. */
export function makeResolvedDirectory(target: ResolvedPath): Promise<void> {
  return asInputError(target, () => makeDirectoryBelow(target.root, target.path));
}

/** Writes `name` inside the directory a `write-dir` input resolved to. */
export function writeFileInResolvedDirectory(target: ResolvedPath, name: string, data: string | Uint8Array): Promise<void> {
  return asInputError(target, () => writeFileBelow(target.root, path.join(target.path, name), data));
}
