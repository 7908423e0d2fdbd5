import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  code,
  pathRoots,
  quoteExcerpt,
  resolvePathInput,
  WORKSPACE_OR_RUNNER_TEMP,
  writeFileBelow,
  writeResolvedFile,
  compareGoVersionStrings,
  GoCommandError,
  runGate,
  type Block,
  type Cell,
  type Finding,
  type GateDefinition,
  type GateDeps,
  type GateResult,
  type PathRoots,
  type ResolvedPath
} from '@go-ci-gates/core';
import { compareVendorTrees, prefetchCommitted, type Comparison } from './compare.js';
import { differenceFindings } from './findings.js';
import { parseInputs, type VendorConsistencyInputs } from './inputs.js';
import { checkIntegrityLock, type LockCheck } from './lock-check.js';
import { offlineCheck, type OfflineResult } from './offline-check.js';
import { regenerateVendor, type Regenerated } from './regenerate.js';
import { rootRelative, vendorDirOf, vendorRoots, type VendorRoot } from './vendor-roots.js';
import { RULES } from './rules.js';

export { parseInputs };

interface RootOutcome {
  root: VendorRoot;
  present: boolean;
  /** Where a committed `vendor` symlink points (its target is never read). */
  vendorLink?: string;
  offline?: OfflineResult;
  offlineMs?: number;
  /** The file-by-file comparison with the regenerated tree. */
  compareMs?: number;
  lock?: LockCheck;
  regenerated?: Regenerated;
  /** The go version that regenerated (see Regenerated.goVersion). */
  goVersion?: string;
  comparison?: Comparison;
}

export async function execute(inputs: VendorConsistencyInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery, tempDir, env, workspace } = deps;
  const findings: Finding[] = [];
  const outcomes: RootOutcome[] = [];
  const paths = pathRoots(workspace, env);
  const patchTarget = resolvePatchPath(inputs.patchPath, paths);
  const roots = vendorRoots(discovery);
  let patch = '';
  const lockFiles: string[] = [];
  const leaveToRunner = runnerEmptiesTemp(env, tempDir);
  for (const [index, root] of roots.entries()) {
    const vendorLink = await readVendorLink(root);
    const outcome: RootOutcome = { root, present: vendorLink !== undefined || existsSync(vendorDirOf(root)), vendorLink };
    outcomes.push(outcome);
    if (vendorLink !== undefined) {
      findings.push(vendorLinkFinding(root, vendorLink));
      continue;
    }
    if (!outcome.present) {
      findings.push(absentFinding(root, inputs.requireVendor));
      continue;
    }
    // The go command regenerates while the offline pre-check reads the committed tree: the
    // pre-check needs nothing from it, and on a mid-size tree it is most of the gate's own time.
    let ownWorkDone = (): void => undefined;
    const askVersion = new Promise<void>(resolve => (ownWorkDone = resolve));
    const regenerating = inputs.regenerate ? regenerateVendor(go, root, { workspace, tempDir, index, processEnv: env, askVersion }) : undefined;
    regenerating?.catch(() => undefined); // awaited below; a failure is handled there, not reported as unhandled meanwhile
    const t0 = performance.now();
    try {
      outcome.offline = await offlineCheck(root);
      findings.push(...outcome.offline.findings);
      if (inputs.integrityLock) {
        outcome.lock = await checkIntegrityLock(root, outcome.offline, inputs.integrityLock, paths);
        findings.push(...outcome.lock.findings);
      }
    } catch (err) {
      // Never leave go writing into the temp dir the gate is about to remove (nor its version check running).
      const regenerated = await regenerating?.catch(() => undefined);
      await regenerated?.goVersion.catch(() => undefined);
      throw err;
    }
    outcome.offlineMs = performance.now() - t0;
    if (!regenerating) continue;
    // The rest of go's run is idle time for this thread: read the committed files the comparison will need.
    const committedContents = new Map<string, Buffer>();
    let regenerated = false;
    regenerating.then(
      () => (regenerated = true),
      () => (regenerated = true)
    );
    await prefetchCommitted(vendorDirOf(root), outcome.offline.tree, committedContents, () => !regenerated);
    ownWorkDone();
    try {
      outcome.regenerated = await regenerating;
      outcome.regenerated.goVersion.catch(() => undefined); // awaited after the comparison
    } catch (err) {
      const skew = toolchainRefusal(root, err);
      if (!skew) throw err;
      findings.push(skew);
      continue;
    }
    const compareStarted = performance.now();
    outcome.comparison = await compareVendorTrees({
      committedDir: vendorDirOf(root),
      committedTree: outcome.offline.tree,
      committedModulesTxt: outcome.offline.modulesTxt,
      regeneratedDir: outcome.regenerated.vendorDir,
      allowExtra: inputs.allowExtra,
      patchPrefix: rootRelative(root, 'vendor'),
      releaseRegenerated: !leaveToRunner,
      committedContents
    });
    if (leaveToRunner) await fs.rename(outcome.regenerated.scratchDir, `${tempDir}-regenerated-${index}`);
    outcome.compareMs = performance.now() - compareStarted;
    findings.push(...differenceFindings(root, outcome.comparison, outcome.offline.modulesTxt));
    outcome.goVersion = await outcome.regenerated.goVersion;
    if (outcome.comparison.skew) findings.push(skewFinding(root, outcome.comparison, outcome.goVersion));
    patch += outcome.comparison.patch;
  }

  const outputs: Record<string, string | number> = {};
  const count = (cls: string) => outcomes.reduce((n, o) => n + (o.comparison?.differences.filter(d => d.class === cls).length ?? 0), 0);
  outputs['modified-count'] = count('modified');
  outputs['missing-count'] = count('missing');
  outputs['extra-count'] = count('extra');
  outputs['symlink-count'] = outcomes.reduce((n, o) => n + (o.offline?.symlinks.length ?? 0), 0);
  outputs['inconsistent-count'] = outcomes.reduce((n, o) => n + (o.offline?.consistency.problems.length ?? 0), 0);
  if (inputs.regenerate && outcomes.some(o => o.comparison)) {
    await writeResolvedFile(patchTarget, patch);
    outputs['patch-path'] = patchTarget.path;
  }
  for (const o of outcomes) if (o.lock) lockFiles.push(await keepLock(o, paths));
  if (lockFiles.length) outputs['integrity-lock-path'] = lockFiles.join('\n');

  return {
    findings,
    headline: headline(outcomes, inputs),
    sections: sections(outcomes, inputs, patch, outputs['patch-path'] as string | undefined),
    outputs,
    data: outcomes.map(o => ({
      root: o.root.relDir,
      kind: o.root.kind,
      vendor: o.present,
      offlineMs: o.offlineMs === undefined ? undefined : Math.round(o.offlineMs),
      regenerateMs: o.regenerated && Math.round(o.regenerated.durationMs),
      compareMs: o.compareMs === undefined ? undefined : Math.round(o.compareMs),
      inconsistencies: o.offline?.consistency.problems.map(p => ({
        rule: p.kind, // the report's field keeps its name
        module: p.module,
        detail: p.detail,
        file: p.file,
        line: p.line,
        modulesTxtLine: p.modulesTxtLine
      })),
      goError: o.offline?.consistency.goError(o.root.dir) || undefined,
      symlinks: o.offline?.symlinks,
      regeneratedWith: o.goVersion,
      differences: o.comparison?.differences.map(d => ({
        class: d.class,
        path: `vendor/${d.path}`,
        module: d.module,
        line: d.line,
        binary: d.binary || undefined
      })),
      skew: o.comparison?.skew,
      lock: o.lock && { file: o.lock.file, status: o.lock.status, entries: o.lock.computed, text: o.lock.computedText }
    }))
  };
}

/**
 * On an Actions runner the regenerated tree is left in RUNNER_TEMP, which the
 * runner empties after the job (a hosted runner's machine is discarded whole),
 * exactly where `go mod vendor -o "$RUNNER_TEMP/…" && diff -r` would leave it:
 * removing thousands of files the runner removes anyway cost the gate as long
 * as the comparison. Elsewhere (the CLI, a plain temp dir) it is removed.
 */
export function runnerEmptiesTemp(env: NodeJS.ProcessEnv, tempDir: string): boolean {
  const runnerTemp = env.RUNNER_TEMP;
  return env.GITHUB_ACTIONS === 'true' && Boolean(runnerTemp) && path.dirname(tempDir) === path.resolve(runnerTemp!);
}

/** The computed lock, copied out of the temp dir (removed after the run) next to the report. */
async function keepLock(o: RootOutcome, paths: PathRoots): Promise<string> {
  const dest = path.join(
    paths.runnerTemp,
    'go-ci-gates',
    'vendor-consistency-lock',
    o.root.relDir === '.' ? 'root' : o.root.relDir.replace(/\//g, '__'),
    path.basename(o.lock!.file)
  );
  await writeFileBelow(paths.runnerTemp, dest, o.lock!.computedText);
  return dest;
}

/** `patch-path` is written: a file in the workspace or RUNNER_TEMP (default RUNNER_TEMP/go-ci-gates/vendor-consistency.patch). */
function resolvePatchPath(value: string, paths: PathRoots): ResolvedPath {
  if (value) return resolvePathInput(value, { input: 'patch-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, paths);
  return { input: 'patch-path', value, path: path.join(paths.runnerTemp, 'go-ci-gates', 'vendor-consistency.patch'), root: paths.runnerTemp, exists: false };
}

/** The target of a committed `vendor` that is a symlink, else undefined. */
async function readVendorLink(root: VendorRoot): Promise<string | undefined> {
  const st = await fs.lstat(vendorDirOf(root)).catch(() => undefined);
  return st?.isSymbolicLink() ? fs.readlink(vendorDirOf(root)) : undefined;
}

/**
 * go mod vendor writes a real directory. A committed link could make the
 * gate read (and show in the summary and patch) a tree outside the checkout,
 * so its target is named, never read.
 */
function vendorLinkFinding(root: VendorRoot, target: string): Finding {
  const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
  const vendor = rootRelative(root, 'vendor');
  return {
    rule: 'vendor-symlink',
    severity: 'error',
    module: root.owner.path,
    file: vendor,
    title: 'vendor/ is a symlink',
    message: `${vendor} is a symlink (to ${quoteExcerpt(target)}), not the directory ${sync} writes; the gate does not follow it, so nothing in it was checked.`,
    fix: { description: `Replace the symlink with the directory ${sync} writes`, command: sync }
  };
}

function absentFinding(root: VendorRoot, required: boolean): Finding {
  const sync = root.kind === 'workspace' ? 'go work vendor' : 'go mod vendor';
  return {
    rule: 'vendor-absent',
    severity: required ? 'error' : 'notice',
    module: root.owner.path,
    file: root.kind === 'workspace' ? root.work!.file : root.owner.goModFile,
    line: 1,
    title: 'No vendor/ directory',
    message: required
      ? `${root.label} has no vendor/ directory, and require-vendor is true.`
      : `${root.label} has no vendor/ directory: nothing to check (set require-vendor: true to make this an error).`,
    fix: required ? { description: `Vendor the dependencies with ${sync}`, command: sync } : undefined
  };
}

/** The go command refusing to run because the go line needs a newer toolchain than it may switch to. */
function toolchainRefusal(root: VendorRoot, err: unknown): Finding | undefined {
  if (!(err instanceof GoCommandError)) return undefined;
  const m = /requires go >= (\S+) \(running go (\S+); GOTOOLCHAIN=([^)]*)\)/.exec(err.stderr);
  if (!m) return undefined;
  return {
    rule: 'toolchain-skew',
    severity: 'error',
    module: root.owner.path,
    file: root.versionFile.file,
    line: root.versionFile.goLine,
    title: 'Go toolchain too old to regenerate vendor/',
    message: `${root.versionFile.file} requires go >= ${m[1]}, but the go command is ${m[2]} and GOTOOLCHAIN=${m[3]} forbids switching, so vendor/ cannot be regenerated to compare. Install Go ${m[1]} (actions/setup-go with go-version-file) or allow GOTOOLCHAIN=auto.`
  };
}

function skewFinding(root: VendorRoot, cmp: Comparison, goVersion: string): Finding {
  const lines = cmp.skew!.lines;
  const asked = root.versionFile.toolchain ?? (root.versionFile.go ? `go${root.versionFile.go}` : 'no go line');
  const newer = root.versionFile.go && compareGoVersionStrings(goVersion, root.versionFile.go) > 0;
  return {
    rule: 'toolchain-skew',
    severity: 'warning',
    module: root.owner.path,
    file: rootRelative(root, 'vendor/modules.txt'),
    line: lines[0].line,
    title: 'modules.txt written by another go version',
    message:
      `vendor/modules.txt differs from what go ${goVersion} writes only in ${lines.length} "## go" annotation line${lines.length === 1 ? '' : 's'} ` +
      `(e.g. line ${lines[0].line}: ${JSON.stringify(lines[0].committed)} vs ${JSON.stringify(lines[0].regenerated)}); ${root.versionFile.file} asks for ${asked}` +
      `${newer ? ', older than the go command that ran' : ''}. Packages and files match; regenerate with the toolchain the go/toolchain lines select to clear this.`
  };
}

function headline(outcomes: RootOutcome[], inputs: VendorConsistencyInputs): string {
  const vendored = outcomes.filter(o => o.present);
  if (!vendored.length) return `No vendor/ directory in ${outcomes.length} ${outcomes.length === 1 ? 'module' : 'roots'}.`;
  const diffs = outcomes.reduce((n, o) => n + (o.comparison?.differences.filter(d => d.class !== 'allowed-extra').length ?? 0), 0);
  const problems = outcomes.reduce((n, o) => n + (o.offline?.consistency.problems.length ?? 0), 0);
  const how = inputs.regenerate
    ? `${diffs} file difference${diffs === 1 ? '' : 's'} against a fresh go mod vendor`
    : 'offline pre-check only (regenerate: false)';
  return `${vendored.length} vendor tree${vendored.length === 1 ? '' : 's'}: ${problems} modules.txt inconsistenc${problems === 1 ? 'y' : 'ies'}, ${how}.`;
}

function sections(outcomes: RootOutcome[], inputs: VendorConsistencyInputs, patch: string, patchPath: string | undefined): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Vendor trees' }];
  const n = (o: RootOutcome, cls: string): Cell => (o.comparison ? o.comparison.differences.filter(d => d.class === cls).length : '–');
  blocks.push({
    kind: 'table',
    columns: ['Root', 'Mode', 'Modules', 'modules.txt vs go.mod', 'Modified', 'Missing', 'Extra', 'Symlinks', 'Regenerated with'],
    align: ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'left'],
    rows: outcomes.map(o => [
      code(o.root.relDir),
      o.root.kind,
      o.offline ? o.offline.modulesTxt.entries.filter(e => e.version).length : '–',
      o.vendorLink !== undefined
        ? 'vendor/ is a symlink'
        : !o.present
          ? 'no vendor/'
          : o.offline!.consistency.problems.length
            ? `${o.offline!.consistency.problems.length} inconsistent`
            : 'consistent',
      n(o, 'modified'),
      n(o, 'missing'),
      n(o, 'extra'),
      o.offline ? o.offline.symlinks.length : '–',
      o.goVersion ? `go ${o.goVersion}` : inputs.regenerate ? '–' : 'skipped (regenerate: false)'
    ])
  });
  for (const o of outcomes) {
    const err = o.offline?.consistency.goError(o.root.dir);
    if (err) {
      blocks.push({ kind: 'heading', level: 4, text: `What go build -mod=vendor says in ${o.root.relDir}` });
      blocks.push({ kind: 'code', text: err.replace(o.root.dir, o.root.relDir === '.' ? '.' : o.root.relDir) });
    }
  }
  const rows: Cell[][] = [];
  for (const o of outcomes) {
    for (const d of o.comparison?.differences ?? [])
      rows.push([d.class, d.module ? code(d.module) : '–', code(rootRelative(o.root, `vendor/${d.path}`) + (d.line ? `:${d.line}` : ''))]);
  }
  const ROW_CAP = 100;
  if (rows.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Differences from a fresh vendor/' });
    blocks.push({
      kind: 'table',
      columns: ['Class', 'Module', 'File'],
      rows: rows.slice(0, ROW_CAP),
      note: rows.length > ROW_CAP ? `${rows.length - ROW_CAP} more rows in the JSON report and the patch.` : undefined
    });
  }
  const snippet = diffSnippet(outcomes, inputs.maxDiffLines);
  if (snippet)
    blocks.push({ kind: 'details', summary: 'Diff (committed → what go mod vendor produces)', blocks: [{ kind: 'code', lang: 'diff', text: snippet }] });
  if (patchPath && patch) blocks.push({ kind: 'paragraph', strong: 'Full patch: ', text: `${patchPath} (apply with git apply to sync vendor/).` });
  return blocks;
}

/** modules.txt first, then the smallest text diffs, until the line budget is spent. */
function diffSnippet(outcomes: RootOutcome[], budget: number): string {
  const diffs = outcomes.flatMap(o => o.comparison?.differences.filter(d => d.diff) ?? []);
  diffs.sort((a, b) => (a.path === 'modules.txt' ? -1 : b.path === 'modules.txt' ? 1 : a.bytes - b.bytes));
  const out: string[] = [];
  let left = budget;
  for (const d of diffs) {
    if (left <= 0) break;
    const lines = d.diff!.trimEnd().split('\n');
    out.push(...lines.slice(0, left));
    if (lines.length > left) out.push(`... (${lines.length - left} more lines in the patch)`);
    left -= lines.length;
  }
  return out.join('\n');
}

export const gate: GateDefinition<VendorConsistencyInputs> = {
  name: 'vendor-consistency',

  rules: RULES,
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}
