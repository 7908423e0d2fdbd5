import type { ProfileBlock } from './profile.js';
import { readAhead } from '@go-ci-gates/core';
import { scanGoSource, type FuncExtent } from './go-source-scanner.js';

export interface Counts {
  covered: number;
  total: number;
}

/**
 * Statements of `blocks` inside each function, as cmd/cover's
 * FuncExtent.coverage counts them: a block belongs to a function unless it
 * starts at or after the function's end or ends at or before its start.
 * `blocks` must be sorted by start (as a merged profile is), `funcs` in source
 * order without overlaps (as scanGoSource returns them).
 */
export function funcCoverage(blocks: readonly ProfileBlock[], funcs: readonly FuncExtent[]): (Counts & { func: FuncExtent })[] {
  // Functions come in source order and do not overlap, so a leading block that
  // ends before one function's start ends before every later one's: skipping
  // that prefix for good keeps a file with thousands of functions linear.
  let first = 0;
  return funcs.map(f => {
    let covered = 0;
    let total = 0;
    while (first < blocks.length && endsBefore(blocks[first], f)) first++;
    for (let i = first; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.startLine > f.endLine || (b.startLine === f.endLine && b.startCol >= f.endCol)) break;
      if (endsBefore(b, f)) continue;
      total += b.numStmt;
      if (b.count > 0) covered += b.numStmt;
    }
    return { func: f, covered, total };
  });
}

function endsBefore(b: ProfileBlock, f: FuncExtent): boolean {
  return b.endLine < f.startLine || (b.endLine === f.startLine && b.endCol <= f.startCol);
}

/** The `go tool cover -func` total for one file. */
export function funcTotals(blocks: readonly ProfileBlock[], funcs: readonly FuncExtent[]): Counts {
  let covered = 0;
  let total = 0;
  for (const r of funcCoverage(blocks, funcs)) {
    covered += r.covered;
    total += r.total;
  }
  return { covered, total };
}

/** Statement totals of blocks: what `go test -cover` counts. */
export function blockTotals(blocks: readonly ProfileBlock[]): Counts {
  let covered = 0;
  let total = 0;
  for (const b of blocks) {
    total += b.numStmt;
    if (b.count > 0) covered += b.numStmt;
  }
  return { covered, total };
}

/**
 * The `go tool cover -func` total of a whole profile: `source(fileName)`
 * returns a profile file's Go source (the caller maps import paths to files).
 */
export async function profileFuncTotals(
  files: readonly { fileName: string; blocks: readonly ProfileBlock[] }[],
  source: (fileName: string) => Promise<Uint8Array>
): Promise<Counts> {
  let covered = 0;
  let total = 0;
  const get = readAhead(files.length, i => source(files[i].fileName));
  for (const [i, f] of files.entries()) {
    const t = funcTotals(f.blocks, scanGoSource(await get(i)).funcs);
    covered += t.covered;
    total += t.total;
  }
  return { covered, total };
}
