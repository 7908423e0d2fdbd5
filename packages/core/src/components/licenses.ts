import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { concurrencyLimit } from '../util/concurrency.js';
import { isLicenseFileName, joinLicenseIds, matchLicenseText } from '../sbom/license-matcher.js';

export interface LicenseFileFinding {
  /** File name at the module root. */
  file: string;
  ids: string[];
  coverage: number;
  /** Lowest similarity among the accepted matches. */
  confidence: number;
  recognised: boolean;
}

export interface LicenseResult {
  /** SPDX expression (ids joined with AND), or NOASSERTION. */
  expression: string;
  files: LicenseFileFinding[];
  /** `Copyright ...` lines of the license files. */
  copyright: string[];
  /** Where the files were read: the module cache, vendor/ or a local directory. */
  source: 'module-cache' | 'vendor' | 'local' | 'none';
}

export const NOASSERTION = 'NOASSERTION';

/**
 * Matching is pure and the most CPU a license read costs; the same text comes back often (two
 * versions of one module, golang.org/x/* sharing one LICENSE), so each distinct text is matched once
 * per process.
 */
const matchedTexts = new Map<string, ReturnType<typeof matchLicenseText>>();
function matchOnce(text: string): ReturnType<typeof matchLicenseText> {
  let r = matchedTexts.get(text);
  if (!r) {
    r = matchLicenseText(text);
    matchedTexts.set(text, r);
  }
  return r;
}

/**
 * The license of a module from the license files at its root, offline. Every
 * license file must be recognised; otherwise the answer is NOASSERTION.
 */
export async function detectModuleLicense(dir: string | undefined, source: LicenseResult['source']): Promise<LicenseResult> {
  if (!dir || !existsSync(dir)) return { expression: NOASSERTION, files: [], copyright: [], source: 'none' };
  let names: string[];
  try {
    names = (await fs.readdir(dir, { withFileTypes: true }))
      .filter(e => e.isFile() && isLicenseFileName(e.name))
      .map(e => e.name)
      .sort();
  } catch {
    return { expression: NOASSERTION, files: [], copyright: [], source: 'none' };
  }
  const files: LicenseFileFinding[] = [];
  const copyright: string[] = [];
  for (const name of names) {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    const r = matchOnce(text);
    files.push({
      file: name,
      ids: r.ids,
      coverage: round(r.coverage),
      confidence: round(r.matches.length ? Math.min(...r.matches.map(m => m.similarity)) : 0),
      recognised: r.recognised
    });
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim();
      if (/^(copyright\b|\(c\)|©)/i.test(t) && !t.includes('<') && copyright.length < 10 && !copyright.includes(t)) copyright.push(t);
    }
  }
  const recognised = files.length > 0 && files.every(f => f.recognised);
  return {
    expression: recognised ? joinLicenseIds(files.flatMap(f => f.ids)) : NOASSERTION,
    files,
    copyright,
    source
  };
}

/**
 * License detection per module directory, done once per directory and
 * source, at most `concurrency` directories read at a time (the matching
 * itself is synchronous). A result may be asked for early, to overlap the
 * work with go, and is then shared by every component with that directory.
 */
export class LicenseReader {
  private readonly results = new Map<string, Promise<LicenseResult>>();
  private readonly limited: <T>(work: () => Promise<T>) => Promise<T>;

  constructor(concurrency = 16) {
    this.limited = concurrencyLimit(concurrency);
  }

  read(dir: string | undefined, source: LicenseResult['source']): Promise<LicenseResult> {
    const key = `${source}\0${dir ?? ''}`;
    let result = this.results.get(key);
    if (!result) {
      result = this.limited(() => detectModuleLicense(dir, source));
      this.results.set(key, result);
    }
    return result;
  }

  /** Starts reading ahead; a failure is reported to whoever reads the result, not here. */
  readAhead(dir: string | undefined, source: LicenseResult['source']): void {
    this.read(dir, source).catch(() => undefined);
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
