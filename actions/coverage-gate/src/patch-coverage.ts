import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { intersectsRanges, parseUnifiedDiff, ProjectError, toPosixRelative, type Counts } from '@go-ci-gates/core';
import type { FileCoverage } from './measure.js';

export interface PatchResult {
  counts: Counts;
  /** Uncovered changed line ranges per file, for annotations. */
  uncovered: { file: string; line: number; endLine: number; statements: number }[];
  changedFiles: number;
}

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new ProjectError(`git is needed for patch coverage but could not run: ${r.error.message}`);
  if (r.status !== 0) throw new ProjectError(`\`git ${args.join(' ')}\` failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}

/**
 * Statement-weighted coverage of the blocks that intersect lines added or
 * changed between base and head (`git diff base...head`, what the pull
 * request's "Files changed" shows).
 */
export function patchCoverage(files: readonly FileCoverage[], workspace: string, base: string, head: string): PatchResult {
  const top = git(['rev-parse', '--show-toplevel'], workspace).trim();
  const diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', `${base}...${head}`, '--', '*.go'], workspace);
  const changed = parseUnifiedDiff(diff);
  const prefix = toPosixRelative(top, workspace);
  const counts = { covered: 0, total: 0 };
  const uncovered: PatchResult['uncovered'] = [];
  let changedFiles = 0;
  for (const f of files) {
    const repoPath = prefix === '.' || prefix === '' ? f.file : path.posix.join(prefix, f.file);
    const ranges = changed.files.get(repoPath);
    if (!ranges) continue;
    changedFiles++;
    for (const b of f.blocks) {
      if (b.numStmt === 0 || !intersectsRanges(ranges, b.startLine, b.endLine)) continue;
      counts.total += b.numStmt;
      if (b.count > 0) counts.covered += b.numStmt;
      else {
        const last = uncovered[uncovered.length - 1];
        if (last && last.file === f.file && b.startLine <= last.endLine + 1) {
          last.endLine = Math.max(last.endLine, b.endLine);
          last.statements += b.numStmt;
        } else uncovered.push({ file: f.file, line: b.startLine, endLine: b.endLine, statements: b.numStmt });
      }
    }
  }
  return { counts, uncovered, changedFiles };
}
