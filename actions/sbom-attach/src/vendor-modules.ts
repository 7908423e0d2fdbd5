import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ListedModule } from './package-graph.js';

/**
 * The modules of a vendored build from vendor/modules.txt (`# path version`
 * or `# path version => new [newversion]`): `go list -m all` refuses to
 * compute the module graph from vendor/, and going to the network is not an
 * option for a vendored build.
 */
export async function readVendorModules(moduleDir: string): Promise<ListedModule[] | undefined> {
  const file = path.join(moduleDir, 'vendor', 'modules.txt');
  if (!existsSync(file)) return undefined;
  const out: ListedModule[] = [];
  for (const line of (await fs.readFile(file, 'utf8')).split('\n')) {
    const m = /^# (\S+)(?: (\S+))?(?: => (\S+)(?: (\S+))?)?$/.exec(line.trim());
    if (!m) continue;
    const [, p, v, newPath, newVersion] = m;
    const mod: ListedModule = { Path: p, Version: v, Dir: path.join(moduleDir, 'vendor', ...p.split('/')) };
    if (newPath) mod.Replace = { Path: newPath, Version: newVersion, Dir: newVersion ? undefined : path.resolve(moduleDir, newPath) };
    out.push(mod);
  }
  return out;
}
