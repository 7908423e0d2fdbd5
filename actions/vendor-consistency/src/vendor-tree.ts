import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export type EntryKind = 'file' | 'symlink' | 'other';

export interface TreeEntry {
  kind: EntryKind;
  /** Symlink target as stored. */
  target?: string;
}

/**
 * Every non-directory entry below `dir`, keyed by forward-slash relative
 * path. Symlinks are reported, never followed: `go mod vendor` copies only
 * regular files, so a symlink in vendor/ is something it would not produce.
 */
export async function walkVendorTree(dir: string): Promise<Map<string, TreeEntry>> {
  const out = new Map<string, TreeEntry>();
  async function walk(abs: string, rel: string): Promise<void> {
    const entries = await fs.readdir(abs, { withFileTypes: true });
    await Promise.all(
      entries.map(async e => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        const full = path.join(abs, e.name);
        if (e.isDirectory()) return walk(full, r);
        if (e.isSymbolicLink()) {
          out.set(r, { kind: 'symlink', target: await fs.readlink(full) });
        } else if (e.isFile()) {
          out.set(r, { kind: 'file' });
        } else {
          out.set(r, { kind: 'other' });
        }
      })
    );
  }
  await walk(dir, '');
  return out;
}
