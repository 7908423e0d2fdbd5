import * as path from 'node:path';
import type { Finding } from '@go-ci-gates/core';
import type { PublishRow, SbomFile } from './types.js';

/** What one publisher reports: findings for the gate and rows for the summary. */
export interface Outcome {
  findings: Finding[];
  rows: PublishRow[];
}

export const emptyOutcome = (): Outcome => ({ findings: [], rows: [] });

/** Failure messages end by saying where the SBOM files still are, so nobody thinks they are lost. */
export function stillWritten(files: readonly SbomFile[], workspace: string): string {
  const shown = files.map(f => {
    const rel = path.relative(workspace, path.resolve(f.path)).split(path.sep).join('/');
    return rel.startsWith('..') ? path.resolve(f.path) : rel;
  });
  return shown.length === 0 ? '' : ` The SBOM ${shown.length === 1 ? 'file is' : 'files are'} still written at ${shown.join(', ')}.`;
}
