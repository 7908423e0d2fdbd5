import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import { toPosixRelative } from '../util/paths.js';

/** Workspace-relative path → content digest, stat signature, or `symlink:<target>`. */
export type Fingerprint = Map<string, string>;

const MODULE_FILES = new Set(['go.mod', 'go.sum', 'go.work', 'go.work.sum']);

/**
 * Fingerprints every file a gate promises never to change: go.mod, go.sum,
 * go.work, go.work.sum anywhere below `root`, and everything inside each
 * `vendor/` directory that sits beside a go.mod or go.work.
 *
 * Module files are digested by content. Vendored files, which can be
 * thousands of files and hundreds of megabytes, are fingerprinted by their
 * stat signature (size, nanosecond mtime, inode, mode): any write to a file
 * changes its mtime, and any replacement its inode, so a gate that wrote
 * anything is caught without reading 150 MB twice per run.
 */
export async function fingerprintCheckout(root: string): Promise<Fingerprint> {
  // Synchronous on purpose: a checkout is hundreds of directories and a vendor/ thousands of
  // small files, and one call each on this thread is several times faster than the same calls
  // queued through libuv's four-thread pool (measured on natscli: 30-75 ms asynchronous, the
  // sum of its synchronous calls half that). The run waits for the fingerprint before the gate
  // starts and after it ends, so no other work is held up.
  const fp: Fingerprint = new Map();
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const isModuleDir = entries.some(e => e.isFile() && (e.name === 'go.mod' || e.name === 'go.work'));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isFile() && MODULE_FILES.has(e.name)) {
        fp.set(toPosixRelative(root, full), digestFile(full));
      } else if (e.isDirectory()) {
        if (e.name === 'vendor' && isModuleDir) digestTree(full, root, fp);
        else if (e.name !== '.git' && e.name !== 'node_modules') visit(full);
      }
    }
  };
  visit(root);
  return fp;
}

function digestTree(dir: string, root: string, fp: Fingerprint): void {
  // Paths by concatenation, not path.join/path.relative per file: on a 2,000-file tree those
  // calls were a quarter of the walk.
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = d + path.sep + e.name;
      const r = `${rel}/${e.name}`;
      if (e.isSymbolicLink()) fp.set(r, `symlink:${readlinkSync(full)}`);
      else if (e.isDirectory()) walk(full, r);
      else if (e.isFile()) fp.set(r, statSignature(full));
    }
  };
  walk(dir, toPosixRelative(root, dir));
}

function statSignature(file: string): string {
  const st = lstatSync(file, { bigint: true });
  return `stat:${st.size}:${st.mtimeNs}:${st.ino}:${st.mode}`;
}

function digestFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface FingerprintDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export function diffFingerprints(before: Fingerprint, after: Fingerprint): FingerprintDiff {
  const diff: FingerprintDiff = { changed: [], added: [], removed: [] };
  for (const [k, v] of before) {
    if (!after.has(k)) diff.removed.push(k);
    else if (after.get(k) !== v) diff.changed.push(k);
  }
  for (const k of after.keys()) if (!before.has(k)) diff.added.push(k);
  // Fingerprints are built concurrently: sort so reports are deterministic.
  diff.changed.sort();
  diff.added.sort();
  diff.removed.sort();
  return diff;
}

/**
 * The diff without paths under `relDir` (workspace-relative, POSIX): RUNNER_TEMP is the gate's to write,
 * and the CLI puts it inside the checkout (its --out directory) when run from the module directory.
 */
export function withoutPathsUnder(d: FingerprintDiff, relDir: string | undefined): FingerprintDiff {
  if (!relDir) return d;
  const outside = (p: string) => p !== relDir && !p.startsWith(`${relDir}/`);
  return { changed: d.changed.filter(outside), added: d.added.filter(outside), removed: d.removed.filter(outside) };
}

export function isUnchanged(d: FingerprintDiff): boolean {
  return d.changed.length + d.added.length + d.removed.length === 0;
}
