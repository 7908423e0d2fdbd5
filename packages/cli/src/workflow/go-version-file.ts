import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareGoVersions, parseGoVersion, parseModFile, type GoVersion } from '@go-ci-gates/core';
import type { PlannedModule } from './gates.js';

/** The version setup-go takes from a go.mod or go.work: the toolchain line, else the go line. */
function setupGoVersion(file: string): GoVersion | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const mod = parseModFile(text, path.basename(file) === 'go.work' ? 'go.work' : 'go.mod');
  const named = mod.toolchain?.name.replace(/^go/, '') ?? mod.go?.version;
  return named ? parseGoVersion(named) : undefined;
}

/**
 * The one file setup-go reads the Go version from when one job covers every
 * selected module (sbom-publish.yml): the planned file when every module
 * shares it (go-version-file, or the go.work), else the go.mod asking for the
 * newest Go, which every other module's go line also accepts. Ties go to the
 * first module in discovery order. Empty when no module was planned.
 */
export function oneGoVersionFile(workspace: string, modules: readonly PlannedModule[]): string {
  const files = [...new Set(modules.map(m => m.goVersionFile))];
  if (files.length <= 1) return files[0] ?? '';
  let best = files[0];
  let bestVersion = setupGoVersion(path.join(workspace, best));
  for (const file of files.slice(1)) {
    const v = setupGoVersion(path.join(workspace, file));
    if (v && (!bestVersion || compareGoVersions(v, bestVersion) > 0)) [best, bestVersion] = [file, v];
  }
  return best;
}
