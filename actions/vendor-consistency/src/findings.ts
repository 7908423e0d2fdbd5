import type { Finding, ModulesTxt } from '@go-ci-gates/core';
import type { Comparison, FileDifference } from './compare.js';
import { rootRelative, type VendorRoot } from './vendor-roots.js';

const LIST_CAP = 5;
const listFiles = (files: readonly string[]): string =>
  files.slice(0, LIST_CAP).join(', ') + (files.length > LIST_CAP ? ` and ${files.length - LIST_CAP} more` : '');

/**
 * One finding per module and class (an edited module is one row, not one per
 * file); the summary table and the patch list every file.
 */
export function differenceFindings(root: VendorRoot, cmp: Comparison, committedTxt: ModulesTxt): Finding[] {
  const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
  const fix = { description: `Regenerate vendor/ with ${sync} and commit the result`, command: sync };
  const findings: Finding[] = [];
  const groups = new Map<string, FileDifference[]>();
  for (const d of cmp.differences) {
    if (d.class === 'symlink' || d.class === 'allowed-extra') continue; // symlinks come from the offline check
    if (d.path === 'modules.txt') {
      findings.push({
        rule: 'modules-txt-modified',
        severity: 'error',
        module: root.owner.path,
        file: rootRelative(root, 'vendor/modules.txt'),
        line: d.line,
        title: 'vendor/modules.txt differs',
        message: `vendor/modules.txt is not what ${sync} writes for this ${root.kind === 'workspace' ? 'go.work' : 'go.mod'} (first difference at line ${d.line ?? 1}); see the diff in the summary.`,
        fix
      });
      continue;
    }
    const key = `${d.class}\u0000${d.module}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const [key, diffs] of groups) {
    const [cls, mod] = key.split('\u0000');
    const files = diffs.map(d => `vendor/${d.path}`);
    const of = mod ? ` of ${mod}` : '';
    const inMod = mod ? ` in ${mod}` : '';
    const n = diffs.length;
    const s = n === 1 ? '' : 's';
    if (cls === 'modified') {
      findings.push({
        rule: 'vendor-file-modified',
        severity: 'error',
        module: root.owner.path,
        file: rootRelative(root, files[0]),
        line: diffs[0].line,
        title: `Vendored file${s} edited${inMod}`,
        message: `${n} vendored file${s}${of} differ${n === 1 ? 's' : ''} from the module's published content: ${listFiles(files)}. The go command never checks vendored file contents (golang/go#27348), so this builds silently.`,
        fix
      });
    } else if (cls === 'missing') {
      const entry = committedTxt.entries.find(e => `${e.path}@${e.version}` === mod);
      findings.push({
        rule: 'vendor-file-missing',
        severity: 'error',
        module: root.owner.path,
        file: entry ? rootRelative(root, 'vendor/modules.txt') : rootRelative(root, files[0]),
        line: entry?.line,
        title: `Vendored file${s} missing${inMod}`,
        message: `${n} file${s}${of} that ${sync} produces ${n === 1 ? 'is' : 'are'} missing from vendor/: ${listFiles(files)}.`,
        fix
      });
    } else if (cls === 'extra') {
      findings.push({
        rule: 'vendor-file-extra',
        severity: 'error',
        module: root.owner.path,
        file: rootRelative(root, files[0]),
        title: `Extra file${s} in vendor/${inMod}`,
        message: `${n} file${s} in vendor/${of} ${n === 1 ? 'is' : 'are'} not produced by ${sync}: ${listFiles(files)}. Delete ${n === 1 ? 'it' : 'them'}, or list ${n === 1 ? 'it' : 'them'} in the allow-extra input if kept on purpose.`,
        fix: { description: `Remove the extra file${s}, or allow ${n === 1 ? 'it' : 'them'} with allow-extra`, command: sync }
      });
    }
  }
  return findings;
}
