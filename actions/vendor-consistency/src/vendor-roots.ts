import * as path from 'node:path';
import { isLocalReplacement, toPosixRelative, type Discovery, type GoModule } from '@go-ci-gates/core';
import { type MainModuleFile, type WorkFileInput } from './go-consistency.js';

/**
 * A directory whose vendor/ the go command uses: a module's directory, or
 * in workspace mode the go.work directory (one vendor/ for all modules).
 */
export interface VendorRoot {
  kind: 'module' | 'workspace';
  /** Absolute directory holding vendor/. */
  dir: string;
  /** Workspace-relative directory, `.` for the root. */
  relDir: string;
  /** Module path (module mode) or go.work path (workspace mode), for the report. */
  label: string;
  /** The module findings are attributed to (first module of a workspace). */
  owner: GoModule;
  mainModules: MainModuleFile[];
  work?: WorkFileInput;
  /** The file that holds the go/toolchain lines the go command follows. */
  versionFile: { file: string; go?: string; goLine?: number; toolchain?: string };
}

/** Workspace-relative path of a file inside the vendor root. */
export function rootRelative(root: VendorRoot, rel: string): string {
  return root.relDir === '.' ? rel : `${root.relDir}/${rel}`;
}

export function vendorRoots(discovery: Discovery): VendorRoot[] {
  const mainOf = (m: GoModule): MainModuleFile => ({ path: m.path, dir: m.dir, file: m.goModFile, modFile: m.modFile });
  if (discovery.goWork) {
    const w = discovery.goWork;
    const relDir = toPosixRelative(discovery.workspace, w.dir);
    return [
      {
        kind: 'workspace',
        dir: w.dir,
        relDir,
        label: w.relFile,
        owner: discovery.modules[0],
        mainModules: discovery.modules.map(mainOf),
        work: { dir: w.dir, file: w.relFile, workFile: w.workFile },
        versionFile: { file: w.relFile, go: w.workFile.go?.version, goLine: w.workFile.go?.line, toolchain: w.workFile.toolchain?.name }
      }
    ];
  }
  // A module that another module replaces with its directory (replace x => ./third_party/x) is vendored as
  // part of that module, not on its own: it gets no vendor root of its own.
  const replacedDirs = new Set(
    discovery.modules.flatMap(m => m.modFile.replace.filter(r => isLocalReplacement(r.newPath)).map(r => path.resolve(m.dir, r.newPath)))
  );
  const independent = discovery.modules.filter(m => !replacedDirs.has(m.dir));
  return (independent.length ? independent : discovery.modules).map(m => ({
    kind: 'module',
    dir: m.dir,
    relDir: m.relDir,
    label: m.path,
    owner: m,
    mainModules: [mainOf(m)],
    versionFile: { file: m.goModFile, go: m.modFile.go?.version, goLine: m.modFile.go?.line, toolchain: m.modFile.toolchain?.name }
  }));
}

export const vendorDirOf = (root: VendorRoot): string => path.join(root.dir, 'vendor');
