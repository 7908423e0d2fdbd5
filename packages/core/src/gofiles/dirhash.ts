import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readZip } from './zip-reader.js';

/**
 * Go's dirhash "h1:" (golang.org/x/mod/sumdb/dirhash.Hash1): SHA-256 over the
 * lines, sorted by file name, `<hex sha256 of file>  <name>\n`, base64-encoded. For a module
 * zip the names are `<path>@<version>/<file>` as stored in the zip; for a
 * `/go.mod` line the single name is `go.mod`.
 */
export function hash1(files: Iterable<{ name: string; data: Buffer }>): string {
  // Sorted by file name (Go's sort.Strings, i.e. by UTF-8 bytes), not by line.
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const summary = createHash('sha256');
  for (const f of sorted) {
    if (f.name.includes('\n')) throw new Error(`dirhash: filename with newline: ${JSON.stringify(f.name)}`);
    summary.update(`${createHash('sha256').update(f.data).digest('hex')}  ${f.name}\n`);
  }
  return `h1:${summary.digest('base64')}`;
}

/** h1 of a go.mod file's bytes, as in `<module> <version>/go.mod h1:...`. */
export function hashGoMod(data: Buffer): string {
  return hash1([{ name: 'go.mod', data }]);
}

/** h1 of a module zip (dirhash.HashZip): every file entry, by its name in the zip. */
export async function hashZipFile(zipPath: string): Promise<string> {
  const entries = await readZip(zipPath);
  return hash1(entries.filter(e => !e.isDirectory).map(e => ({ name: e.name, data: e.read() })));
}

/**
 * h1 of a directory (dirhash.HashDir) with names `<prefix>/<relative path>`,
 * as the go command hashes an extracted module directory. Symlinks and
 * irregular files are not followed.
 */
export async function hashDir(dir: string, prefix: string): Promise<string> {
  const files: { name: string; data: Buffer }[] = [];
  async function walk(d: string, rel: string): Promise<void> {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), r);
      else if (e.isFile()) files.push({ name: `${prefix}/${r}`, data: await fs.readFile(path.join(d, e.name)) });
    }
  }
  await walk(dir, '');
  return hash1(files);
}

/** `h1:<base64>` → lower-case hex SHA-256 (for SBOM hashes); undefined when not an h1 hash. */
export function h1ToHex(h1: string): string | undefined {
  if (!h1.startsWith('h1:')) return undefined;
  const raw = Buffer.from(h1.slice(3), 'base64');
  return raw.length === 32 ? raw.toString('hex') : undefined;
}
