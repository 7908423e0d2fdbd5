import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, unlink } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { moduleOfVendoredPath, parseModulesTxt, unifiedDiff, type ModulesTxt } from '@go-ci-gates/core';
import { walkVendorTree, type TreeEntry } from './vendor-tree.js';

export type DiffClass = 'modified' | 'missing' | 'extra' | 'symlink' | 'allowed-extra';

export interface FileDifference {
  class: DiffClass;
  /** Vendor-relative path. */
  path: string;
  /** `path@version` of the module the file belongs to, or '' when none does. */
  module: string;
  /** First differing line in the committed file (modified text files). */
  line?: number;
  /** Unified diff committed → regenerated (text files only). */
  diff?: string;
  binary?: boolean;
  bytes: number;
}

export interface ToolchainSkew {
  /** modules.txt lines whose only difference is a `go 1.N` annotation. */
  lines: { committed: string; regenerated: string; line: number }[];
}

export interface Comparison {
  differences: FileDifference[];
  /** Full patch (committed → regenerated) with a/ b/ prefixes relative to `patchPrefix`. */
  patch: string;
  skew?: ToolchainSkew;
  regeneratedModulesTxt?: ModulesTxt;
  filesCompared: number;
}

const MAX_TEXT_DIFF_BYTES = 1024 * 1024;

export interface CompareOptions {
  committedDir: string;
  committedTree: Map<string, TreeEntry>;
  committedModulesTxt: ModulesTxt;
  regeneratedDir: string;
  /** Globs of vendor-relative paths allowed to exist only in the checkout. */
  allowExtra: readonly string[];
  /** Prefix of paths in the patch, e.g. `vendor` or `app/vendor`. */
  patchPrefix: string;
  /**
   * The regenerated tree is a temp copy nobody reads after the comparison:
   * remove each of its files once compared. The removals run on libuv's
   * threads while this one reads the next files, instead of as a separate
   * walk at clean-up, which on a mid-size tree costs as much as the compare.
   */
  releaseRegenerated?: boolean;
  /** Committed files already read (prefetchCommitted), by vendor-relative path: compared without reading them again. */
  committedContents?: ReadonlyMap<string, Buffer>;
}

/** How much of the committed tree prefetchCommitted keeps in memory at most. */
export const PREFETCH_BUDGET_BYTES = 128 * 1024 * 1024;

/**
 * Reads committed files into `into` while `busy()` (the go command
 * regenerating the tree, which leaves this thread idle), a few dozen at a time
 * so that go's exit is seen at once, up to `budget` bytes. The comparison then
 * reads only the regenerated side of each file it has: half its file system
 * calls move off the critical path. Files it did not get to are read by the
 * comparison as before; a file it cannot read is left to the comparison too.
 */
export async function prefetchCommitted(
  committedDir: string,
  committedTree: ReadonlyMap<string, TreeEntry>,
  into: Map<string, Buffer>,
  busy: () => boolean,
  budget = PREFETCH_BUDGET_BYTES
): Promise<void> {
  let bytes = 0;
  let n = 0;
  for (const [rel, entry] of committedTree) {
    if (!busy() || bytes >= budget) return;
    if (entry.kind !== 'file') continue;
    try {
      const data = readFileSync(path.join(committedDir, rel), { flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) });
      into.set(rel, data);
      bytes += data.length;
    } catch {
      // The comparison meets it again and decides.
    }
    if (++n % 32 === 0) await new Promise(resolve => setImmediate(resolve));
  }
}

/**
 * Compares the committed vendor tree with the regenerated one, file by file
 * (size first, then bytes), and classifies every difference. modules.txt
 * differences that are only `## go 1.N` annotations are split off as a
 * toolchain skew rather than reported as edits.
 */
export async function compareVendorTrees(opts: CompareOptions): Promise<Comparison> {
  const regenerated = await walkVendorTree(opts.regeneratedDir).catch(err => {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map<string, TreeEntry>(); // nothing to vendor
    throw err;
  });
  const allow = opts.allowExtra.length ? picomatch([...opts.allowExtra], { dot: true }) : () => false;
  let regenTxt: ModulesTxt | undefined;
  const regenTxtPath = path.join(opts.regeneratedDir, 'modules.txt');
  let regenTxtText: string | undefined;
  if (regenerated.get('modules.txt')?.kind === 'file') {
    regenTxtText = readFileSync(regenTxtPath, 'utf8');
    regenTxt = parseModulesTxt(regenTxtText);
  }
  const owner = (p: string): string => {
    const m = (regenTxt && moduleOfVendoredPath(regenTxt, p)) ?? moduleOfVendoredPath(opts.committedModulesTxt, p);
    return m ? `${m.path}@${m.version}` : '';
  };
  const all = [...new Set([...opts.committedTree.keys(), ...regenerated.keys()])].sort();
  const differences: FileDifference[] = [];
  const patches = new Map<string, string>();
  let skew: ToolchainSkew | undefined;
  const released = opts.releaseRegenerated ? new Releaser() : undefined;
  // Synchronous reads, one file at a time: for thousands of small files this is
  // several times faster than promise reads through libuv's thread pool (each
  // an open, fstat, read and close hop). Equal files are compared in place;
  // only a differing pair is read whole, for its diff.
  for (const rel of all) {
    const mine = opts.committedTree.get(rel);
    const theirs = regenerated.get(rel);
    const a = path.join(opts.committedDir, rel);
    const b = path.join(opts.regeneratedDir, rel);
    const shown = `${opts.patchPrefix}/${rel}`;
    if (!mine && theirs) {
      const data = readFileSync(b);
      const d = textDiff(shown, undefined, data);
      patches.set(rel, d.diff);
      differences.push({ class: 'missing', path: rel, module: owner(rel), bytes: data.length, diff: d.text ? d.diff : undefined, binary: !d.text });
      continue;
    }
    if (mine && !theirs) {
      if (mine.kind === 'symlink') {
        differences.push({ class: 'symlink', path: rel, module: owner(rel), bytes: 0 });
        patches.set(rel, `diff --git a/${shown} b/${shown}\ndeleted file mode 120000\n`);
        continue;
      }
      const cls: DiffClass = allow(rel) ? 'allowed-extra' : 'extra';
      const data = mine.kind === 'file' ? readFileSync(a) : Buffer.alloc(0);
      const d = textDiff(shown, data, undefined);
      if (cls === 'extra') patches.set(rel, d.diff);
      differences.push({
        class: cls,
        path: rel,
        module: owner(rel),
        bytes: data.length,
        diff: d.text && cls === 'extra' ? d.diff : undefined,
        binary: !d.text
      });
      continue;
    }
    if (!mine || !theirs) continue;
    if (mine.kind !== 'file') {
      differences.push({ class: mine.kind === 'symlink' ? 'symlink' : 'modified', path: rel, module: owner(rel), bytes: 0 });
      continue;
    }
    const known = opts.committedContents?.get(rel);
    if (known ? sameAs(known, b) : sameContent(a, b)) {
      released?.unlink(b);
      continue;
    }
    const da = known ?? readFileSync(a);
    const db = readFileSync(b);
    released?.unlink(b);
    if (da.equals(db)) continue;
    if (rel === 'modules.txt') {
      const s = annotationOnlySkew(da.toString('utf8'), db.toString('utf8'));
      if (s) {
        skew = s;
        continue;
      }
    }
    const d = textDiff(shown, da, db);
    patches.set(rel, d.diff);
    differences.push({
      class: 'modified',
      path: rel,
      module: owner(rel),
      line: d.firstLine,
      bytes: da.length,
      diff: d.text ? d.diff : undefined,
      binary: !d.text
    });
  }
  await released?.settled();
  differences.sort((x, y) => x.path.localeCompare(y.path));
  const patch = [...patches.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([, p]) => p)
    .join('');
  return { differences, patch, skew, regeneratedModulesTxt: regenTxt, filesCompared: all.length };
}

// Two reusable buffers: equal files, nearly all of them, are compared without allocating
// (reading each into a new Buffer made the garbage collector a third of the compare on 150 MB).
const CHUNK = 1 << 20;
const chunkA = Buffer.allocUnsafe(CHUNK);
const chunkB = Buffer.allocUnsafe(CHUNK);

/** Whether two files have the same bytes: sizes first, then chunk by chunk. */
function sameContent(a: string, b: string): boolean {
  const fa = openSync(a, 'r');
  try {
    const fb = openSync(b, 'r');
    try {
      const size = fstatSync(fa).size;
      if (fstatSync(fb).size !== size) return false;
      for (let at = 0; at < size;) {
        const want = Math.min(CHUNK, size - at);
        const n = readFully(fa, chunkA, want, at);
        if (n !== want || readFully(fb, chunkB, want, at) !== want) return false; // changed under us: let the full read decide
        if (!chunkA.subarray(0, n).equals(chunkB.subarray(0, n))) return false;
        at += n;
      }
      // Nothing beyond the size read at the start (a file that grew meanwhile is not the same).
      return readSync(fa, chunkA, 0, 1, size) === 0 && readSync(fb, chunkB, 0, 1, size) === 0;
    } finally {
      closeSync(fb);
    }
  } finally {
    closeSync(fa);
  }
}

/** Whether a file has exactly the bytes `data` (sizes first, then chunk by chunk). */
function sameAs(data: Buffer, file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    if (data.length < CHUNK) {
      // One read of a byte more than expected tells the size and the bytes together (no fstat, no read at EOF).
      const n = readFully(fd, chunkB, data.length + 1, 0);
      return n === data.length && chunkB.subarray(0, n).equals(data);
    }
    const size = fstatSync(fd).size;
    if (size !== data.length) return false;
    for (let at = 0; at < size;) {
      const want = Math.min(CHUNK, size - at);
      if (readFully(fd, chunkB, want, at) !== want) return false; // changed under us: let the full read decide
      if (!chunkB.subarray(0, want).equals(data.subarray(at, at + want))) return false;
      at += want;
    }
    return readSync(fd, chunkB, 0, 1, size) === 0;
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, buf: Buffer, want: number, position: number): number {
  let got = 0;
  while (got < want) {
    const n = readSync(fd, buf, got, want - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * Unlinks files in the background; settled() waits for them all. A failed
 * unlink is left for the temp dir's removal, which reports nothing either.
 */
class Releaser {
  private pending = 0;
  private done?: () => void;

  unlink(file: string): void {
    this.pending++;
    unlink(file, () => {
      if (--this.pending === 0) this.done?.();
    });
  }

  settled(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise(resolve => (this.done = resolve));
  }
}

function isText(data: Buffer): boolean {
  return data.length <= MAX_TEXT_DIFF_BYTES && !data.subarray(0, 8000).includes(0);
}

/** A git-style diff for one file; binary or huge files get a one-line marker. */
function textDiff(shown: string, a: Buffer | undefined, b: Buffer | undefined): { diff: string; text: boolean; firstLine?: number } {
  const header = `diff --git a/${shown} b/${shown}\n${a === undefined ? 'new file mode 100644\n' : b === undefined ? 'deleted file mode 100644\n' : ''}`;
  if ((a && !isText(a)) || (b && !isText(b))) {
    return { diff: `${header}Binary files ${a ? `a/${shown}` : '/dev/null'} and ${b ? `b/${shown}` : '/dev/null'} differ\n`, text: false };
  }
  const body = unifiedDiff(`a/${shown}`, `b/${shown}`, a?.toString('utf8'), b?.toString('utf8'));
  // The hunk starts with up to 3 context lines; the first changed line of the committed file follows them.
  let firstLine: number | undefined;
  const lines = body.split('\n');
  const hunkAt = lines.findIndex(l => l.startsWith('@@ -'));
  if (hunkAt >= 0 && a) {
    let line = Number(/^@@ -(\d+)/.exec(lines[hunkAt])![1]);
    for (const l of lines.slice(hunkAt + 1)) {
      if (l.startsWith('-') || l.startsWith('+')) break;
      line++;
    }
    firstLine = Math.max(1, line);
  }
  return { diff: header + body, text: true, firstLine };
}

/**
 * When two modules.txt files differ only in `## ...; go 1.N` annotations
 * (same modules, packages, explicit markers), the difference comes from the
 * go command that wrote them, not from an edit: return those lines.
 */
export function annotationOnlySkew(committed: string, regenerated: string): ToolchainSkew | undefined {
  const a = committed.split('\n');
  const b = regenerated.split('\n');
  const strip = (l: string): string =>
    l.startsWith('## ')
      ? l
          .slice(3)
          .split(';')
          .map(x => x.trim())
          .filter(x => !x.startsWith('go ') && x !== '')
          .join('; ')
      : l;
  // A go annotation may be absent on one side, leaving an `## ` line with nothing else: drop such lines.
  const norm = (ls: string[]) => ls.map((l, i) => ({ l, s: strip(l), i })).filter(x => !(x.l.startsWith('## ') && x.s === ''));
  const na = norm(a);
  const nb = norm(b);
  if (na.length !== nb.length || na.some((x, i) => x.s !== nb[i].s)) return undefined;
  const lines: ToolchainSkew['lines'] = [];
  na.forEach((x, k) => {
    if (x.l !== nb[k].l) lines.push({ committed: x.l, regenerated: nb[k].l, line: x.i + 1 });
  });
  // Lines that were nothing but a go annotation exist on one side only.
  const kept = (ls: { i: number }[]) => new Set(ls.map(x => x.i));
  const keptA = kept(na);
  const keptB = kept(nb);
  a.forEach((l, i) => {
    if (!keptA.has(i)) lines.push({ committed: l, regenerated: '', line: i + 1 });
  });
  b.forEach((l, i) => {
    if (!keptB.has(i)) lines.push({ committed: '', regenerated: l, line: i + 1 });
  });
  lines.sort((x, y) => x.line - y.line);
  return lines.length ? { lines } : undefined;
}
