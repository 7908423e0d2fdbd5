/**
 * The go command's vendor consistency check (checkVendorConsistency in
 * cmd/go/internal/modload/vendor.go, Go 1.22+ with workspaces), reproduced
 * offline: vendor/modules.txt against the requirements and replacements of
 * go.mod (or of every go.mod of a go.work, plus the go.work's replaces).
 * Every problem keeps Go's exact wording, and points at the go.mod / go.work
 * line and the modules.txt line it is about.
 */
import * as path from 'node:path';
import {
  compareGoVersionStrings,
  isLocalReplacement,
  moduleKey,
  vendorListOf,
  type ModFile,
  type ModulesTxt,
  type ModuleVersion,
  type Replacement
} from '@go-ci-gates/core';

export interface MainModuleFile {
  /** Module path of the main module. */
  path: string;
  /** Absolute directory of the module. */
  dir: string;
  /** Path of go.mod as the caller wants it shown (workspace-relative). */
  file: string;
  modFile: ModFile;
}

export interface WorkFileInput {
  /** Absolute directory of go.work. */
  dir: string;
  file: string;
  workFile: ModFile;
}

/** Which of the go command's consistency checks failed (the finding is always vendor-inconsistent). */
export type VendorRule = 'not-explicit' | 'version-mismatch' | 'replace-missing' | 'replace-differs' | 'explicit-not-required' | 'replaced-not-replaced';

export interface VendorInconsistency {
  kind: VendorRule;
  module: ModuleVersion;
  /** The text after `path@version: ` in the go command's message. */
  detail: string;
  /** `\tpath@version: detail`, one line of the go command's error. */
  goLine: string;
  /** The go.mod / go.work line the problem is about, when there is one. */
  file?: string;
  line?: number;
  /** The modules.txt line, when the module appears there. */
  modulesTxtLine?: number;
}

export interface ConsistencyInput {
  mainModules: MainModuleFile[];
  /** Set in workspace mode. */
  work?: WorkFileInput;
  modulesTxt: ModulesTxt;
}

export interface ConsistencyResult {
  problems: VendorInconsistency[];
  /** True when the go.mod's go version is before 1.14 and Go relaxes the check. */
  pre114: boolean;
  /**
   * The go command's fatal message for these problems, as `go build -mod=vendor`
   * prints it (with `vendorRoot` as the directory); empty when consistent.
   */
  goError(vendorRoot: string): string;
}

const describe = (m: ModuleVersion): string => (m.version ? `${m.path}@${m.version}` : m.path);

/** modload.ToDirectoryPath: keep a directory path, else make it ./relative. */
function toDirectoryPath(p: string): string {
  if (isLocalReplacement(p)) return p;
  return './' + path.posix.normalize(p.replace(/\\/g, '/'));
}

export function checkVendorConsistency(input: ConsistencyInput): ConsistencyResult {
  const { mainModules, work, modulesTxt } = input;
  const v = vendorListOf(modulesTxt);
  const workspaceMode = !!work;
  const rootDir = work ? work.dir : (mainModules[0]?.dir ?? '.');
  // Relative to the directory the go command runs in, as base.ShortPath shows it.
  const shortPath = (abs: string, shown: string): string => {
    const rel = path.relative(rootDir, abs).split(path.sep).join('/');
    return rel && !rel.startsWith('..') ? rel : shown;
  };
  let pre114 = false;
  if (!workspaceMode) {
    const go = mainModules[0]?.modFile.go?.version ?? '';
    pre114 = go === '' || compareGoVersionStrings(go, '1.14') < 0;
  }
  const problems: VendorInconsistency[] = [];
  const add = (p: Omit<VendorInconsistency, 'goLine' | 'modulesTxtLine'>): void => {
    const meta = v.vendorMeta.get(moduleKey(p.module));
    problems.push({ ...p, goLine: `\t${describe(p.module)}: ${p.detail}`, modulesTxtLine: meta?.entry.line });
  };
  const mainPaths = new Set(mainModules.map(m => m.path));

  // 1. Every require must be marked explicit (pre-1.14: at least not vendored at another version).
  for (const mm of mainModules) {
    for (const r of mm.modFile.require) {
      const mod = { path: r.path, version: r.version };
      if (v.vendorMeta.get(moduleKey(mod))?.explicit) continue;
      if (pre114) {
        const vv = v.vendorVersion.get(r.path);
        if (vv !== undefined && vv !== r.version) {
          add({
            kind: 'version-mismatch',
            module: mod,
            detail: `is explicitly required in go.mod, but vendor/modules.txt indicates ${r.path}@${vv}`,
            file: mm.file,
            line: r.line
          });
        }
      } else {
        add({
          kind: 'not-explicit',
          module: mod,
          detail: 'is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt',
          file: mm.file,
          line: r.line
        });
      }
    }
  }

  // replacementFrom: go.work replaces win; otherwise the main modules' go.mod replaces.
  const lookup = (replaces: readonly Replacement[], mod: ModuleVersion): Replacement | undefined =>
    replaces.find(r => r.oldPath === mod.path && (r.oldVersion ?? '') === mod.version) ??
    replaces.find(r => r.oldPath === mod.path && r.oldVersion === undefined);
  const replacementFrom = (mod: ModuleVersion): { r?: Replacement; modRoot?: MainModuleFile; source: string; sourceFile?: string } => {
    if (mainPaths.has(mod.path) && mod.version === '') return { source: '' };
    if (work) {
      const r = lookup(work.workFile.replace, mod);
      if (r) return { r, source: shortPath(path.join(work.dir, 'go.work'), work.file), sourceFile: work.file };
    }
    let found: { r: Replacement; modRoot: MainModuleFile } | undefined;
    for (const mm of mainModules) {
      const r = lookup(mm.modFile.replace, mod);
      if (r) found = { r, modRoot: mm };
    }
    if (!found) return { source: '' };
    return { ...found, source: shortPath(path.join(found.modRoot.dir, 'go.mod'), found.modRoot.file), sourceFile: found.modRoot.file };
  };
  const newOf = (r?: Replacement): ModuleVersion => (r ? { path: r.newPath, version: r.newVersion ?? '' } : { path: '', version: '' });
  // canonicalizeReplacePath: in workspace mode a directory replacement from a go.mod becomes relative to go.work.
  const canonical = (rNew: ModuleVersion, modRoot?: MainModuleFile): ModuleVersion => {
    if (!work || !modRoot || rNew.version !== '' || rNew.path === '' || path.isAbsolute(rNew.path)) return rNew;
    const abs = path.join(modRoot.dir, rNew.path);
    const rel = path.relative(work.dir, abs).split(path.sep).join('/');
    return { path: toDirectoryPath(rel || '.'), version: '' };
  };
  const replacement = (mod: ModuleVersion): ModuleVersion => {
    const f = replacementFrom(mod);
    return canonical(newOf(f.r), f.modRoot);
  };
  const same = (a: ModuleVersion, b: ModuleVersion): boolean => a.path === b.path && a.version === b.version;

  // 2. Every replace in go.mod (and go.work) must be recorded, with the same target.
  const seen = new Set<string>();
  const checkReplace = (replaces: readonly Replacement[], file: string): void => {
    for (const rep of replaces) {
      const old = { path: rep.oldPath, version: rep.oldVersion ?? '' };
      if (seen.has(moduleKey(old))) continue;
      seen.add(moduleKey(old));
      const from = replacementFrom(old);
      const rNew = newOf(from.r);
      const rNewCanonical = canonical(rNew, from.modRoot);
      const vr = v.vendorMeta.get(moduleKey(old))?.replacement;
      // Annotate at the directive that wins (a go.work replace overrides a go.mod one).
      const at = from.r && from.sourceFile ? { file: from.sourceFile, line: from.r.line } : { file, line: rep.line };
      if (!vr) {
        if (rNewCanonical.path === '') continue; // a main module: not actually replaced
        if (pre114 && (old.version === '' || v.vendorVersion.get(old.path) !== old.version)) continue;
        add({ kind: 'replace-missing', module: old, detail: `is replaced in ${from.source}, but not marked as replaced in vendor/modules.txt`, ...at });
      } else if (!same(vr, rNewCanonical)) {
        add({
          kind: 'replace-differs',
          module: old,
          detail: `is replaced by ${describe(rNew)} in ${from.source}, but marked as replaced by ${describe(vr)} in vendor/modules.txt`,
          ...at
        });
      }
    }
  };
  for (const mm of mainModules) checkReplace(mm.modFile.replace, mm.file);
  if (work) checkReplace(work.workFile.replace, work.file);

  // 3. A module marked explicit must be required by (one of) the main module(s).
  for (const mod of v.vendorList) {
    if (!v.vendorMeta.get(moduleKey(mod))?.explicit) continue;
    const required = mainModules.some(mm => mm.modFile.require.some(r => r.path === mod.path && r.version === mod.version));
    if (!required) {
      add({
        kind: 'explicit-not-required',
        module: mod,
        detail: `is marked as explicit in vendor/modules.txt, but not explicitly required in ${workspaceMode ? 'a ' : ''}go.mod`,
        file: mainModules[0]?.file,
        line: mainModules[0]?.modFile.module?.line
      });
    }
  }

  // 4. A module marked replaced must be replaced (a different target was reported above).
  for (const mod of v.vendorReplaced) {
    if (replacement(mod).path !== '') continue;
    add({
      kind: 'replaced-not-replaced',
      module: mod,
      detail: `is marked as replaced in vendor/modules.txt, but not replaced in ${workspaceMode ? 'the workspace' : 'go.mod'}`,
      file: work ? work.file : mainModules[0]?.file,
      line: work ? undefined : mainModules[0]?.modFile.module?.line
    });
  }

  return {
    problems,
    pre114,
    goError(vendorRoot: string): string {
      if (!problems.length) return '';
      return (
        `go: inconsistent vendoring in ${vendorRoot}:\n${problems.map(p => p.goLine).join('\n')}\n\n` +
        `\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo ${workspaceMode ? 'work' : 'mod'} vendor`
      );
    }
  };
}
