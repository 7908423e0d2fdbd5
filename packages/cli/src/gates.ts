import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The repository (or installed package) root: dist/cli/index.js lives two levels below it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GateMeta {
  name: string;
  description: string;
  entry: string;
  inputs: Record<string, { description?: string; default?: string }>;
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
        inputs?: GateMeta['inputs'];
      };
      return { name, description: meta.description ?? '', entry: path.join(ROOT, 'dist', name, 'index.js'), inputs: meta.inputs ?? {} };
    });
}
