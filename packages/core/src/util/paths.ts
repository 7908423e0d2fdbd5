import { realpathSync } from 'node:fs';
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
 * Resolves a path input against the workspace and refuses anything outside it,
 * whether by `..` or through a symlink.
 */
export function resolveInsideWorkspace(workspace: string, value: string, inputName: string): string {
  const resolved = path.resolve(workspace, value || '.');
  if (!isInside(workspace, resolved)) {
    throw new ConfigurationError(inputName, value, `it must stay inside the workspace (${workspace})`);
  }
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    throw new ConfigurationError(inputName, value, 'no such directory in the workspace');
  }
  if (!isInside(realpathSync(workspace), real)) {
    throw new ConfigurationError(inputName, value, `it resolves outside the workspace through a symlink`);
  }
  return resolved;
}
