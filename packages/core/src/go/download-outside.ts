import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { EnvOverlay, GoRunner } from './go-runner.js';

/** One entry of `go mod download -json`: where go put the module, or why it could not. */
export interface DownloadedModule {
  Path: string;
  Version: string;
  /** The extracted module in the module cache. */
  Dir?: string;
  Zip?: string;
  GoMod?: string;
  Error?: string;
}

/**
 * `go mod download -json path@version...`, run outside any module (an empty
 * directory under `tempDir`, GOWORK=off), so no go.mod, go.sum or go.work of
 * the checkout is read or written; -modcacherw leaves the module cache
 * deletable. Each result is keyed `path@version`; a version go could not get
 * carries its Error (the command's exit status says nothing more).
 * mod-verify fetches what go.sum names to hash it; license-policy fetches a
 * base's versions to read their licenses.
 */
export async function downloadOutsideModule(
  go: GoRunner,
  versions: readonly string[],
  opts: { tempDir: string; env?: EnvOverlay }
): Promise<Map<string, DownloadedModule>> {
  const wanted = [...new Set(versions)];
  if (!wanted.length) return new Map();
  const outside = path.join(opts.tempDir, 'outside-any-module');
  await fs.mkdir(outside, { recursive: true });
  const { values } = await go.listJson<DownloadedModule>(['mod', 'download', '-json', ...wanted], {
    cwd: outside,
    env: { ...opts.env, GOWORK: 'off', GOFLAGS: '-modcacherw' },
    allowFailure: true
  });
  return new Map(values.map(v => [`${v.Path}@${v.Version}`, v]));
}
