import { expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// The house map of packages/core (docs/architecture.md): folders in layers,
// each importing only from layers below it, so no folder imports upward and
// no two folders import each other. The barrel (index.ts) is outside it.

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Bottom first. A folder may import from any earlier layer, never from its own or a later one. */
const LAYERS: string[][] = [
  ['runner', 'errors'],
  ['util', 'net'],
  ['gofiles', 'goenv', 'checkout', 'git', 'github', 'cache', 'report'],
  ['modules'],
  ['go', 'sbom', 'goproxy', 'inputs'],
  ['components'],
  ['action']
];

function unit(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.ts$/, '');
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && p !== path.join(SRC, 'index.ts') ? [p] : [];
  });
}

const edges: { from: string; to: string; where: string }[] = [];
for (const file of sources(SRC)) {
  for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts'));
    const [from, to] = [unit(file), unit(target)];
    if (from !== to) edges.push({ from, to, where: `${path.relative(SRC, file)} imports ${m[1]}` });
  }
}

test('every folder of core has a layer', () => {
  const placed = new Set(LAYERS.flat());
  expect([...new Set(sources(SRC).map(unit))].filter(u => !placed.has(u))).toEqual([]);
});

test('no folder imports from its own layer or above', () => {
  const layer = new Map(LAYERS.flatMap((names, i) => names.map(n => [n, i] as const)));
  expect(edges.filter(e => layer.get(e.to)! >= layer.get(e.from)!).map(e => e.where)).toEqual([]);
});
