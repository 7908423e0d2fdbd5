// What dist/ was built from, and what the build produced. `npm run build`
// records both in dist/sources.sha256: the digest of every bundle input on the
// first line, then one line per bundle with the digest of its files. The test
// run compares the first line with the tree it tests, so tests never silently
// run bundles built from other sources; `npm run check-dist` compares both.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
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

/** Hex SHA-256 over the relative path and content of each file, in a fixed order. */
async function digestOf(files, relativeTo) {
  const hash = createHash('sha256');
  for (const f of files.map(f => path.relative(relativeTo, f).split(path.sep).join('/')).sort()) {
    hash.update(`${f}\0`);
    hash.update(await fs.readFile(path.join(relativeTo, f)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Hex SHA-256 over the path and content of every bundle input, in a fixed order. */
export async function sourcesDigest() {
  const files = [path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'scripts', 'build.mjs')];
  for (const group of ['actions', 'packages']) {
    for (const name of await fs.readdir(path.join(ROOT, group))) files.push(...(await filesUnder(path.join(ROOT, group, name, 'src'))));
  }
  return digestOf(files, ROOT);
}

/** Hex SHA-256 over the files of one built bundle directory (dist/<name>, or a fresh build's). */
export async function bundleDigest(dir) {
  return digestOf(await filesUnder(dir), dir);
}

/** The text of dist/sources.sha256 for sources `digest` and the bundles in `outRoot` named `names`. */
export async function digestFileText(digest, outRoot, names) {
  const lines = [digest];
  for (const name of [...names].sort()) lines.push(`${await bundleDigest(path.join(outRoot, name))}  ${name}`);
  return `${lines.join('\n')}\n`;
}

/** dist/sources.sha256 as recorded: the sources digest and each bundle's digest by name. */
export function recordedDigests() {
  if (!existsSync(DIGEST_FILE)) return undefined;
  const [first, ...rest] = readFileSync(DIGEST_FILE, 'utf8').trim().split('\n');
  const bundles = new Map();
  for (const line of rest) {
    const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (m) bundles.set(m[2], m[1]);
  }
  return { sources: first.trim(), bundles };
}
