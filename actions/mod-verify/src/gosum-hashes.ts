import { existsSync, promises as fs } from 'node:fs';
import { downloadOutsideModule, hashGoMod, hashZipFile, mapLimit, moduleCacheFile, parseGoSum, type GoRunner, type GoSumLine } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';
import type { Draft } from './rules.js';

export interface GoSumCheck {
  drafts: Draft[];
  /** Lines whose hash was recomputed. */
  checked: number;
  /** Lines whose zip or go.mod could not be obtained. */
  unavailable: number;
}

/**
 * Recomputes the h1: of every go.sum line from the downloaded module (zip, or
 * the go.mod alone for `/go.mod` lines) with Go's dirhash and compares. Files
 * missing from the module cache are downloaded outside any module, where
 * go.sum is not consulted, so a wrong line cannot stop the download.
 */
export async function checkGoSumHashes(go: GoRunner, run: ModuleRun, tempDir: string, modCache: string, verifiedByGo = false): Promise<GoSumCheck> {
  let text: string;
  try {
    text = await fs.readFile(run.goSumPath, 'utf8');
  } catch {
    return { drafts: [], checked: 0, unavailable: 0 };
  }
  const lines = parseGoSum(text).lines.filter(l => !l.problem && l.hash.startsWith('h1:'));
  const located = lines.map(l => ({ line: l, file: cacheFile(modCache, l) }));
  const missing = located.filter(x => !existsSync(x.file));
  if (missing.length) {
    const byKey = await downloadOutsideModule(
      go,
      missing.map(x => `${x.line.module}@${x.line.version}`),
      { tempDir, env: run.env }
    );
    for (const x of missing) {
      const d = byKey.get(`${x.line.module}@${x.line.version}`);
      const f = x.line.kind === 'zip' ? d?.Zip : d?.GoMod;
      if (f) x.file = f;
    }
  }
  const drafts: Draft[] = [];
  let checked = 0;
  let unavailable = 0;
  await mapLimit(located, 4, async ({ line, file }) => {
    let actual: string;
    try {
      actual = line.kind === 'zip' ? await zipHash(file, verifiedByGo) : hashGoMod(await fs.readFile(file));
    } catch {
      unavailable++;
      return;
    }
    checked++;
    if (actual === line.hash) return;
    const what = line.kind === 'zip' ? 'module zip' : 'go.mod';
    drafts.push({
      rule: 'gosum-mismatch',
      module: run.mod.path,
      file: run.goSumFile,
      line: line.line,
      title: `go.sum hash mismatch: ${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''}`,
      message: `go.sum records ${line.hash} for the ${what} of ${line.module}@${line.version}, but the downloaded ${what} hashes to ${actual}.`,
      fix: {
        description: 'Restore the line from a trusted source; if the upstream module really changed, investigate before accepting the new hash',
        replacement: `${line.module} ${line.version}${line.kind === 'go.mod' ? '/go.mod' : ''} ${actual}`
      }
    });
  });
  drafts.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { drafts, checked, unavailable };
}

/**
 * The zip's h1. When go mod verify has just passed for this module, it has
 * recomputed every cached zip and found it equal to its .ziphash, so the
 * .ziphash is that recomputed hash and hashing the zip again would only repeat it.
 */
async function zipHash(file: string, verifiedByGo: boolean): Promise<string> {
  if (verifiedByGo) {
    const recorded = await fs.readFile(file.replace(/\.zip$/, '.ziphash'), 'utf8').catch(() => '');
    if (recorded.trim().startsWith('h1:')) return recorded.trim();
  }
  return hashZipFile(file);
}

function cacheFile(modCache: string, l: GoSumLine): string {
  return moduleCacheFile(modCache, l.module, l.version, l.kind === 'zip' ? 'zip' : 'mod');
}
