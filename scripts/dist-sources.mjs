// The digest of everything the bundles in dist/ are built from. `npm run build`
// records it in dist/sources.sha256; the test run compares it with the tree it
// tests, so tests never silently run bundles built from other sources.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIGEST_FILE = path.join(ROOT, 'dist', 'sources.sha256');

async function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Hex SHA-256 over the path and content of every bundle input, in a fixed order. */
export async function sourcesDigest() {
  const files = [path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'scripts', 'build.mjs')];
  for (const group of ['actions', 'packages']) {
    for (const name of await fs.readdir(path.join(ROOT, group))) files.push(...(await filesUnder(path.join(ROOT, group, name, 'src'))));
  }
  const hash = createHash('sha256');
  for (const f of files.map(f => path.relative(ROOT, f).split(path.sep).join('/')).sort()) {
    hash.update(`${f}\0`);
    hash.update(await fs.readFile(path.join(ROOT, f)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
