import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * The repository (or installed package) root: the nearest directory above
 * this file with a package.json and an actions/ directory (two levels above
 * dist/cli/index.js, three above packages/cli/src/gates.ts).
 */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'actions'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}

export interface InputMeta {
  description?: string;
  default?: string;
}

export interface GateMeta {
  name: string;
  description: string;
  entry: string;
  inputs: Record<string, InputMeta>;
}

/** The gates that exist: an action.yml under actions/ and a bundle under dist/. */
export function listGates(): GateMeta[] {
  const dir = path.join(ROOT, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter(name => existsSync(path.join(dir, name, 'action.yml')) && existsSync(path.join(ROOT, 'dist', name, 'index.js')))
    .map(name => {
      const meta = parseYaml(readFileSync(path.join(dir, name, 'action.yml'), 'utf8')) as {
        description?: string;
        inputs?: Record<string, { description?: string; default?: unknown }>;
      };
      const inputs: Record<string, InputMeta> = {};
      for (const [k, v] of Object.entries(meta.inputs ?? {}))
        inputs[k] = { description: v.description, default: v.default === undefined ? undefined : String(v.default) };
      return { name, description: meta.description ?? '', entry: path.join(ROOT, 'dist', name, 'index.js'), inputs };
    });
}

/** An input whose action.yml default is true or false takes a bare flag (`--run-tests`) or `--no-<name>`. */
export function isBooleanInput(spec: InputMeta): boolean {
  return spec.default === 'true' || spec.default === 'false';
}

/**
 * The values an input accepts, read from its description when it lists
 * them (`error, warning or never`; `cache (the Actions cache), file (...) or none`)
 * and the default is one of them; otherwise undefined (free text).
 */
export function acceptedValues(spec: InputMeta): string[] | undefined {
  if (isBooleanInput(spec)) return ['true', 'false'];
  const word = String.raw`([a-z0-9][a-z0-9.-]*)`;
  const list = new RegExp(String.raw`(?:^|[\s:])${word}((?:, ${word})*),? or ${word}(?=[\s.,;:)]|$)`, 'g');
  // Asides in parentheses may hold an "or" of their own: `auto (only on a release event or a tag push), true or false`.
  const plain = (spec.description ?? '').replace(/ \([^)]*\)/g, '');
  for (const m of plain.matchAll(list)) {
    const values = m[0]
      .replace(/^[\s:]/, '')
      .split(/,? or |, /)
      .map(v => v.trim().replace(/\.$/, ''));
    if (spec.default && values.includes(spec.default)) return values;
  }
  // `app: ...; module: ...; binary: ...` descriptions list each value with a colon.
  const labelled = [...(spec.description ?? '').matchAll(/(?:^|; )([a-z][a-z0-9-]*): /g)].map(m => m[1]);
  if (labelled.length > 1 && spec.default && labelled.includes(spec.default)) return labelled;
  return undefined;
}

/** The package's version (package.json beside actions/ and dist/). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}
