import { ProjectError } from '../errors.js';
import type { Platform } from '../go/dist-list.js';
import type { EnvOverlay, GoRunner } from '../go/go-runner.js';

/** The fields of `go list -json` the component set reads (asked for with -json=..., so go skips the rest). */
export interface ListedModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Dir?: string;
  GoMod?: string;
  Replace?: { Path: string; Version?: string; Dir?: string };
}

export interface ListedPackage {
  ImportPath: string;
  Name?: string;
  Standard?: boolean;
  DepOnly?: boolean;
  ForTest?: string;
  Imports?: string[];
  Module?: ListedModule;
  Error?: { Err: string; Pos?: string };
  DepsErrors?: { Err: string }[];
}

const LIST_FIELDS = 'ImportPath,Name,Standard,DepOnly,ForTest,Imports,Module,Error,DepsErrors';
/** The fields of ListedModule, for `go list -m -json=...`. */
export const MODULE_FIELDS = 'Path,Version,Main,Dir,GoMod,Replace';

/** A module as the package graph saw it: its identity key is `path@version` before replacement. */
export interface ReachedModule {
  module: ListedModule;
  /** Reached from the roots without going through a test package. */
  runtime: boolean;
  /** Reached from a test package. */
  test: boolean;
  /** A main-module package (any variant) imports one of its packages. */
  direct: boolean;
  /** Targets (GOOS/GOARCH) it was compiled for. */
  targets: Set<string>;
}

export interface PackageGraph {
  /** key `path@version` (pre-replacement; version empty for main modules) → module. */
  modules: Map<string, ReachedModule>;
  /** Module-level import edges between keys; `std` stands for the standard library. */
  edges: Map<string, Set<string>>;
  /** Main packages found (app mode roots). */
  mainPackages: string[];
  /** Modules seen only in packages neither a main package nor a test reaches. */
  unreached: Map<string, ListedModule>;
  /** Whether any reached package is from the standard library. */
  usesStd: boolean;
}

export const STD_KEY = 'std';

export function listedModuleKey(m: ListedModule): string {
  return `${m.Path}@${m.Main ? '' : (m.Version ?? '')}`;
}

function isTestVariant(p: ListedPackage): boolean {
  // `p [p.test]` variants carry ForTest; the generated test main is `p.test`.
  return p.ImportPath.includes(' [') || !!p.ForTest || (p.ImportPath.endsWith('.test') && p.Name === 'main');
}

export interface PackageGraphOptions {
  cwd: string;
  env: EnvOverlay;
  patterns: string[];
  targets: Platform[];
  tags: string[];
  /** app: roots are main packages; module: roots are every matched package. */
  mode: 'app' | 'module';
  withTests: boolean;
  /** Workspace-relative module dir, for messages. */
  where: string;
  /** What go listed for these options before (one list per target, from loadPackageGraphListed): not asked again. */
  listed?: ListedPackage[][];
}

/**
 * One `go list -deps -test -json` per target gives every package compiled for
 * the targets, with its module and imports; walking imports from the roots
 * tells runtime modules from test-only ones (no `go mod why`, no downloads
 * beyond what building needs).
 */
export async function loadPackageGraph(go: GoRunner, opts: PackageGraphOptions): Promise<PackageGraph> {
  return (await loadPackageGraphListed(go, opts)).graph;
}

/** loadPackageGraph, and what go listed (one list per target), for a second graph of the same packages in another mode. */
export async function loadPackageGraphListed(go: GoRunner, opts: PackageGraphOptions): Promise<{ graph: PackageGraph; listed: ListedPackage[][] }> {
  const listed: ListedPackage[][] = [];
  const graph: PackageGraph = { modules: new Map(), edges: new Map(), mainPackages: [], unreached: new Map(), usesStd: false };
  const targets: (Platform | undefined)[] = opts.targets.length ? opts.targets : [undefined];
  const mains = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const targetName = target ? `${target.goos}/${target.goarch}` : 'host';
    const args = ['list', '-e', '-deps', ...(opts.withTests ? ['-test'] : []), `-json=${LIST_FIELDS}`];
    if (opts.tags.length) args.push(`-tags=${opts.tags.join(',')}`);
    args.push('--', ...opts.patterns);
    const env: EnvOverlay = { ...opts.env, ...(target ? { GOOS: target.goos, GOARCH: target.goarch } : {}) };
    const values = opts.listed?.[i] ?? (await go.listJson<ListedPackage>(args, { cwd: opts.cwd, env })).values;
    listed.push(values);
    const byPath = new Map(values.map(p => [p.ImportPath, p]));
    const problems = values.filter(p => p.Error && !p.DepOnly).map(p => `${p.ImportPath}: ${p.Error!.Err.trim()}`);
    const depProblems = values.filter(p => p.Error && p.DepOnly).map(p => `${p.ImportPath}: ${p.Error!.Err.trim()}`);
    if (problems.length || depProblems.length) {
      const all = [...problems, ...depProblems];
      throw new ProjectError(
        `go list could not load the packages of ${opts.where} for ${targetName}: ${all.slice(0, 3).join('; ')}${all.length > 3 ? ` (and ${all.length - 3} more)` : ''}`
      );
    }
    const roots = values.filter(p => !p.DepOnly && !isTestVariant(p) && (opts.mode === 'module' || p.Name === 'main'));
    for (const r of roots) if (r.Name === 'main') mains.add(r.ImportPath);
    const testRoots = values.filter(p => !p.DepOnly && isTestVariant(p));
    const runtime = walk(roots, byPath);
    const tested = opts.withTests ? walk(testRoots, byPath) : new Set<string>();
    for (const p of values) {
      const inRuntime = runtime.has(p.ImportPath);
      const inTest = tested.has(p.ImportPath);
      if (p.Standard) {
        if (inRuntime || inTest) graph.usesStd = true;
        continue;
      }
      if (!p.Module) continue;
      const key = listedModuleKey(p.Module);
      if (!inRuntime && !inTest) {
        if (!graph.modules.has(key)) graph.unreached.set(key, p.Module);
        continue;
      }
      graph.unreached.delete(key);
      let reached = graph.modules.get(key);
      if (!reached) {
        reached = { module: p.Module, runtime: false, test: false, direct: false, targets: new Set() };
        graph.modules.set(key, reached);
      }
      reached.runtime ||= inRuntime;
      reached.test ||= inTest;
      reached.targets.add(targetName);
      for (const imp of p.Imports ?? []) {
        const dep = byPath.get(imp);
        if (!dep) continue;
        const depKey = dep.Standard ? STD_KEY : dep.Module ? listedModuleKey(dep.Module) : undefined;
        if (!depKey || depKey === key) continue;
        let set = graph.edges.get(key);
        if (!set) graph.edges.set(key, (set = new Set()));
        set.add(depKey);
      }
    }
    // Direct: some main-module package (any variant) imports a package of the module.
    for (const p of values) {
      if (!p.Module?.Main || (!runtime.has(p.ImportPath) && !tested.has(p.ImportPath))) continue;
      for (const imp of p.Imports ?? []) {
        const dep = byPath.get(imp);
        if (dep?.Module && !dep.Module.Main) {
          const reached = graph.modules.get(listedModuleKey(dep.Module));
          if (reached) reached.direct = true;
        }
      }
    }
  }
  graph.mainPackages = [...mains].sort();
  return { graph, listed };
}

function walk(roots: readonly ListedPackage[], byPath: Map<string, ListedPackage>): Set<string> {
  const seen = new Set<string>();
  const stack = roots.map(r => r.ImportPath);
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    for (const imp of byPath.get(p)?.Imports ?? []) if (!seen.has(imp)) stack.push(imp);
  }
  return seen;
}
