/**
 * Parser for vendor/modules.txt, the manifest `go mod vendor` and
 * `go work vendor` write. It keeps a line number for every entry (so
 * findings can be annotated) and derives exactly what the go command's
 * readVendorList (cmd/go/internal/modload/vendor.go) derives:
 *
 *   ## workspace                           (first line, go work vendor only)
 *   # path version [=> replacement [version]]
 *   ## explicit; go 1.21                   (annotations, union across lines)
 *   path/of/a/package                      (packages vendored from the module)
 *   # path [version] => replacement [version]   (trailing replacement records)
 *
 * Lines the go command ignores are kept in `ignored` so a caller can warn.
 */
import { compareModuleVersions, isValidGoSemver } from './module-version.js';

/** A module version, `version` empty for a wildcard or a directory replacement. */
export interface ModuleVersion {
  path: string;
  version: string;
}

export interface VendoredPackage {
  path: string;
  line: number;
}

/** One `# path version ...` block of modules.txt. */
export interface VendoredModuleEntry {
  path: string;
  /** Empty for a wildcard replacement record (`# path => ...`). */
  version: string;
  /** 1-based line of the `# ` line. */
  line: number;
  replacement?: ModuleVersion;
  explicit: boolean;
  /** Line of the `## ...` annotation that carries `explicit`. */
  explicitLine?: number;
  /** The `go 1.N` annotation (the dependency's go directive). */
  goVersion?: string;
  goVersionLine?: number;
  packages: VendoredPackage[];
}

export interface ModulesTxt {
  /** Whether the file starts with `## workspace` (written by `go work vendor`). */
  workspace: boolean;
  workspaceLine?: number;
  entries: VendoredModuleEntry[];
  /** Lines the go command skips (malformed module lines, packages before any module). */
  ignored: { line: number; text: string; reason: string }[];
}

/** What the go command's readVendorList builds from the file. */
export interface VendorList {
  /** Modules that contribute packages to the build, in order of appearance. */
  vendorList: ModuleVersion[];
  /** Every replaced module (with or without packages). */
  vendorReplaced: ModuleVersion[];
  /** Module path → selected version. */
  vendorVersion: Map<string, string>;
  /** Package path → module. */
  vendorPkgModule: Map<string, ModuleVersion>;
  /** `path@version` key → metadata. */
  vendorMeta: Map<string, { explicit: boolean; replacement?: ModuleVersion; goVersion?: string; entry: VendoredModuleEntry }>;
}

export const moduleKey = (m: ModuleVersion): string => `${m.path}@${m.version}`;

/**
 * A close approximation of module.CheckImportPath: slash-separated
 * non-empty elements of letters, digits and `-._~+`, no leading dot or
 * slash, no `..`. Enough to tell package lines from anything else.
 */
export function isImportPath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.endsWith('/') || p.startsWith('-')) return false;
  return p.split('/').every(e => e !== '' && e !== '.' && e !== '..' && !e.startsWith('.') && /^[A-Za-z0-9\-._~+]+$/.test(e));
}

export function parseModulesTxt(text: string): ModulesTxt {
  const out: ModulesTxt = { workspace: false, entries: [], ignored: [] };
  const lines = text.split('\n');
  let current: VendoredModuleEntry | undefined;
  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, '');
    if (line === '') return;
    if (line.startsWith('# ')) {
      const f = line.split(/\s+/).filter(Boolean);
      if (f.length < 3) {
        current = undefined;
        out.ignored.push({ line: lineNo, text: line, reason: 'module line without a version' });
        return;
      }
      let rest: string[];
      let entry: VendoredModuleEntry;
      if (isValidGoSemver(f[2])) {
        entry = { path: f[1], version: f[2], line: lineNo, explicit: false, packages: [] };
        rest = f.slice(3);
      } else if (f[2] === '=>') {
        entry = { path: f[1], version: '', line: lineNo, explicit: false, packages: [] };
        rest = f.slice(2);
      } else {
        current = undefined;
        out.ignored.push({ line: lineNo, text: line, reason: `'${f[2]}' is neither a version nor =>` });
        return;
      }
      if (rest.length >= 2 && rest[0] === '=>') {
        if (rest.length === 2) entry.replacement = { path: rest[1], version: '' };
        else if (rest.length === 3 && isValidGoSemver(rest[2])) entry.replacement = { path: rest[1], version: rest[2] };
        else out.ignored.push({ line: lineNo, text: line, reason: 'replacement the go command does not understand' });
      }
      out.entries.push(entry);
      current = entry;
      return;
    }
    // modulesTextIsForWorkspace: only the first line counts, as a `## ` annotation list naming `workspace`.
    if (
      idx === 0 &&
      line.startsWith('## ') &&
      line
        .slice(3)
        .split(';')
        .some(a => a.trim() === 'workspace')
    ) {
      out.workspace = true;
      out.workspaceLine = lineNo;
      return;
    }
    if (!current) {
      out.ignored.push({ line: lineNo, text: line, reason: 'no module line before it' });
      return;
    }
    if (line.startsWith('## ')) {
      for (const part of line.slice(3).split(';')) {
        const annotation = part.trim();
        if (annotation === 'explicit') {
          current.explicit = true;
          current.explicitLine ??= lineNo;
        } else if (annotation.startsWith('go ')) {
          current.goVersion = annotation.slice(3);
          current.goVersionLine = lineNo;
        }
      }
      return;
    }
    const f = line.split(/\s+/).filter(Boolean);
    if (f.length === 1 && isImportPath(f[0])) current.packages.push({ path: f[0], line: lineNo });
    else out.ignored.push({ line: lineNo, text: line, reason: 'not a package path' });
  });
  return out;
}

/** Derives readVendorList's tables from a parsed modules.txt. */
export function vendorListOf(txt: ModulesTxt): VendorList {
  const list: VendorList = {
    vendorList: [],
    vendorReplaced: [],
    vendorVersion: new Map(),
    vendorPkgModule: new Map(),
    vendorMeta: new Map()
  };
  for (const e of txt.entries) {
    const mod = { path: e.path, version: e.version };
    const key = moduleKey(mod);
    const meta = list.vendorMeta.get(key) ?? { explicit: false, entry: e };
    if (e.replacement) {
      meta.replacement = e.replacement;
      list.vendorReplaced.push(mod);
    }
    meta.explicit ||= e.explicit;
    if (e.goVersion !== undefined) meta.goVersion = e.goVersion;
    list.vendorMeta.set(key, meta);
    for (const p of e.packages) {
      list.vendorPkgModule.set(p.path, mod);
      const v = list.vendorVersion.get(mod.path);
      if (v === undefined || compareModuleVersions(v, mod.version) < 0) {
        list.vendorList.push(mod);
        list.vendorVersion.set(mod.path, mod.version);
      }
    }
  }
  return list;
}

/**
 * The module a vendored file belongs to: the module whose package list
 * contains the file's directory, else the module with the longest path
 * prefix of the directory (for metadata files such as LICENSE at a module root).
 */
export function moduleOfVendoredPath(txt: ModulesTxt, relPath: string): VendoredModuleEntry | undefined {
  const dir = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
  let best: VendoredModuleEntry | undefined;
  for (const e of txt.entries) {
    if (e.packages.some(p => p.path === dir)) return e;
    if ((dir === e.path || dir.startsWith(e.path + '/')) && (!best || e.path.length > best.path.length)) best = e;
  }
  return best;
}
