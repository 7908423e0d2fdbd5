import { promises as fs } from 'node:fs';
import { quoteExcerpt, resolvePathInput, WORKSPACE_ONLY, type Finding, type PathRoots } from '@go-ci-gates/core';
import { computeLock, formatLock, parseLock, type LockEntry } from './integrity-lock.js';
import type { OfflineResult } from './offline-check.js';
import { rootRelative, vendorDirOf, type VendorRoot } from './vendor-roots.js';

export interface LockCheck {
  /** Workspace-relative path of the committed lock. */
  file: string;
  status: 'match' | 'mismatch' | 'missing' | 'malformed';
  computed: LockEntry[];
  computedText: string;
  findings: Finding[];
}

/**
 * The integrity ratchet: hashes the committed vendor tree per module and
 * compares with the committed lock, so a hand-edited vendored file fails
 * offline, before (or without) regeneration. Never writes the lock into the
 * checkout: the computed lock goes to a temp file the user can commit.
 */
export async function checkIntegrityLock(root: VendorRoot, offline: OfflineResult, lockName: string, paths: PathRoots): Promise<LockCheck> {
  // Checkout content: read inside the workspace only, never through a symlink that leads out.
  const lockFile = resolvePathInput(lockName, { input: 'integrity-lock', use: 'read-file', roots: WORKSPACE_ONLY, base: root.dir }, paths);
  const file = rootRelative(root, lockName);
  const computed = await computeLock(vendorDirOf(root), offline.tree, offline.modulesTxt);
  const computedText = formatLock(computed);
  const findings: Finding[] = [];
  const module = root.owner.path;
  const fix = { description: `Commit the lock written to the integrity-lock-path output as ${file}, after checking vendor/ is what go mod vendor produces` };
  let text: string;
  try {
    text = await fs.readFile(lockFile.path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    findings.push({
      rule: 'integrity-lock-missing',
      severity: 'error',
      module,
      file: rootRelative(root, 'vendor/modules.txt'),
      title: 'Integrity lock missing',
      message: `The integrity lock ${file} does not exist; the computed lock is in the integrity-lock-path output.`,
      fix
    });
    return { file, status: 'missing', computed, computedText, findings };
  }
  const lock = parseLock(text);
  if (lock.errors.length) {
    for (const e of lock.errors) {
      findings.push({
        rule: 'integrity-lock-malformed',
        severity: 'error',
        module,
        file,
        line: e.line,
        message: `Not a lock line ("<module> <version> h1:<hash>"): ${quoteExcerpt(e.text)}.`,
        fix
      });
    }
    return { file, status: 'malformed', computed, computedText, findings };
  }
  const key = (e: LockEntry) => `${e.module} ${e.version}`;
  const locked = new Map(lock.entries.map(e => [key(e), e]));
  const now = new Map(computed.map(e => [key(e), e]));
  for (const e of computed) {
    const l = locked.get(key(e));
    const name = e.version ? `${e.module}@${e.version}` : e.module;
    if (!l) {
      findings.push({
        rule: 'integrity-lock-stale',
        severity: 'error',
        module,
        file,
        title: 'Module not in integrity lock',
        message: `${name} is vendored but has no line in ${file}: the ratchet cannot vouch for its files.`,
        fix
      });
    } else if (l.hash !== e.hash) {
      findings.push({
        rule: 'integrity-mismatch',
        severity: 'error',
        module,
        file,
        line: l.line,
        title: `Vendored files changed: ${name}`,
        message: `The vendored files of ${name} hash to ${e.hash}, but ${file}:${l.line} records ${l.hash}: a vendored file was edited, added or removed since the lock was written.`,
        fix
      });
    }
  }
  for (const l of lock.entries) {
    if (!now.has(key(l))) {
      findings.push({
        rule: 'integrity-lock-stale',
        severity: 'error',
        module,
        file,
        line: l.line,
        title: 'Lock names a module not vendored',
        message: `${file}:${l.line} names ${l.version ? `${l.module}@${l.version}` : l.module}, which has no files in vendor/.`,
        fix
      });
    }
  }
  return { file, status: findings.length ? 'mismatch' : 'match', computed, computedText, findings };
}
