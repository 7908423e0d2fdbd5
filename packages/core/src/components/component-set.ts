import * as path from 'node:path';
import { ProjectError } from '../errors.js';
import type { Platform } from '../go/dist-list.js';
import type { EnvOverlay, GoEnv, GoRunner } from '../go/go-runner.js';
import { escapeModulePath, escapeModuleVersion } from '../gofiles/escape.js';
import { isLocalReplacement } from '../gofiles/modfile.js';
import type { GoModule } from '../modules/discover.js';
import type { LicenseReader, LicenseResult } from './licenses.js';
import { loadPackageGraphListed, MODULE_FIELDS, listedModuleKey, type ListedModule, type ListedPackage, type PackageGraph } from './package-graph.js';
import { readVendorModules } from './vendor-modules.js';
import { compareText } from '../util/compare-text.js';

/**
 * What ships, as one answer for every gate that asks (sbom-attach, license-policy, mod-review):
 * app mode is what the main packages compile for the targets and tags; module mode is the
 * module's whole build list. Each member is a module as it was compiled (the replacement for
 * `replace a => b v`), so an SBOM, a license verdict and a review never disagree on the set.
 */
export interface ComponentSetOptions {
  mod: GoModule;
  /** GOWORK overlay and the like, for every go command. */
  env: EnvOverlay;
  goEnv: GoEnv;
  workspace: string;
  /** auto: app when a main package matches, else module. */
  mode: 'app' | 'module' | 'auto';
  patterns: string[];
  targets: Platform[];
  tags: string[];
  /** Leave modules only tests reach out of the set (they are listed in leftOut). */
  excludeTestOnly: boolean;
  /** Every module of the discovery, by module path (workspace modules are not dependencies). */
  workspaceModules: Map<string, GoModule>;
  /** When given, license files are read while go lists packages and every member carries its license. */
  licenses?: LicenseReader;
  /**
   * List test packages in app mode (default true). With excludeTestOnly the members are the same
   * without them: they only name the test-only modules in leftOut. (Module mode, and app mode
   * without excludeTestOnly, always list them: they decide the members.)
   */
  listTests?: boolean;
  /**
   * The module's build list as the caller lists it (`go list -m -json all`): module mode does not list
   * it again. A promise lets the caller start the package listing before its own listing is done; one
   * that settles on undefined leaves the listing to module mode.
   */
  buildList?: readonly ListedModule[] | Promise<readonly ListedModule[] | undefined>;
}

/** Where a module was compiled from, and under which identity. */
export interface CompiledModule {
  /** Module path and version of what was compiled: the replacement's for a module replacement. */
  path: string;
  version: string;
  /** The module this one replaces (`replace old => new`). */
  replaces?: { path: string; version: string };
  /** A filesystem replacement: go.mod's path, and the directory workspace-relative when go named it. */
  local?: { replacePath: string; relDir: string };
  /** Absolute directory of its files (module cache, vendor/ or local), for licenses. */
  dir?: string;
}

export interface SetMember extends CompiledModule {
  /** How go listed it (before replacement); `listedModuleKey` of this is the package graph's key. */
  listed: ListedModule;
  kind: 'module' | 'workspace-module';
  /** Reached only through test packages. */
  testOnly: boolean;
  /** A main-module package imports it. */
  direct: boolean;
  /** Some listed package imports it (false for module mode's build-list-only modules). */
  imported: boolean;
  /** Targets (GOOS/GOARCH) it was compiled for. */
  targets: Set<string>;
  /** Set when the options asked for licenses. */
  license?: LicenseResult;
}

/** A module left out of the set, and why. */
export interface LeftOut {
  path: string;
  version: string;
  reason: string;
}

export interface ComponentSet {
  mode: 'app' | 'module';
  graph: PackageGraph;
  /** One member per listed module (two listed modules may compile to the same identity). */
  members: SetMember[];
  leftOut: LeftOut[];
}

export class NoMainPackageError extends ProjectError {
  constructor(mod: GoModule, patterns: readonly string[]) {
    super(
      `No main package in ${mod.path} (${mod.relDir}) matches ${patterns.join(' ')}: mode 'app' describes what main packages compile into. ` +
        `Point 'packages' at your commands (e.g. ./cmd/...) or use mode: module for a library.`
    );
  }
}

export async function loadComponentSet(go: GoRunner, opts: ComponentSetOptions, listed?: ListedPackage[][]): Promise<ComponentSet> {
  const { mod } = opts;
  const mode = opts.mode === 'module' ? 'module' : 'app';
  const withTests = !(mode === 'app' && opts.excludeTestOnly && opts.listTests === false);
  const allModules = mode === 'module' ? listAllModules(go, opts) : undefined;
  // Handled below, after the package graph; this only keeps an early failure from counting as unhandled.
  allModules?.catch(() => undefined);
  const vendorDir = path.join(mod.dir, 'vendor');
  // License files are read while go still lists packages: in module mode for every listed module (each is a
  // member), in app mode for the module-cache directories of go.mod's requirements (most of them are linked).
  // Best effort: anything that fails here fails again, and is reported, where the member is built.
  const reader = opts.licenses;
  if (reader) {
    if (allModules) {
      allModules
        .then(ms => {
          for (const m of ms)
            if (!m.Main) {
              const c = compiledModule(m, opts.workspace, vendorDir);
              reader.readAhead(c.dir, licenseSource(c.dir, !c.local));
            }
        })
        .catch(() => undefined);
    } else if (!usesVendorDir(opts.env, opts.goEnv)) readRequiredLicensesAhead(reader, opts);
  }
  const { graph, listed: packages } = await loadPackageGraphListed(go, {
    cwd: mod.dir,
    env: opts.env,
    patterns: opts.patterns,
    targets: opts.targets,
    tags: opts.tags,
    mode,
    withTests,
    where: mod.relDir === '.' ? mod.path : `${mod.path} (${mod.relDir})`,
    listed
  });
  if (mode === 'app' && graph.mainPackages.length === 0) {
    // auto: a module with no main package (a library) is described by its module graph instead,
    // from the same listing when it holds the test packages module mode needs.
    if (opts.mode === 'auto') return loadComponentSet(go, { ...opts, mode: 'module' }, withTests ? packages : undefined);
    throw new NoMainPackageError(mod, opts.patterns);
  }
  const members: SetMember[] = [];
  const leftOut: LeftOut[] = [];
  const add = (m: ListedModule, flags: { runtime: boolean; test: boolean; direct: boolean; targets: Set<string>; imported: boolean }) => {
    if (m.Main && m.Path === mod.path) return;
    const testOnly = flags.test && !flags.runtime;
    if (testOnly && opts.excludeTestOnly) {
      leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'test-only (test-dependencies: exclude)' });
      return;
    }
    const compiled: CompiledModule = m.Main
      ? { path: m.Path, version: '', dir: m.Dir ?? opts.workspaceModules.get(m.Path)?.dir ?? '' }
      : compiledModule(m, opts.workspace, vendorDir);
    members.push({
      ...compiled,
      listed: m,
      kind: m.Main ? 'workspace-module' : 'module',
      testOnly,
      direct: flags.direct,
      imported: flags.imported,
      targets: flags.targets
    });
  };
  for (const reached of graph.modules.values()) add(reached.module, { ...reached, imported: true });
  if (allModules) {
    for (const m of await allModules) {
      if (m.Main || graph.modules.has(listedModuleKey(m))) continue;
      add(m, { runtime: true, test: false, direct: false, targets: new Set(), imported: false });
    }
  } else {
    for (const m of graph.unreached.values()) {
      if (m.Main) continue;
      leftOut.push({ path: m.Path, version: m.Version ?? '', reason: 'imported only by packages no main package or test needs' });
    }
  }
  if (reader) {
    await Promise.all(
      members.map(async m => {
        if (m.kind === 'module') m.license = await reader.read(m.dir, licenseSource(m.dir, !m.local));
      })
    );
  }
  return { mode, graph, members, leftOut: leftOut.sort((a, b) => compareText(a.path, b.path)) };
}

/**
 * Identity and files of a dependency as compiled: the replacement module for `replace a => b v`,
 * the replaced module's path and version for a filesystem replacement (which has no version of its own).
 */
export function compiledModule(m: ListedModule, workspace: string, vendorDir: string | undefined): CompiledModule {
  const replace = m.Replace;
  // go list reports no Version for a filesystem replacement; build info reports "(devel)". The path says which it is.
  const local = !!replace && (!replace.Version || isLocalReplacement(replace.Path));
  const c: CompiledModule = {
    path: replace && !local ? replace.Path : m.Path,
    version: replace && !local ? replace.Version! : (m.Version ?? '')
  };
  if (replace) c.replaces = { path: m.Path, version: m.Version ?? '' };
  if (local) {
    // Workspace-relative when the directory is known (never empty: the workspace root is "."), else as go.mod wrote it.
    const relDir = replace!.Dir ? path.relative(workspace, replace!.Dir).split(path.sep).join('/') || '.' : replace!.Path;
    c.local = { replacePath: replace!.Path, relDir };
    c.dir = replace!.Dir;
  } else {
    const moduleDir = replace?.Dir ?? m.Dir;
    c.dir = moduleDir || (vendorDir ? path.join(vendorDir, ...m.Path.split('/')) : undefined);
  }
  return c;
}

/** Where a module's license files are read from: vendor/, the module cache (a module download) or a local directory. */
export function licenseSource(dir: string | undefined, downloaded: boolean): LicenseResult['source'] {
  if (!dir) return 'none';
  if (dir.includes(`${path.sep}vendor${path.sep}`)) return 'vendor';
  return downloaded ? 'module-cache' : 'local';
}

/** The module-cache directories of go.mod's requirements (unless replaced), whose licenses app mode will most likely need. */
function readRequiredLicensesAhead(reader: LicenseReader, opts: ComponentSetOptions): void {
  const replaced = new Set(opts.mod.modFile.replace.map(r => r.oldPath));
  for (const r of opts.mod.modFile.require) {
    if (replaced.has(r.path) || !opts.goEnv.GOMODCACHE) continue;
    try {
      reader.readAhead(path.join(opts.goEnv.GOMODCACHE, `${escapeModulePath(r.path)}@${escapeModuleVersion(r.version)}`), 'module-cache');
    } catch {
      // Not a valid module path or version: go will say so.
    }
  }
}

/** go uses vendor/ outside a workspace unless -mod=mod (or readonly) is set. */
export function usesVendorDir(env: EnvOverlay, goEnv: GoEnv): boolean {
  return env.GOWORK === 'off' && !/-mod=(mod|readonly)/.test(goEnv.GOFLAGS ?? '');
}

/** Every module of the build list (module mode): vendor/modules.txt in vendor mode, else the caller's build list, else `go list -m all`. */
async function listAllModules(go: GoRunner, opts: ComponentSetOptions): Promise<ListedModule[]> {
  const vendored = usesVendorDir(opts.env, opts.goEnv) ? await readVendorModules(opts.mod.dir) : undefined;
  const given = vendored ? undefined : await opts.buildList;
  if (given) return [...given];
  return vendored ?? (await go.listJson<ListedModule>(['list', '-m', `-json=${MODULE_FIELDS}`, 'all'], { cwd: opts.mod.dir, env: opts.env })).values;
}
