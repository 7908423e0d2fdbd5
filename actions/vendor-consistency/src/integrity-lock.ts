import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { hash1, mapLimit, moduleOfVendoredPath, type ModulesTxt } from '@go-ci-gates/core';
import type { TreeEntry } from './vendor-tree.js';

/**
 * The integrity ratchet: one line per vendored module,
 * `<path> <version> h1:<dirhash of its vendored files>`, plus a line for
 * modules.txt itself. Names in the hash are vendor-relative paths, so the
 * hash is Go's dirhash h1 over exactly the files in vendor/ for that module.
 */
export const LOCK_HEADER =
  '# vendor-consistency integrity lock: Go dirhash (h1) of the files vendored from each module.\n# Regenerate with the vendor-consistency gate (output integrity-lock-path) after go mod vendor.\n';
const OWNERLESS = '(no module)';

export interface LockEntry {
  module: string;
  version: string;
  hash: string;
  line?: number;
}

export function formatLock(entries: readonly LockEntry[]): string {
  return LOCK_HEADER + entries.map(e => `${e.module} ${e.version || '-'} ${e.hash}\n`).join('');
}

export function parseLock(text: string): { entries: LockEntry[]; errors: { line: number; text: string }[] } {
  const entries: LockEntry[] = [];
  const errors: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const f = line.split(/\s+/);
    if (f.length !== 3 || !f[2].startsWith('h1:')) errors.push({ line: i + 1, text: raw });
    else entries.push({ module: f[0], version: f[1] === '-' ? '' : f[1], hash: f[2], line: i + 1 });
  });
  return { entries, errors };
}

/** Hashes the committed vendor tree per module (symlinks are not hashed: they are reported on their own). */
export async function computeLock(vendorDir: string, tree: Map<string, TreeEntry>, txt: ModulesTxt): Promise<LockEntry[]> {
  const groups = new Map<string, { module: string; version: string; files: string[] }>();
  for (const [rel, e] of tree) {
    if (e.kind !== 'file') continue;
    const owner = rel === 'modules.txt' ? { path: 'vendor/modules.txt', version: '' } : (moduleOfVendoredPath(txt, rel) ?? { path: OWNERLESS, version: '' });
    const key = `${owner.path} ${owner.version}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { module: owner.path, version: owner.version, files: [] }));
    g.files.push(rel);
  }
  const entries: LockEntry[] = [];
  for (const g of groups.values()) {
    const files = await mapLimit(g.files, 16, async name => ({ name, data: await fs.readFile(path.join(vendorDir, name)) }));
    entries.push({ module: g.module, version: g.version, hash: hash1(files) });
  }
  return entries.sort((a, b) => a.module.localeCompare(b.module) || a.version.localeCompare(b.version));
}
