import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { escapeModulePath, escapeModuleVersion } from '../gofiles/escape.js';
import { writeZip, type ZipEntry } from '../gofiles/zip-writer.js';
import { isPseudoVersion } from '../gofiles/module-version.js';

/** A module version to publish: its files, relative to the module root. */
export interface ProxyModule {
  path: string;
  version: string;
  files: Record<string, string | Buffer>;
  /** RFC 3339 time for the `.info` file (fixed by default, for reproducibility). */
  time?: string;
}

const FIXED_TIME = '2024-01-01T00:00:00Z';

/**
 * Builds a GOPROXY directory tree (`<escaped path>/@v/list`, `.info`, `.mod`,
 * `.zip`, and `@latest`) that the go command reads through `file://`. Zips
 * use the module zip layout: every file under `<path>@<version>/`.
 */
export async function buildFileProxy(dir: string, modules: readonly ProxyModule[]): Promise<string> {
  const byPath = new Map<string, ProxyModule[]>();
  for (const m of modules) {
    if (!('go.mod' in m.files)) throw new Error(`${m.path}@${m.version}: a proxy module needs a go.mod`);
    byPath.set(m.path, [...(byPath.get(m.path) ?? []), m]);
  }
  for (const [modPath, versions] of byPath) {
    const vdir = path.join(dir, escapeModulePath(modPath), '@v');
    await fs.mkdir(vdir, { recursive: true });
    for (const m of versions) {
      const ev = escapeModuleVersion(m.version);
      const info = JSON.stringify({ Version: m.version, Time: m.time ?? FIXED_TIME });
      await fs.writeFile(path.join(vdir, `${ev}.info`), info + '\n');
      await fs.writeFile(path.join(vdir, `${ev}.mod`), m.files['go.mod']);
      const entries: ZipEntry[] = Object.keys(m.files)
        .sort()
        .map(name => ({ name: `${m.path}@${m.version}/${name}`, data: Buffer.from(m.files[name]) }));
      await fs.writeFile(path.join(vdir, `${ev}.zip`), writeZip(entries));
    }
    // The list holds tagged versions only; pseudo-versions are fetched by name.
    const tagged = versions.map(v => v.version).filter(v => !isPseudoVersion(v));
    await fs.writeFile(path.join(vdir, 'list'), tagged.join('\n') + (tagged.length ? '\n' : ''));
  }
  return pathToFileURL(dir).href;
}

/**
 * Reads fixture modules from a source tree where each directory named
 * `<last path element>@<version>` under a path is one module version, e.g.
 * `example.com/lib@v1.2.0/` or `example.com/lib/v2@v2.0.0/`.
 */
export async function readProxyModules(sourceRoot: string): Promise<ProxyModule[]> {
  const out: ProxyModule[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const relChild = rel ? `${rel}/${e.name}` : e.name;
      const at = e.name.lastIndexOf('@');
      if (at > 0) {
        const files = await readTree(path.join(dir, e.name));
        out.push({ path: `${rel ? rel + '/' : ''}${e.name.slice(0, at)}`, version: e.name.slice(at + 1), files });
      } else {
        await walk(path.join(dir, e.name), relChild);
      }
    }
  }
  await walk(sourceRoot, '');
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.version.localeCompare(b.version));
}

async function readTree(root: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  async function walk(dir: string, rel: string): Promise<void> {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile()) files[r] = await fs.readFile(path.join(dir, e.name));
    }
  }
  await walk(root, '');
  return files;
}
