import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors.js';

/**
 * What must hold before any gate runs, checked here so that each mistake is
 * one clear sentence and exit 2 instead of a gate's stack or `spawn ENOENT`.
 */
export function checkWorkspace(dir: string): void {
  if (!existsSync(dir)) throw new UsageError(`directory not found: ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`not a directory: ${dir}`);
}

/** The go command on PATH, unless --go-binary names one (the gate checks that one itself). */
export function checkGo(inputs: Record<string, string>, env: NodeJS.ProcessEnv): void {
  if (inputs['go-binary']) return;
  if (findOnPath('go', env)) return;
  throw new UsageError(
    'go was not found on PATH. Install Go (https://go.dev/dl/) and make sure `go version` works in this shell, or pass --go-binary=<path to go>.'
  );
}

export function findOnPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, command + ext);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The --out directory: created if missing, never a symlink (the gates refuse to write through one anyway). */
export async function prepareOut(dir: string): Promise<void> {
  const st = await fs.lstat(dir).catch(() => undefined);
  if (st?.isSymbolicLink()) throw new UsageError(`--out ${dir} is a symlink; give a real directory`);
  if (st && !st.isDirectory()) throw new UsageError(`--out ${dir} is not a directory`);
  await fs.mkdir(dir, { recursive: true });
}
