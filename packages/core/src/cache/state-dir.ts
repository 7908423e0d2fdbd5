import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { pathRoots, resolvePathInput, WORKSPACE_OR_RUNNER_TEMP } from '../util/paths.js';

/**
 * Resolves `state-dir` (the workspace or RUNNER_TEMP, never through a
 * symlink) and refuses a directory that holds a symlink anywhere below it:
 * in a checkout such a link would make the gate read a file outside as its
 * saved state (and echo it in a message) or write the new state through it.
 */
export async function resolveStateDir(value: string, workspace: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = resolvePathInput(value, { input: 'state-dir', use: 'write-dir', roots: WORKSPACE_OR_RUNNER_TEMP }, pathRoots(workspace, env));
  const link = dir.exists ? await firstSymlinkBelow(dir.path, '') : undefined;
  if (link) throw new ConfigurationError('state-dir', value, `it holds a symlink (${link}); the gate never reads or writes its state through a symlink`);
  return dir.path;
}

async function firstSymlinkBelow(dir: string, rel: string): Promise<string | undefined> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isSymbolicLink()) return r;
    if (e.isDirectory()) {
      const found = await firstSymlinkBelow(path.join(dir, e.name), r);
      if (found) return found;
    }
  }
  return undefined;
}
