import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  goSumKey,
  isInside,
  isolatedGoWorkEnv,
  parseGoSum,
  ProjectError,
  type Discovery,
  type EnvOverlay,
  type GoModule,
  type GoSumLine
} from '@go-ci-gates/core';
import { diffBuildLists, type loadBuildList, type BuildList, type ModuleChange } from './build-list.js';
import type { Churn } from './churn.js';
import { diffDirectives, type DirectiveChange } from './directives.js';
import type { SumVerdicts } from './sums.js';

/** How go runs for one side of one unit, never writing where it must not. */
export interface GoContext {
  cwd: string;
  env: EnvOverlay;
  flags: string[];
}

/** The review of one module (or, for the build list of a go.work, of the workspace). */
export interface UnitReview {
  /** Module path, or the go.work's path for a workspace's build list. */
  path: string;
  relDir: string;
  /** Workspace-relative file annotations go to (head go.mod, or go.work). */
  file: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged' | 'not-compared';
  /** New in this change (not in the base). */
  isNew: boolean;
  /** What could not be compared (`at base 1a2b3c4`, `at head`), and why. */
  problem?: { side: string; why: string };
  changes: ModuleChange[];
  directives: DirectiveChange[];
  /** go.sum (or go.work.sum) lines the head has and the base has not. */
  newSums: string[];
  /** Workspace-relative go.sum (or go.work.sum) of the head. */
  sumFile?: string;
  /** What the checksum database said of the new lines. */
  sumdb?: SumVerdicts;
  churn?: Churn;
  /** Why shipped (what the main packages compile) could not be told for this unit's changes, when it could not. */
  shippedProblem?: string;
}

/**
 * go for one module outside a go.work: go.mod and go.sum copied to a temp
 * directory and passed with -modfile, GOWORK=off (go writes go.sum beside the
 * -modfile, never in the module). The copies are made with synchronous calls:
 * go waits on them, and while the cores are busy each asynchronous call costs
 * an event-loop turn (measured: the base's listing started 0.2 s late).
 */
export async function soloContext(mod: GoModule, dir: string, root: string): Promise<GoContext> {
  mkdirSync(dir, { recursive: true });
  const modFile = path.join(dir, 'go.mod');
  writeFileSync(modFile, readConfined(path.join(mod.dir, 'go.mod'), root)!);
  const sum = readConfined(path.join(mod.dir, 'go.sum'), root);
  if (sum) writeFileSync(path.join(dir, 'go.sum'), sum);
  return { cwd: mod.dir, env: { GOWORK: 'off' }, flags: [`-modfile=${modFile}`] };
}

/**
 * A checkout file (go.mod, go.sum) read only when it stays inside `root` (the
 * workspace, or the unpacked base tree): a symlink that leads out is refused,
 * so no file of the machine reaches the summary. Undefined when it is absent.
 */
export function readConfined(file: string, root: string): Buffer | undefined {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return undefined;
  }
  if (!isInside(realpathSync(root), real))
    throw new ProjectError(`${path.basename(file)} in ${path.dirname(file)} is a symlink leading out of the checkout; mod-review does not read it`);
  // A directory or a device where go expects its file: go cannot read it either.
  if (!statSync(real).isFile()) throw new ProjectError(`${path.basename(file)} in ${path.dirname(file)} is not a regular file; go cannot read it`);
  return readFileSync(real);
}

/** go for a go.work: a temp copy of it (core's isolated go.work), run from its directory. */
export async function workspaceContext(discovery: Discovery, dir: string): Promise<GoContext> {
  return { cwd: discovery.goWork!.dir, env: await isolatedGoWorkEnv(discovery, dir), flags: [] };
}

/** go.sum lines of `head` that `base` lacks (a new module version, or a changed hash). */
export async function newSumLines(base: { file: string; root: string } | undefined, head: { file: string; root: string }): Promise<GoSumLine[]> {
  const read = async (f: { file: string; root: string } | undefined) => (f ? parseGoSum(readConfined(f.file, f.root)?.toString('utf8') ?? '').lines : []);
  const [b, h] = await Promise.all([read(base), read(head)]);
  const known = new Set(b.map(l => `${goSumKey(l)} ${l.hash}`));
  return h.filter(l => !known.has(`${goSumKey(l)} ${l.hash}`));
}

/** A go.sum line as go.sum writes it. */
export const sumLineText = (l: GoSumLine): string => `${l.module} ${l.version}${l.kind === 'go.mod' ? '/go.mod' : ''} ${l.hash}`;

/** Directly required module paths of a go.mod (no // indirect), or of every go.mod of a workspace. */
export function directPaths(mods: readonly GoModule[]): Set<string> {
  return new Set(mods.flatMap(m => m.modFile.require.filter(r => !r.indirect).map(r => r.path)));
}

/** A build list, or why go could not give it. */
export type Listing = Awaited<ReturnType<typeof loadBuildList>>;

/**
 * Both build lists (already asked of go) and their difference. A side whose list go cannot give
 * is a problem naming that side (never an empty diff).
 */
export async function compareBuildLists(
  base: Promise<Listing> | undefined,
  head: Promise<Listing>,
  direct: ReadonlySet<string>,
  baseLabel: string
): Promise<{ changes: ModuleChange[]; baseList?: BuildList; headList?: BuildList; problem?: { side: string; why: string } }> {
  const [b, h] = await Promise.all([base ?? { list: new Map() as BuildList }, head]);
  if ('problem' in h) return { changes: [], problem: { side: 'at head', why: h.problem } };
  if ('problem' in b) return { changes: [], problem: { side: `at base ${baseLabel}`, why: b.problem } };
  return { changes: diffBuildLists(b.list, h.list, direct), baseList: b.list, headList: h.list };
}

export { diffDirectives };
