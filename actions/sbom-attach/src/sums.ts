import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseGoSumLine } from '@go-ci-gates/core';

/** go.sum hashes keyed by `path@version`: the module content `h1:` and the `/go.mod` `h1:`. */
export interface SumTable {
  zip: Map<string, string>;
  goMod: Map<string, string>;
  /** Where each hash was read: `zip:path@version` / `go.mod:path@version` → go.sum file and line. */
  where: Map<string, { file: string; line: number }>;
}

/** Reads go.sum of every given module directory plus go.work.sum (hashes are never recomputed). */
export async function readSums(files: readonly string[]): Promise<SumTable> {
  const table: SumTable = { zip: new Map(), goMod: new Map(), where: new Map() };
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = await fs.readFile(file, 'utf8');
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      const l = parseGoSumLine(raw, i + 1);
      if (l.problem || !l.hash.startsWith('h1:')) return;
      (l.kind === 'zip' ? table.zip : table.goMod).set(`${l.module}@${l.version}`, l.hash);
      table.where.set(`${l.kind}:${l.module}@${l.version}`, { file, line: i + 1 });
    });
  }
  return table;
}

export function sumFilesFor(moduleDirs: readonly string[], goWorkDir?: string): string[] {
  const files = moduleDirs.map(d => path.join(d, 'go.sum'));
  if (goWorkDir) files.push(path.join(goWorkDir, 'go.work.sum'));
  return files;
}
