import { importantStderr, type GoModule, type GoRunner } from '@go-ci-gates/core';
import { modFlag, readonlyGoFlags } from './goflags.js';
import { tagsLabel, type Target } from './targets.js';

/** The error object go list prints in `Error` and `DepsErrors` (cmd/go's PackageError). */
export interface PackageError {
  ImportStack?: string[];
  Pos?: string;
  Err: string;
}

/**
 * The fields of `go list -json` the gate reads. Naming them matters for speed:
 * plain `-json` includes Stale, for which go list plans a build of every
 * package to work out staleness; without it go only loads packages.
 */
export interface ListedPackage {
  ImportPath: string;
  Dir?: string;
  ForTest?: string;
  DepOnly?: boolean;
  Standard?: boolean;
  Module?: { Path: string; Dir?: string };
  GoFiles?: string[];
  CgoFiles?: string[];
  TestGoFiles?: string[];
  XTestGoFiles?: string[];
  IgnoredGoFiles?: string[];
  /** Every package this one depends on, implicit ones (runtime/cgo for cgo) included: asked for in tests runs only. */
  Deps?: string[];
  Error?: PackageError;
  DepsErrors?: PackageError[];
}

export const LIST_FIELDS = [
  'ImportPath',
  'Dir',
  'ForTest',
  'DepOnly',
  'Module',
  'GoFiles',
  'CgoFiles',
  'TestGoFiles',
  'XTestGoFiles',
  'IgnoredGoFiles',
  'Error',
  'DepsErrors'
];

/** One error seen in one target, before deduplication across targets. */
export interface ObservedError {
  err: string;
  pos?: string;
  /** The package that could not be loaded (the missing import), when known. */
  failingPackage?: string;
  /** The package whose source imports it (top of the import stack, test marker removed). */
  importer?: string;
  importerIsTest: boolean;
  /** The go list run failed as a whole (nothing listed): go.mod-level problems. */
  commandLevel: boolean;
}

export interface TargetRun {
  errors: ObservedError[];
  /** Directory and files of every listed package, to find import lines when Pos is missing. */
  packages: Map<string, ListedPackage>;
  packageCount: number;
  durationMs: number;
  args: string[];
  exitCode: number | null;
  /** Not run: read from the target's run with tests, which loaded everything cleanly (coveredByTests). */
  coveredBy?: string[];
}

export function listArgs(target: Target, patterns: readonly string[], inWorkspace: boolean): string[] {
  return [
    'list',
    ...modFlag(inWorkspace),
    '-e',
    // A tests run also answers for its target without tests (coveredByTests), from its packages' Deps.
    `-json=${[...LIST_FIELDS, ...(target.tests ? ['Deps'] : [])].join(',')}`,
    '-deps',
    ...(target.tests ? ['-test'] : []),
    ...(target.tags.length ? [`-tags=${tagsLabel(target.tags)}`] : []),
    '--',
    ...patterns
  ];
}

export function targetEnv(target: Target, userGoFlags: string | undefined, goWorkFile: string | undefined): Record<string, string> {
  return {
    GOOS: target.goos,
    GOARCH: target.goarch,
    CGO_ENABLED: target.cgoEnabled,
    GOFLAGS: readonlyGoFlags(userGoFlags),
    // Outside a go.work each module stands alone, whatever GOWORK says in the environment.
    GOWORK: goWorkFile ?? 'off'
  };
}

/** Strips go's markers: "p (test)" and "p [q.test]". */
export function basePackage(importPath: string): { path: string; test: boolean } {
  const test = / \(test\)$/.test(importPath) || / \[.*\]$/.test(importPath) || importPath.endsWith('.test');
  return { path: importPath.replace(/ \(test\)$/, '').replace(/ \[.*\]$/, ''), test };
}

/** The package an error is about, read from go's message when the JSON does not say. */
export function packageNamedIn(err: string): string | undefined {
  const m =
    /providing package (\S+?)[;:)]?(?:\s|$)/.exec(err) ??
    /provides package (\S+?);/.exec(err) ??
    /package (\S+?) is not in (?:std|GOROOT)/.exec(err) ??
    /^package (\S+?)[: ]/.exec(err);
  return m?.[1];
}

/** Turns the listed packages of one run into errors, one per distinct (err, pos, stack). */
export function collectErrors(packages: Iterable<ListedPackage>): ObservedError[] {
  const byKey = new Map<string, ObservedError>();
  const add = (e: PackageError, owner?: ListedPackage) => {
    const stack = (e.ImportStack ?? []).filter(Boolean);
    const failing = owner?.ImportPath ? basePackage(owner.ImportPath).path : packageNamedIn(e.Err);
    // Older go versions end the stack with the failing package itself.
    const trimmed = stack.length && failing && basePackage(stack[stack.length - 1]).path === failing && stack.length > 1 ? stack.slice(0, -1) : stack;
    const top = trimmed.length ? basePackage(trimmed[trimmed.length - 1]) : undefined;
    const key = `${e.Err}\u0000${e.Pos ?? ''}\u0000${trimmed.join('>')}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.failingPackage ??= failing;
      return;
    }
    byKey.set(key, {
      err: e.Err,
      ...(e.Pos ? { pos: e.Pos } : {}),
      failingPackage: failing,
      importer: top?.path ?? failing,
      importerIsTest: top?.test ?? false,
      commandLevel: false
    });
  };
  for (const p of packages) {
    if (p.Error) add(p.Error, p);
    for (const e of p.DepsErrors ?? []) add(e);
  }
  return [...byKey.values()];
}

/** Runs go list for one module and target, deciding from the JSON errors, never from the exit code alone. */
export async function listTarget(
  go: GoRunner,
  mod: GoModule,
  target: Target,
  opts: { patterns: readonly string[]; goWorkFile?: string; userGoFlags?: string; timeoutMs?: number }
): Promise<TargetRun> {
  const args = listArgs(target, opts.patterns, opts.goWorkFile !== undefined);
  const packages = new Map<string, ListedPackage>();
  const listed: ListedPackage[] = [];
  const result = await go.streamJson<ListedPackage>(
    args,
    { cwd: mod.dir, env: targetEnv(target, opts.userGoFlags, opts.goWorkFile), allowFailure: true, timeoutMs: opts.timeoutMs },
    p => {
      listed.push(p);
      packages.set(p.ImportPath, p);
    }
  );
  const errors = collectErrors(listed);
  if ((result.exitCode !== 0 || result.signal) && errors.length === 0) {
    // go list -e still fails as a whole when the module graph cannot load
    // (go.mod needs updates, go line too new, a go.mod checksum missing).
    const text = importantStderr(result.stderr, 10) || `go list exited with ${result.exitCode ?? result.signal}`;
    errors.push({ err: text.replace(/^go: /gm, ''), importerIsTest: false, commandLevel: true });
  }
  return { errors, packages, packageCount: listed.length, durationMs: result.durationMs, args, exitCode: result.exitCode };
}

/**
 * A target without tests, read from the run of the same target with tests
 * when that run loaded every package without an error: `go list -deps -test`
 * lists every package `go list -deps` lists (the patterns' packages, loaded as
 * the same target, then their tests), so the target without tests cannot fail
 * where its tests run did not. Its packages are the patterns' packages and
 * their dependencies, as `go list -deps` lists them.
 * Undefined when the run with tests failed: the target is then run on its own,
 * so its errors and their import stacks are go's own for that target.
 */
export function coveredByTests(testRun: TargetRun, target: Target, patterns: readonly string[], inWorkspace: boolean): TargetRun | undefined {
  if (testRun.exitCode !== 0 || testRun.errors.length) return undefined;
  const all = [...testRun.packages.values()];
  const testedBy = new Set(all.filter(p => p.ForTest).map(p => p.ForTest));
  // The test main of p is listed as "p.test", with no ForTest: not a package of the build without tests.
  const isTestMain = (p: ListedPackage) => !p.ForTest && p.ImportPath.endsWith('.test') && testedBy.has(p.ImportPath.slice(0, -'.test'.length));
  const roots = all.filter(p => !p.ForTest && !p.DepOnly && !isTestMain(p));
  // What go list -deps lists: the patterns' packages and everything they depend on, as go counts it
  // (Deps has the implicit dependencies too, such as runtime/cgo, which no import line names).
  const packages = new Map<string, ListedPackage>();
  for (const root of roots) {
    packages.set(root.ImportPath, root);
    for (const d of root.Deps ?? []) {
      const dep = testRun.packages.get(d);
      // Every dependency of a package that loaded is listed; a missing one means the listing is not what this reads it as.
      if (!dep || dep.ForTest) return undefined;
      packages.set(d, dep);
    }
  }
  return {
    errors: [],
    packages,
    packageCount: packages.size,
    durationMs: 0,
    args: listArgs(target, patterns, inWorkspace),
    exitCode: 0,
    coveredBy: testRun.args
  };
}
