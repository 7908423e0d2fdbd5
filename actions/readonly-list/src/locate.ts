import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isInside, toPosixRelative, type GoModule } from '@go-ci-gates/core';
import { findImport } from './go-imports.js';
import type { ErrorClass } from './classify.js';
import type { ListedPackage, ObservedError } from './list-target.js';

export interface Location {
  /** Workspace-relative file. */
  file: string;
  line: number;
  column?: number;
}

/** Parses go's "file:line:col" (file relative to the directory go ran in, or absolute). */
export function parsePos(pos: string, cwd: string): { file: string; line: number; column?: number } | undefined {
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(pos.trim());
  if (!m) return undefined;
  return { file: path.resolve(cwd, m[1]), line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) };
}

/**
 * Where to annotate an error: go's Pos when it gave one; otherwise the import
 * spec in the importing package's files; for go.mod-level errors the go.mod
 * line they are about. Positions outside the workspace (the module cache) are
 * not annotated.
 */
export function locate(
  e: ObservedError,
  cls: ErrorClass,
  mod: GoModule,
  workspace: string,
  packages: ReadonlyMap<string, ListedPackage>
): Location | undefined {
  const inWorkspace = (abs: string) => isInside(workspace, abs);
  if (e.pos) {
    const p = parsePos(e.pos, mod.dir);
    if (p && inWorkspace(p.file)) return { file: toPosixRelative(workspace, p.file), line: p.line, ...(p.column ? { column: p.column } : {}) };
  }
  if (!e.commandLevel && e.importer && e.failingPackage && e.importer !== e.failingPackage) {
    const spec = findImportSpec(e.importer, e.failingPackage, packages);
    if (spec && inWorkspace(spec.file)) return { ...spec, file: toPosixRelative(workspace, spec.file) };
  }
  return goModLocation(e, cls, mod);
}

/** Searches the importer's Go files (every variant listed: plain and test) for the import spec. */
export function findImportSpec(
  importer: string,
  imported: string,
  packages: ReadonlyMap<string, ListedPackage>
): { file: string; line: number; column: number } | undefined {
  for (const p of packages.values()) {
    if (p.ImportPath !== importer && !p.ImportPath.startsWith(`${importer} `)) continue;
    if (!p.Dir) continue;
    const files = [...(p.GoFiles ?? []), ...(p.CgoFiles ?? []), ...(p.TestGoFiles ?? []), ...(p.XTestGoFiles ?? []), ...(p.IgnoredGoFiles ?? [])];
    for (const f of files) {
      const abs = path.join(p.Dir, f);
      if (!existsSync(abs)) continue;
      const spec = findImport(readFileSync(abs, 'utf8'), imported);
      if (spec) return { file: abs, line: spec.line, column: spec.column };
    }
  }
  return undefined;
}

function goModLocation(e: ObservedError, cls: ErrorClass, mod: GoModule): Location | undefined {
  const mf = mod.modFile;
  if (cls === 'toolchain-too-new' && mf.go) return { file: mod.goModFile, line: mf.go.line };
  const named = /(\S+?)@v\S*?: /.exec(e.err)?.[1];
  const req = named ? mf.require.find(r => r.path === named) : undefined;
  if (req) return { file: mod.goModFile, line: req.line };
  if (e.commandLevel || cls === 'go-mod-needs-update') return { file: mod.goModFile, line: mf.module?.line ?? 1 };
  return undefined;
}
