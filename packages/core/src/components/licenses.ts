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

/** The license files at a module's root: names (sorted) and texts. */
export type LicenseFiles = { name: string; text: string }[];

/** Reads the license files at `dir`'s root (no matching); undefined when the directory is absent or cannot be read. */
export async function readLicenseFiles(dir: string | undefined): Promise<LicenseFiles | undefined> {
  if (!dir || !existsSync(dir)) return undefined;
  let names: string[];
  try {
    names = (await fs.readdir(dir, { withFileTypes: true }))
      .filter(e => e.isFile() && isLicenseFileName(e.name))
      .map(e => e.name)
      .sort();
  } catch {
    return undefined;
  }
  return Promise.all(names.map(async name => ({ name, text: await fs.readFile(path.join(dir, name), 'utf8') })));
}

/**
 * The license of a module from the license files at its root, offline. Every
 * license file must be recognised; otherwise the answer is NOASSERTION.
 */
export async function detectModuleLicense(dir: string | undefined, source: LicenseResult['source']): Promise<LicenseResult> {
  return licenseOfFiles(await readLicenseFiles(dir), source);
}

/** The license those files declare: the matching, which is the costly part. */
function licenseOfFiles(read: LicenseFiles | undefined, source: LicenseResult['source']): LicenseResult {
  if (!read) return { expression: NOASSERTION, files: [], copyright: [], source: 'none' };
  const files: LicenseFileFinding[] = [];
  const copyright: string[] = [];
  for (const { name, text } of read) {
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
 * The files alone can be read ahead too (`readFilesAhead`), for a caller that
 * may find it needs no matching at all (`sameFiles`).
 */
export class LicenseReader {
  private readonly results = new Map<string, Promise<LicenseResult>>();
  private readonly texts = new Map<string, Promise<LicenseFiles | undefined>>();
  private readonly limited: <T>(work: () => Promise<T>) => Promise<T>;

  constructor(concurrency = 16) {
    this.limited = concurrencyLimit(concurrency);
  }

  read(dir: string | undefined, source: LicenseResult['source']): Promise<LicenseResult> {
    const key = `${source}\0${dir ?? ''}`;
    let result = this.results.get(key);
    if (!result) {
      result = this.files(dir).then(files => licenseOfFiles(files, source));
      this.results.set(key, result);
    }
    return result;
  }

  /** Starts reading ahead; a failure is reported to whoever reads the result, not here. */
  readAhead(dir: string | undefined, source: LicenseResult['source']): void {
    this.read(dir, source).catch(() => undefined);
  }

  /** Starts reading the license files only (no matching); a failure is reported to whoever reads them. */
  readFilesAhead(dir: string | undefined): void {
    this.files(dir).catch(() => undefined);
  }

  /**
   * Whether two directories hold the same license files, byte for byte: then their licenses are
   * the same, whatever they are, and nothing needs matching. False when either cannot be read.
   */
  async sameFiles(a: string | undefined, b: string | undefined): Promise<boolean> {
    const [x, y] = await Promise.all([this.files(a), this.files(b)]);
    return !!x && !!y && x.length === y.length && x.every((f, i) => f.name === y[i].name && f.text === y[i].text);
  }

  private files(dir: string | undefined): Promise<LicenseFiles | undefined> {
    const key = dir ?? '';
    let files = this.texts.get(key);
    if (!files) {
      files = this.limited(() => readLicenseFiles(dir));
      this.texts.set(key, files);
    }
    return files;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
