import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseModulesTxt } from '../gofiles/modules-txt.js';
import type { ListedModule } from './package-graph.js';

/**
 * The modules of a vendored build, from vendor/modules.txt (read with core's
 * parser): `go list -m all` refuses to compute the module graph from vendor/,
 * and going to the network is not an option for a vendored build. Wildcard
 * replacement records (`# path => new`, no version) name no module of the
 * build and are skipped.
 */
export async function readVendorModules(moduleDir: string): Promise<ListedModule[] | undefined> {
  const file = path.join(moduleDir, 'vendor', 'modules.txt');
  if (!existsSync(file)) return undefined;
  const { entries } = parseModulesTxt(await fs.readFile(file, 'utf8'));
  return entries
    .filter(e => e.version !== '')
    .map(e => {
      const mod: ListedModule = { Path: e.path, Version: e.version, Dir: path.join(moduleDir, 'vendor', ...e.path.split('/')) };
      const r = e.replacement;
      if (r) mod.Replace = { Path: r.path, Version: r.version || undefined, Dir: r.version ? undefined : path.resolve(moduleDir, r.path) };
      return mod;
    });
}
