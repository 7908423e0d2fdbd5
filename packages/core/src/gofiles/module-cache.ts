import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { escapeModulePath, escapeModuleVersion } from './escape.js';
import { hashGoMod, hashZipFile } from './dirhash.js';

/** A file of module@version in the module cache's download directory (cmd/go's layout). */
export function moduleCacheFile(modCache: string, module: string, version: string, ext: 'zip' | 'ziphash' | 'mod' | 'info'): string {
  return path.join(modCache, 'cache', 'download', escapeModulePath(module), '@v', `${escapeModuleVersion(version)}.${ext}`);
}

/** The h1 hashes of a module as the module cache holds it; a field is absent when the cache does not have that part. */
export interface CachedModuleHashes {
  /** The module zip's h1: the .ziphash go wrote when it downloaded and hashed the zip, else the cached zip hashed now. */
  zip?: string;
  /** h1 of the cached .mod file. */
  goMod?: string;
}

/**
 * What the module cache says module@version hashes to, for checking a
 * go.sum line (or a binary's recorded sum) against it. Nothing is downloaded:
 * a module that is not in the cache gives no hash, and the caller says the
 * claim was not checked. Escaping errors (a path or version go would reject)
 * also give no hash.
 */
export async function cachedModuleHashes(modCache: string, module: string, version: string): Promise<CachedModuleHashes> {
  let zipFile: string;
  let modFile: string;
  try {
    zipFile = moduleCacheFile(modCache, module, version, 'zip');
    modFile = moduleCacheFile(modCache, module, version, 'mod');
  } catch {
    return {};
  }
  const out: CachedModuleHashes = {};
  const recorded = (await readIfThere(zipFile.replace(/\.zip$/, '.ziphash')))?.toString('utf8').trim();
  if (recorded?.startsWith('h1:')) out.zip = recorded;
  else if (await isFile(zipFile)) out.zip = await hashZipFile(zipFile);
  const mod = await readIfThere(modFile);
  if (mod) out.goMod = hashGoMod(mod);
  return out;
}

const isMissing = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch (err) {
    if (isMissing(err)) return false;
    throw err;
  }
}
