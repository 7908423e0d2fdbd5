import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ProjectError, readAhead } from '@go-ci-gates/core';
import { blockTotals, funcTotals, scanGoSource, type Counts, type CoverProfile, type ProfileBlock } from './coverage/index.js';
import type { FileMapper } from './file-mapping.js';

export interface FileCoverage {
  /** Workspace-relative path. */
  file: string;
  fileName: string;
  module: string;
  /** Import path of the package. */
  pkg: string;
  blocks: ProfileBlock[];
  statements: Counts;
  /** Undefined when the source is not in the checkout. */
  func?: Counts;
}

export interface Measurement {
  files: FileCoverage[];
  excluded: { file: string; reason: 'glob' | 'generated' | 'unmapped'; statements: number }[];
  missingSources: number;
}

export function add(a: Counts, b: Counts): Counts {
  return { covered: a.covered + b.covered, total: a.total + b.total };
}
export const ZERO: Counts = { covered: 0, total: 0 };

/** Maps, excludes and counts every file of the profile in both denominators. */
export async function measure(
  profile: CoverProfile,
  mapper: FileMapper,
  workspace: string,
  opts: { exclude: string[]; excludeGenerated: boolean; needFunc: boolean }
): Promise<Measurement> {
  const include = opts.exclude.filter(g => !g.startsWith('!'));
  const isExcluded = include.length ? picomatch(include, { dot: true }) : () => false;
  const out: Measurement = { files: [], excluded: [], missingSources: 0 };
  // The sources of the files judged below, read ahead of the scan (undefined: not in the checkout).
  const sourceOf = readAhead(profile.files.length, i => {
    const f = profile.files[i];
    const m = mapper.map(f.fileName);
    if (!m || isExcluded(m.file) || isExcluded(f.fileName)) return Promise.resolve(undefined);
    return fs.readFile(path.join(workspace, m.file)).catch(() => undefined);
  });
  for (const [i, f] of profile.files.entries()) {
    const statements = blockTotals(f.blocks);
    const m = mapper.map(f.fileName);
    if (!m) {
      out.excluded.push({ file: f.fileName, reason: 'unmapped', statements: statements.total });
      continue;
    }
    if (isExcluded(m.file) || isExcluded(f.fileName)) {
      out.excluded.push({ file: m.file, reason: 'glob', statements: statements.total });
      continue;
    }
    const source = await sourceOf(i);
    if (!source) out.missingSources++;
    const scan = source ? scanGoSource(source) : undefined;
    if (scan?.generated && opts.excludeGenerated) {
      out.excluded.push({ file: m.file, reason: 'generated', statements: statements.total });
      continue;
    }
    if (!scan && opts.needFunc) {
      throw new ProjectError(`denominator 'func' needs the Go sources, but ${m.file} (for ${f.fileName}) is not in the checkout.`);
    }
    out.files.push({
      file: m.file,
      fileName: f.fileName,
      module: m.module.path,
      pkg: m.importDir,
      blocks: f.blocks,
      statements,
      func: scan ? funcTotals(f.blocks, scan.funcs) : undefined
    });
  }
  if (out.files.length === 0) {
    const unmapped = out.excluded.filter(e => e.reason === 'unmapped');
    if (unmapped.length === out.excluded.length && unmapped.length) {
      throw new ProjectError(
        `None of the ${unmapped.length} files in the coverage profile belongs to a discovered module (e.g. ${unmapped[0].file}); check 'working-directory' and 'modules'.`
      );
    }
    throw new ProjectError(`No file of the coverage profile is left to judge: ${out.excluded.length} excluded by 'exclude' or as generated code.`);
  }
  return out;
}
