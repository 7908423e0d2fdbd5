import * as path from 'node:path';
import {
  escapeModulePath,
  firstHttpProxy,
  escapeModuleVersion,
  goModulePurl,
  goStdlibPurl,
  isPrivateModule,
  licenseSource,
  loadComponentSet,
  listedModuleKey,
  STD_KEY,
  type CompiledModule,
  type GoEnv,
  type GoModule,
  type GoRunner,
  type EnvOverlay,
  type LicenseReader,
  type LicenseResult,
  type PackageGraph,
  type SetMember
} from '@go-ci-gates/core';
import type { SbomInputs } from './inputs.js';
import { mainModuleVersion, type MainVersion } from './main-version.js';
import { PROPERTY_PREFIX, type ComponentModel, type SbomModel } from './model.js';
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
  // git answers for the main module's version while go lists the packages.
  versionOfMain(ctx, mod.dir, mod.path);
  const set = await loadComponentSet(ctx.go, {
    mod,
    env: ctx.env,
    goEnv: ctx.goEnv,
    workspace: ctx.workspace,
    mode: inputs.mode === 'binary' ? 'app' : inputs.mode,
    patterns: inputs.packages,
    targets: inputs.targets,
    tags: inputs.tags,
    excludeTestOnly: inputs.testDependencies === 'exclude',
    workspaceModules: ctx.workspaceModules,
    licenses: inputs.licenses ? ctx.licenses : undefined
  });
  const { graph, mode } = set;
  const main = mainComponent(ctx, mod, graph, await usedVersionOfMain(ctx, mod.dir, mod.path));
  const components = new Map<string, ComponentModel>();
  const keyToRef = new Map<string, string>([[listedModuleKey({ Path: mod.path, Main: true }), main.ref]]);
  const allTargets = inputs.targets.map(t => `${t.goos}/${t.goarch}`);
  for (const member of set.members) {
    const c = member.kind === 'workspace-module' ? await workspaceComponent(ctx, member) : dependencyComponent(ctx, member);
    c.testOnly = member.testOnly;
    c.direct = member.direct;
    if (!member.imported) c.properties.push([p('imported'), 'false']);
    if (allTargets.length > 1 && member.targets.size < allTargets.length) c.properties.push([p('targets'), [...member.targets].sort().join(',')]);
    keyToRef.set(listedModuleKey(member.listed), c.ref);
    const existing = components.get(c.ref);
    if (existing) {
      existing.testOnly &&= c.testOnly;
      existing.direct ||= c.direct;
    } else components.set(c.ref, c);
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
    leftOut: set.leftOut,
    goVersion: ctx.goVersion,
    targets: inputs.targets.length ? inputs.targets.map(t => `${t.goos}/${t.goarch}`) : [`${ctx.goEnv.GOOS}/${ctx.goEnv.GOARCH}`]
  };
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

async function workspaceComponent(ctx: BuildContext, member: SetMember): Promise<ComponentModel> {
  const dir = member.dir ?? '';
  const v = await usedVersionOfMain(ctx, dir, member.path);
  const purl = goModulePurl(member.path, v.version);
  return {
    ref: purl,
    kind: 'workspace-module',
    path: member.path,
    version: v.version,
    purl,
    testOnly: false,
    direct: false,
    private: false,
    properties: [[p('workspace-module'), path.relative(ctx.workspace, dir).split(path.sep).join('/') || '.']],
    dir,
    license: member.license
  };
}

/**
 * A dependency as it goes into the SBOM, for every mode: identity and PURL follow what was compiled
 * (core's compiledModule). `linkedSum` is the `h1:` a binary's build info records.
 */
export function dependencyComponent(ctx: BuildContext, m: CompiledModule & { license?: LicenseResult }, linkedSum?: string): ComponentModel {
  const purl = goModulePurl(m.path, m.version);
  const isPrivate = isPrivateModule(ctx.goEnv, m.path);
  const properties: [string, string][] = [];
  const c: ComponentModel = {
    ref: purl,
    kind: 'module',
    path: m.path,
    version: m.version,
    purl,
    testOnly: false,
    direct: false,
    private: isPrivate,
    properties,
    dir: m.dir,
    license: m.license
  };
  if (m.replaces) {
    c.replaces = m.replaces;
    properties.push([p('replaces'), `${m.replaces.path}${m.replaces.version ? '@' + m.replaces.version : ''}`]);
  }
  if (m.local) {
    c.localDir = m.local.relDir;
    properties.push([p('local-replacement'), m.local.replacePath]);
  } else {
    const key = `${m.path}@${m.version}`;
    c.h1 = linkedSum || ctx.sums.zip.get(key);
    c.goModH1 = ctx.sums.goMod.get(key);
    if (c.h1) properties.push([p('gosum:h1'), c.h1]);
    if (c.goModH1) properties.push([p('gosum:gomod'), c.goModH1]);
    const proxy = firstHttpProxy(ctx.goEnv.GOPROXY ?? '');
    if (!isPrivate && proxy) c.downloadUrl = `${proxy}/${escapeModulePath(m.path)}/@v/${escapeModuleVersion(m.version)}.zip`;
    c.vcsUrl = vcsUrl(m.path);
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

export async function attachLicenses(components: ComponentModel[], reader: LicenseReader): Promise<void> {
  await Promise.all(
    components.map(async c => {
      if (c.kind === 'stdlib' || c.license) return;
      c.license = await reader.read(c.dir, licenseSource(c.dir, c.kind === 'module' && !c.localDir));
    })
  );
}
