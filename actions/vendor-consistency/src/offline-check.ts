import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { moduleOfVendoredPath, parseModulesTxt, type Finding, type ModulesTxt } from '@go-ci-gates/core';
import { checkVendorConsistency, type ConsistencyResult } from './go-consistency.js';
import { rootRelative, vendorDirOf, type VendorRoot } from './vendor-roots.js';
import { walkVendorTree, type TreeEntry } from './vendor-tree.js';

export interface OfflineResult {
  modulesTxt: ModulesTxt;
  modulesTxtText?: string;
  consistency: ConsistencyResult;
  /** The committed vendor tree (lstat, no contents read). */
  tree: Map<string, TreeEntry>;
  findings: Finding[];
  /** Vendor-relative paths of symlinks. */
  symlinks: string[];
}

const SYNC = (root: VendorRoot) => (root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor');

/**
 * The offline pre-check: modules.txt against go.mod / go.work with the go
 * command's own rules, the vendor mode the go command will pick, and
 * symlinks. Reads no file contents beyond modules.txt, needs no network.
 */
export async function offlineCheck(root: VendorRoot): Promise<OfflineResult> {
  const vendorDir = vendorDirOf(root);
  const txtRel = rootRelative(root, 'vendor/modules.txt');
  let text: string | undefined;
  let linked = false;
  try {
    // O_NOFOLLOW: a modules.txt symlink is reported with the other symlinks, never read through.
    text = await fs.readFile(path.join(vendorDir, 'modules.txt'), { encoding: 'utf8', flag: constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') linked = true;
    else if (code !== 'ENOENT') throw err;
  }
  const modulesTxt = parseModulesTxt(text ?? '');
  const consistency = checkVendorConsistency({ mainModules: root.mainModules, work: root.work, modulesTxt });
  const findings: Finding[] = [];
  const module = root.owner.path;
  const fix = { description: `Regenerate vendor/ with ${SYNC(root)}`, command: SYNC(root) };

  if (text === undefined) {
    findings.push({
      rule: 'modules-txt-missing',
      severity: 'error',
      module,
      file: rootRelative(root, 'vendor'),
      title: linked ? 'vendor/modules.txt is a symlink' : 'vendor/modules.txt is missing',
      message: `${rootRelative(root, 'vendor')} has no modules.txt${linked ? ' (only a symlink, which the gate does not follow)' : ''}, so the go command cannot tell which modules it holds: every requirement is reported inconsistent and imports resolve blindly.`,
      fix
    });
  }
  // The go command only uses vendor/ when modules.txt was written in the mode it runs in; otherwise it
  // silently builds from the module cache and the vendor tree is dead weight.
  if (text !== undefined && modulesTxt.workspace !== (root.kind === 'workspace')) {
    findings.push({
      rule: 'vendor-mode-mismatch',
      severity: 'error',
      module,
      file: txtRel,
      line: modulesTxt.workspaceLine ?? 1,
      title: 'vendor/ was written for the other mode',
      message:
        root.kind === 'workspace'
          ? `In workspace mode, but ${txtRel} is not for a workspace (no "## workspace" line): the go command ignores this vendor directory.`
          : `Outside workspace mode, but ${txtRel} is for a workspace ("## workspace"): the go command ignores this vendor directory.`,
      fix
    });
  }
  for (const p of consistency.problems) {
    const at = p.file && p.line ? { file: p.file, line: p.line } : { file: txtRel, line: p.modulesTxtLine };
    findings.push({
      rule: 'vendor-inconsistent',
      severity: 'error',
      module,
      ...at,
      title: `Inconsistent vendoring: ${p.module.path}`,
      message: `${p.goLine.trim()}${p.modulesTxtLine ? ` (${txtRel}:${p.modulesTxtLine})` : ''}`,
      fix
    });
  }
  for (const ig of modulesTxt.ignored) {
    findings.push({
      rule: 'modules-txt-ignored-line',
      severity: 'warning',
      module,
      file: txtRel,
      line: ig.line,
      message: `The go command ignores this line of modules.txt (${ig.reason}): ${JSON.stringify(ig.text)}.`,
      fix
    });
  }
  const tree = await walkVendorTree(vendorDir);
  const symlinks = [...tree.entries()]
    .filter(([, e]) => e.kind === 'symlink')
    .map(([p]) => p)
    .sort();
  for (const p of symlinks) {
    const owner = moduleOfVendoredPath(modulesTxt, p);
    findings.push({
      rule: 'vendor-symlink',
      severity: 'error',
      module,
      file: rootRelative(root, `vendor/${p}`),
      title: 'Symlink in vendor/',
      message: `vendor/${p} is a symlink (to ${tree.get(p)!.target})${owner ? ` in ${owner.path}@${owner.version}` : ''}: ${SYNC(root)} copies regular files only, so it would drop this link and the tree is not what the go command produces.`,
      fix
    });
  }
  // Every package modules.txt lists must have its directory in vendor/: a missing one fails the build
  // of anything that imports it, and is visible without regenerating.
  const dirs = new Set<string>();
  for (const p of tree.keys()) for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) dirs.add(p.slice(0, i));
  for (const e of modulesTxt.entries) {
    for (const pkg of e.packages) {
      if (dirs.has(pkg.path)) continue;
      findings.push({
        rule: 'vendor-package-missing',
        severity: 'error',
        module,
        file: txtRel,
        line: pkg.line,
        title: `Vendored package missing: ${pkg.path}`,
        message: `${txtRel}:${pkg.line} lists package ${pkg.path} of ${e.path}@${e.version}, but vendor/${pkg.path} does not exist.`,
        fix
      });
    }
  }
  return { modulesTxt, modulesTxtText: text, consistency, tree, findings, symlinks };
}
