import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  compiledModule,
  escapeModulePath,
  escapeModuleVersion,
  goModulePurl,
  isLocalReplacement,
  ProjectError,
  stripGoPrefix,
  type ListedModule
} from '@go-ci-gates/core';
import { attachLicenses, dependencyComponent, p, stdlibComponent, type BuildContext } from './build-model.js';
import { pseudoVersion, pathMajor, ZERO_PSEUDO_VERSION } from './main-version.js';
import type { ComponentModel, SbomModel } from './model.js';

interface BuildInfoModule {
  Path: string;
  Version?: string;
  Sum?: string;
  Replace?: BuildInfoModule;
}

interface BuildInfo {
  GoVersion: string;
  Path: string;
  Main?: BuildInfoModule;
  Deps?: BuildInfoModule[];
  Settings?: { Key: string; Value?: string }[];
}

/** Where a module's files are in the module cache (for licenses), or undefined for a path or version go would reject. */
function moduleCacheDir(ctx: BuildContext, modulePath: string, version: string | undefined): string | undefined {
  if (!version || !ctx.goEnv.GOMODCACHE) return undefined;
  try {
    return path.join(ctx.goEnv.GOMODCACHE, `${escapeModulePath(modulePath)}@${escapeModuleVersion(version)}`);
  } catch {
    return undefined;
  }
}

/**
 * A build-info dependency as go list describes a module. A filesystem replacement is recorded as
 * `=> ./dir (devel)`: its directory is relative to the main module, so it is found only when the binary's
 * main module is one of the workspace's, and only used when it lies inside the workspace.
 */
function listedFromBuildInfo(ctx: BuildContext, d: BuildInfoModule, mainDir: string | undefined): ListedModule {
  const r = d.Replace;
  if (!r) return { Path: d.Path, Version: d.Version, Dir: moduleCacheDir(ctx, d.Path, d.Version) };
  if (!isLocalReplacement(r.Path))
    return { Path: d.Path, Version: d.Version, Replace: { Path: r.Path, Version: r.Version, Dir: moduleCacheDir(ctx, r.Path, r.Version) } };
  const dir = mainDir ? path.resolve(mainDir, r.Path) : undefined;
  const inside = dir !== undefined && !path.relative(ctx.workspace, dir).startsWith('..') && !path.isAbsolute(path.relative(ctx.workspace, dir));
  return { Path: d.Path, Version: d.Version, Replace: { Path: r.Path, Dir: inside ? dir : undefined } };
}

/** Reads a binary's embedded build info with `go version -m -json`. */
export async function readBuildInfo(ctx: BuildContext, file: string): Promise<BuildInfo> {
  if (!existsSync(file)) throw new ProjectError(`Binary ${path.relative(ctx.workspace, file) || file} does not exist`);
  const r = await ctx.go.run(['version', '-m', '-json', file], { cwd: ctx.workspace, allowFailure: true });
  if (r.exitCode !== 0 || !r.stdout.trim().startsWith('{')) {
    const why = r.stderr.trim().split('\n')[0] || 'no Go build info found';
    throw new ProjectError(`${path.relative(ctx.workspace, file) || file} is not a Go binary with build info: ${why.replace(`${file}: `, '')}`);
  }
  return JSON.parse(r.stdout) as BuildInfo;
}

/** The SBOM of a built binary: its modules as linked, flat (build info has no edges). */
export async function buildBinaryModel(ctx: BuildContext, file: string): Promise<SbomModel> {
  const info = await readBuildInfo(ctx, file);
  const settings = new Map((info.Settings ?? []).map(s => [s.Key, s.Value ?? '']));
  const mainPath = info.Main?.Path || info.Path;
  let version = info.Main?.Version ?? '';
  if (!version || version === '(devel)') {
    const rev = settings.get('vcs.revision');
    const time = settings.get('vcs.time');
    version =
      rev && time
        ? pseudoVersion(undefined, pathMajor(mainPath), Date.parse(time) / 1000, rev) + (settings.get('vcs.modified') === 'true' ? '+dirty' : '')
        : ZERO_PSEUDO_VERSION;
    if (!rev)
      ctx.warnings.push(`${path.basename(file)} has no VCS stamp (built with -buildvcs=false or outside git), so its version is ${ZERO_PSEUDO_VERSION}`);
  }
  const purl = goModulePurl(mainPath, version);
  const properties: [string, string][] = [...settings.entries()].filter(([, v]) => v !== '').map(([k, v]) => [p(`build:${k}`), v] as [string, string]);
  properties.push([p('toolchain'), info.GoVersion]);
  const main: ComponentModel = { ref: purl, kind: 'main', path: mainPath, version, purl, testOnly: false, direct: false, private: false, properties };
  const goVersion = stripGoPrefix(info.GoVersion.split(' ')[0]);
  const components = new Map<string, ComponentModel>();
  const mainDir = ctx.workspaceModules.get(mainPath)?.dir;
  for (const d of info.Deps ?? []) {
    // The same component app mode makes from go list: build info is turned into the module go list would report.
    const c = dependencyComponent(ctx, compiledModule(listedFromBuildInfo(ctx, d, mainDir), ctx.workspace, ''), d.Replace?.Sum ?? d.Sum);
    components.set(c.ref, c);
  }
  const std = stdlibComponent(goVersion, ctx.goEnv);
  components.set(std.ref, std);
  const ordered = [...components.values()].sort((a, b) => a.ref.localeCompare(b.ref));
  const dependsOn = new Map<string, Set<string>>([[main.ref, new Set(ordered.map(c => c.ref).filter(r => r !== main.ref))]]);
  for (const c of ordered) dependsOn.set(c.ref, new Set());
  if (ctx.inputs.licenses) await attachLicenses(ordered, ctx.licenses);
  const data = await fs.readFile(file);
  return {
    mode: 'binary',
    modulePath: mainPath,
    relDir: path.relative(ctx.workspace, path.dirname(file)).split(path.sep).join('/') || '.',
    goModFile: path.relative(ctx.workspace, file).split(path.sep).join('/'),
    main,
    components: ordered.filter(c => c.ref !== main.ref),
    dependsOn,
    edgesComplete: false,
    leftOut: [],
    goVersion,
    targets: [`${settings.get('GOOS') ?? ''}/${settings.get('GOARCH') ?? ''}`],
    binary: { name: path.basename(file), sha256: createHash('sha256').update(data).digest('hex') }
  };
}
