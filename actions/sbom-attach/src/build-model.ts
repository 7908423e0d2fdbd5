import * as path from 'node:path';
import {
  ProjectError,
  escapeModulePath,
  firstHttpProxy,
  escapeModuleVersion,
  goModulePurl,
  goStdlibPurl,
  isLocalReplacement,
  type GoEnv,
  type GoModule,
  type GoRunner,
  type EnvOverlay
} from '@go-ci-gates/core';
import type { SbomInputs } from './inputs.js';
import type { LicenseReader, LicenseResult } from './licenses.js';
import { mainModuleVersion, type MainVersion } from './main-version.js';
import { PROPERTY_PREFIX, type ComponentModel, type LeftOut, type SbomModel } from './model.js';
import { loadPackageGraph, MODULE_FIELDS, moduleKey, STD_KEY, type ListedModule, type PackageGraph } from './package-graph.js';
import { readVendorModules } from './vendor-modules.js';
import { isPrivateModule } from './private-modules.js';
import type { SumTable } from './sums.js';
import type { HashCheckReport } from './hash-check.js';

export interface BuildContext {
  go: GoRunner;
  goEnv: GoEnv;
  goVersion: string;
  workspace: string;
  /** GOWORK overlay: off outside a go.work, else core's temp copy of it (isolatedGoWorkEnv). */
  env: EnvOverlay;
  sums: SumTable;
  inputs: SbomInputs;
  /** Versions of main modules, computed once per module dir. */
  mainVersions: Map<string, Promise<MainVersion>>;
  /** The versions that went into an SBOM, in the order they were first used. */
  usedMainVersions: Map<string, MainVersion>;
  /** License detection, shared by every model of the run. */
  licenses: LicenseReader;
  /** Every module of the discovery, by module path (workspace modules are not dependencies). */
  workspaceModules: Map<string, GoModule>;
  warnings: string[];
  /** Set once the recorded hashes have been checked against the module cache. */
  hashCheck?: HashCheckReport;
}

export const p = (name: string) => `${PROPERTY_PREFIX}:${name}`;

/** Starts (once per module dir) finding a main module's version; its warning is reported when it is used. */
export function versionOfMain(ctx: BuildContext, dir: string, modulePath: string): Promise<MainVersion> {
  let v = ctx.mainVersions.get(dir);
  if (!v) {
    v = mainModuleVersion(dir, modulePath);
    ctx.mainVersions.set(dir, v);
  }
  return v;
}

/** The version of a main module that goes into the SBOM, with its warning reported once. */
async function usedVersionOfMain(ctx: BuildContext, dir: string, modulePath: string): Promise<MainVersion> {
  const v = await versionOfMain(ctx, dir, modulePath);
  if (!ctx.usedMainVersions.has(dir)) {
    ctx.usedMainVersions.set(dir, v);
    if (v.warning) ctx.warnings.push(v.warning);
  }
  return v;
}

/** Builds the SBOM model of one module in app or module mode (auto: app when it has a main package, else module). */
export async function buildModuleModel(ctx: BuildContext, mod: GoModule): Promise<SbomModel> {
  const { inputs } = ctx;
  const mode = inputs.mode === 'module' ? 'module' : 'app';
  // git answers for the main module's version, and in module mode the module list is read, while go lists the packages.
  versionOfMain(ctx, mod.dir, mod.path);
  const allModules = mode === 'module' ? listAllModules(ctx, mod) : undefined;
  // Handled below, after the package graph; this only keeps an early failure from counting as unhandled.
  allModules?.catch(() => undefined);
  // License files are read while go still lists packages: in module mode for every listed module (each gets a
  // component), in app mode for the module-cache directories of go.mod's requirements (most of them are linked).
  // Best effort: anything that fails here fails again, and is reported, where the component is built.
  if (inputs.licenses) {
    if (allModules) allModules.then(ms => readLicensesAhead(ctx, ms, path.join(mod.dir, 'vendor'))).catch(() => undefined);
    else if (!usesVendorDir(ctx)) readRequiredLicensesAhead(ctx, mod);
  }
  const graph = await loadPackageGraph(ctx.go, {
    cwd: mod.dir,
    env: ctx.env,
    patterns: inputs.packages,
    targets: inputs.targets,
    tags: inputs.tags,
    mode,
    withTests: true,
    where: mod.relDir === '.' ? mod.path : `${mod.path} (${mod.relDir})`
  });
  if (mode === 'app' && graph.mainPackages.length === 0) {
    // auto: a module with no main package (a library) is described by its module graph instead.
    if (inputs.mode === 'auto') return buildModuleModel({ ...ctx, inputs: { ...inputs, mode: 'module' } }, mod);
    throw new NoMainPackageError(mod, inputs.packages);
  }
  const main = mainComponent(ctx, mod, graph, await usedVersionOfMain(ctx, mod.dir, mod.path));
  const components = new Map<string, ComponentModel>();
  const keyToRef = new Map<string, string>([[moduleKey({ Path: mod.path, Main: true }), main.ref]]);
  const leftOut: LeftOut[] = [];
  const vendorDir = path.join(mod.dir, 'vendor');

  const addModule = async (m: ListedModule, flags: { runtime: boolean; test: boolean; direct: boolean; targets: Set<string>; imported: boolean }) => {
    const key = moduleKey(m);
    if (m.Main && m.Path === mod.path) return;
    const testOnly = flags.test && !flags.runtime;
    if (testOnly && inputs.testDependencies === 'exclude') {
      leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'test-only (test-dependencies: exclude)' });
      return;
    }
    const c = m.Main ? await workspaceComponent(ctx, m) : await dependencyComponent(ctx, m, vendorDir);
    c.testOnly = testOnly;
    c.direct = flags.direct;
    if (!flags.imported) c.properties.push([p('imported'), 'false']);
    const allTargets = inputs.targets.map(t => `${t.goos}/${t.goarch}`);
    if (allTargets.length > 1 && flags.targets.size < allTargets.length) c.properties.push([p('targets'), [...flags.targets].sort().join(',')]);
    keyToRef.set(key, c.ref);
    const existing = components.get(c.ref);
    if (existing) {
      existing.testOnly &&= c.testOnly;
      existing.direct ||= c.direct;
    } else components.set(c.ref, c);
  };

  for (const reached of graph.modules.values()) {
    await addModule(reached.module, { ...reached, imported: true });
  }
  if (allModules) {
    for (const m of await allModules) {
      if (m.Main || graph.modules.has(moduleKey(m))) continue;
      await addModule(m, { runtime: true, test: false, direct: false, targets: new Set(), imported: false });
    }
  } else {
    for (const m of graph.unreached.values()) {
      if (m.Main) continue;
      leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'imported only by packages no main package or test needs' });
    }
  }
  if (graph.usesStd) {
    const std = stdlibComponent(ctx.goVersion, ctx.goEnv);
    components.set(std.ref, std);
    keyToRef.set(STD_KEY, std.ref);
  }
  const dependsOn = new Map<string, Set<string>>([[main.ref, new Set()]]);
  for (const c of components.values()) dependsOn.set(c.ref, new Set());
  for (const [from, tos] of graph.edges) {
    const fromRef = keyToRef.get(from);
    if (!fromRef) continue;
    for (const to of tos) {
      const toRef = keyToRef.get(to);
      // Never an edge to a component that is not in the document, never a self-edge.
      if (toRef && toRef !== fromRef && dependsOn.has(toRef)) dependsOn.get(fromRef)!.add(toRef);
    }
  }
  if (mode === 'module') {
    // Modules the packages never import still belong to the graph: hang direct requirements off the main module.
    for (const r of mod.modFile.require) {
      for (const c of components.values()) {
        if ((c.replaces?.path ?? c.path) === r.path && !r.indirect) dependsOn.get(main.ref)!.add(c.ref);
      }
    }
  }
  const ordered = [...components.values()].sort((a, b) => a.ref.localeCompare(b.ref));
  if (inputs.licenses) await attachLicenses([main, ...ordered], ctx.licenses);
  return {
    mode,
    modulePath: mod.path,
    relDir: mod.relDir,
    goModFile: mod.goModFile,
    main,
    components: ordered,
    dependsOn,
    edgesComplete: true,
    leftOut: leftOut.sort((a, b) => a.path.localeCompare(b.path)),
    goVersion: ctx.goVersion,
    targets: inputs.targets.length ? inputs.targets.map(t => `${t.goos}/${t.goarch}`) : [`${ctx.goEnv.GOOS}/${ctx.goEnv.GOARCH}`]
  };
}

/** Starts license detection for the dependency components these modules will become. */
async function readLicensesAhead(ctx: BuildContext, modules: readonly ListedModule[], vendorDir: string): Promise<void> {
  for (const m of modules) {
    if (m.Main) continue;
    const c = await dependencyComponent(ctx, m, vendorDir);
    ctx.licenses.readAhead(c.dir, licenseSource(c));
  }
}

/** The module-cache directories of go.mod's requirements (unless replaced), whose licenses app mode will most likely need. */
function readRequiredLicensesAhead(ctx: BuildContext, mod: GoModule): void {
  const replaced = new Set(mod.modFile.replace.map(r => r.oldPath));
  for (const r of mod.modFile.require) {
    if (replaced.has(r.path) || !ctx.goEnv.GOMODCACHE) continue;
    try {
      ctx.licenses.readAhead(path.join(ctx.goEnv.GOMODCACHE, `${escapeModulePath(r.path)}@${escapeModuleVersion(r.version)}`), 'module-cache');
    } catch {
      // Not a valid module path or version: go will say so.
    }
  }
}

/** go uses vendor/ outside a workspace unless -mod=mod (or readonly) is set. */
function usesVendorDir(ctx: BuildContext): boolean {
  return ctx.env.GOWORK === 'off' && !/-mod=(mod|readonly)/.test(ctx.goEnv.GOFLAGS ?? '');
}

/** Every module of the build list (module mode): vendor/modules.txt in vendor mode, else `go list -m all`. */
async function listAllModules(ctx: BuildContext, mod: GoModule): Promise<ListedModule[]> {
  const vendored = usesVendorDir(ctx) ? await readVendorModules(mod.dir) : undefined;
  return vendored ?? (await ctx.go.listJson<ListedModule>(['list', '-m', `-json=${MODULE_FIELDS}`, 'all'], { cwd: mod.dir, env: ctx.env })).values;
}

export class NoMainPackageError extends ProjectError {
  constructor(mod: GoModule, patterns: readonly string[]) {
    super(
      `No main package in ${mod.path} (${mod.relDir}) matches ${patterns.join(' ')}: mode 'app' describes what main packages compile into. ` +
        `Point 'packages' at your commands (e.g. ./cmd/...) or use mode: module for a library.`
    );
  }
}

function mainComponent(ctx: BuildContext, mod: GoModule, graph: PackageGraph, v: MainVersion): ComponentModel {
  const purl = goModulePurl(mod.path, v.version);
  const env = ctx.goEnv;
  const properties: [string, string][] = [
    [p('toolchain'), ctx.goEnv.GOVERSION],
    [p('goos-goarch'), ctx.inputs.targets.length ? ctx.inputs.targets.map(t => `${t.goos}/${t.goarch}`).join(',') : `${env.GOOS}/${env.GOARCH}`],
    [p('cgo-enabled'), env.CGO_ENABLED ?? ''],
    [p('version-source'), v.source]
  ];
  if (ctx.inputs.tags.length) properties.push([p('tags'), ctx.inputs.tags.join(',')]);
  if (graph.mainPackages.length) properties.push([p('main-packages'), graph.mainPackages.join(',')]);
  if (v.revision) properties.push([p('vcs.revision'), v.revision]);
  if (v.commitTime !== undefined) properties.push([p('vcs.time'), new Date(v.commitTime * 1000).toISOString().replace('.000Z', 'Z')]);
  if (v.source !== 'none') properties.push([p('vcs.modified'), String(v.dirty)]);
  return {
    ref: purl,
    kind: 'main',
    path: mod.path,
    version: v.version,
    purl,
    testOnly: false,
    direct: false,
    private: false,
    properties,
    dir: mod.dir
  };
}

async function workspaceComponent(ctx: BuildContext, m: ListedModule): Promise<ComponentModel> {
  const dir = m.Dir ?? ctx.workspaceModules.get(m.Path)?.dir ?? '';
  const v = await usedVersionOfMain(ctx, dir, m.Path);
  const purl = goModulePurl(m.Path, v.version);
  return {
    ref: purl,
    kind: 'workspace-module',
    path: m.Path,
    version: v.version,
    purl,
    testOnly: false,
    direct: false,
    private: false,
    properties: [[p('workspace-module'), path.relative(ctx.workspace, dir).split(path.sep).join('/') || '.']],
    dir
  };
}

/**
 * A dependency as it goes into the SBOM, for every mode: identity and PURL follow what was compiled (the
 * replacement module for `replace a => b v`, the replaced module path and version for a filesystem
 * replacement, which has no version of its own). `linkedSum` is the `h1:` a binary's build info records.
 */
export async function dependencyComponent(ctx: BuildContext, m: ListedModule, vendorDir: string, linkedSum?: string): Promise<ComponentModel> {
  const replace = m.Replace;
  // go list reports no Version for a filesystem replacement; build info reports "(devel)". The path says which it is.
  const local = !!replace && (!replace.Version || isLocalReplacement(replace.Path));
  const compiledPath = replace && !local ? replace.Path : m.Path;
  const compiledVersion = replace && !local ? replace.Version! : (m.Version ?? '');
  const purl = goModulePurl(compiledPath, compiledVersion);
  const isPrivate = isPrivateModule(ctx.goEnv, compiledPath);
  const properties: [string, string][] = [];
  const c: ComponentModel = {
    ref: purl,
    kind: 'module',
    path: compiledPath,
    version: compiledVersion,
    purl,
    testOnly: false,
    direct: false,
    private: isPrivate,
    properties
  };
  if (replace) {
    c.replaces = { path: m.Path, version: m.Version ?? '' };
    properties.push([p('replaces'), `${m.Path}${m.Version ? '@' + m.Version : ''}`]);
  }
  if (local) {
    // Workspace-relative when the directory is known (never empty: the workspace root is "."), else as go.mod wrote it.
    c.localDir = replace!.Dir ? path.relative(ctx.workspace, replace!.Dir).split(path.sep).join('/') || '.' : replace!.Path;
    properties.push([p('local-replacement'), replace!.Path]);
    c.dir = replace!.Dir;
  } else {
    const key = `${compiledPath}@${compiledVersion}`;
    c.h1 = linkedSum || ctx.sums.zip.get(key);
    c.goModH1 = ctx.sums.goMod.get(key);
    if (c.h1) properties.push([p('gosum:h1'), c.h1]);
    if (c.goModH1) properties.push([p('gosum:gomod'), c.goModH1]);
    const proxy = firstHttpProxy(ctx.goEnv.GOPROXY ?? '');
    if (!isPrivate && proxy) c.downloadUrl = `${proxy}/${escapeModulePath(compiledPath)}/@v/${escapeModuleVersion(compiledVersion)}.zip`;
    c.vcsUrl = vcsUrl(compiledPath);
    const moduleDir = replace?.Dir ?? m.Dir;
    c.dir = moduleDir || (vendorDir ? path.join(vendorDir, ...m.Path.split('/')) : undefined);
  }
  if (isPrivate) properties.push([p('private'), 'true']);
  return c;
}

/** A VCS URL from the module path where the host's layout is known. */
function vcsUrl(modulePath: string): string | undefined {
  const gh = /^(github\.com|gitlab\.com|bitbucket\.org)\/([^/]+)\/([^/]+)/.exec(modulePath);
  if (gh) return `https://${gh[1]}/${gh[2]}/${gh[3]}`;
  return undefined;
}

export function stdlibComponent(goVersion: string, env: GoEnv): ComponentModel {
  const purl = goStdlibPurl(goVersion);
  return {
    ref: purl,
    kind: 'stdlib',
    path: 'stdlib',
    version: goVersion,
    purl,
    testOnly: false,
    direct: true,
    private: false,
    properties: [],
    // The Go distribution is BSD-3-Clause; its LICENSE sits at GOROOT.
    license: {
      expression: 'BSD-3-Clause',
      files: [{ file: 'LICENSE', ids: ['BSD-3-Clause'], coverage: 1, confidence: 1, recognised: true }],
      copyright: [],
      source: 'local'
    },
    dir: env.GOROOT
  };
}

/** Where a component's license files are read from. */
function licenseSource(c: ComponentModel): LicenseResult['source'] {
  if (!c.dir) return 'none';
  if (c.dir.includes(`${path.sep}vendor${path.sep}`)) return 'vendor';
  return c.kind === 'module' && !c.localDir ? 'module-cache' : 'local';
}

export async function attachLicenses(components: ComponentModel[], reader: LicenseReader): Promise<void> {
  await Promise.all(
    components.map(async c => {
      if (c.kind === 'stdlib' || c.license) return;
      c.license = await reader.read(c.dir, licenseSource(c));
    })
  );
}
