import {
  code,
  distList,
  isolatedGoWorkEnv,
  mapLimit,
  runGate,
  type Finding,
  type GateDefinition,
  type GateDeps,
  type GateResult,
  type GoModule
} from '@go-ci-gates/core';
import { CLASS_RULES, CLASS_TITLES, classify, fixFor, type ErrorClass } from './classify.js';
import { parseInputs, type ReadonlyListInputs } from './inputs.js';
import { coveredByTests, listTarget, type TargetRun } from './list-target.js';
import { locate, type Location } from './locate.js';
import { defaultParallelism } from './run-matrix.js';
import { buildMatrix, targetLabel, type Target } from './targets.js';
import { describeWhere } from './where.js';
import { RULES } from './rules.js';

export { parseInputs };

/** One distinct load error, merged across the targets it occurs in. */
export interface LoadError {
  module: string;
  class: ErrorClass;
  err: string;
  package?: string;
  importer?: string;
  location?: Location;
  targets: Target[];
  where: string;
  fix: Finding['fix'];
}

export async function execute(inputs: ReadonlyListInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery, workspace } = deps;
  // Both are cached per runner; asked together so the matrix starts sooner.
  const [goEnv, dist, workEnv] = await Promise.all([go.goEnv(), distList(go), isolatedGoWorkEnv(discovery, deps.tempDir)]);
  // Under a go.work, go list runs against core's temp copy of it: go writes go.work.sum there, not into the checkout.
  const goWorkFile = discovery.goWork ? workEnv.GOWORK : undefined;
  const targets = buildMatrix({
    platforms: inputs.platforms,
    tagSets: inputs.tagSets,
    tests: inputs.tests,
    cgo: inputs.cgo,
    host: { goos: goEnv.GOOS, goarch: goEnv.GOARCH, cgoEnabled: goEnv.CGO_ENABLED },
    dist
  });
  const jobs = discovery.modules.flatMap(mod => targets.map(target => ({ mod, target })));
  // Longest first: -test runs list several times the packages, so starting them
  // first keeps every worker busy until the end (results stay in matrix order).
  // A target without tests waits for its run with tests: when that loaded
  // everything, it covers this one (coveredByTests), else this one runs too.
  const order = jobs.map((_, i) => i).sort((a, b) => Number(jobs[b].target.tests) - Number(jobs[a].target.tests) || a - b);
  const withTests = new Map<number, Promise<TargetRun>>();
  const pairOf = (i: number) => jobs.findIndex(j => j.mod === jobs[i].mod && j.target.tests && sameBuild(j.target, jobs[i].target));
  const parallel = inputs.parallel || defaultParallelism();
  const started = performance.now();
  const run = (i: number) => listTarget(go, jobs[i].mod, jobs[i].target, { patterns: inputs.packages, goWorkFile, userGoFlags: goEnv.GOFLAGS });
  const ordered = await mapLimit(order, parallel, async i => {
    if (jobs[i].target.tests) {
      const r = run(i);
      withTests.set(i, r);
      return r;
    }
    const pair = pairOf(i);
    const tested = pair >= 0 ? await withTests.get(pair) : undefined;
    return (tested && coveredByTests(tested, jobs[i].target, inputs.packages, goWorkFile !== undefined)) ?? run(i);
  });
  const runs: TargetRun[] = new Array(jobs.length);
  order.forEach((jobIndex, k) => (runs[jobIndex] = ordered[k]));
  const wallMs = performance.now() - started;
  const goListRuns = runs.filter(r => !r.coveredBy).length;

  const merged = mergeErrors(jobs, runs, targets, workspace, inputs.packages);
  const findings = merged.map(toFinding);
  return {
    findings,
    headline:
      `go list -mod=readonly over ${discovery.modules.length} module${discovery.modules.length === 1 ? '' : 's'} × ${targets.length} targets ` +
      `(${goListRuns} go list run${goListRuns === 1 ? '' : 's'}, ${parallel} at a time, ${(wallMs / 1000).toFixed(1)}s): ` +
      (merged.length ? `${merged.length} distinct load error${merged.length === 1 ? '' : 's'}.` : 'every package loads.'),
    outputs: { 'target-count': targets.length, 'run-count': jobs.length },
    sections: [
      { kind: 'heading', level: 3, text: 'Load errors' },
      merged.length
        ? {
            kind: 'table',
            columns: ['Module', 'Target', 'Package', 'Class', 'Location', 'Fix'],
            rows: merged.map(e => [
              code(e.module),
              e.where,
              e.importer ? code(e.importer) : '',
              CLASS_TITLES[e.class],
              e.location ? code(`${e.location.file}:${e.location.line}`) : '',
              e.fix?.command ? code(e.fix.command) : (e.fix?.description ?? '')
            ])
          }
        : { kind: 'paragraph', text: 'Every package and its dependencies load with -mod=readonly on every target.' },
      {
        kind: 'details',
        summary: `Targets (${targets.length})`,
        blocks: [
          {
            kind: 'table',
            columns: ['Target', 'CGO_ENABLED', 'Packages listed', 'Errors', 'Time'],
            align: ['left', 'left', 'right', 'right', 'right'],
            rows: targets.map(t => {
              const mine = runs.filter((_, i) => jobs[i].target === t);
              return [
                targetLabel(t) + (mine.length && mine.every(r => r.coveredBy) ? ' (read from its tests run)' : ''),
                t.cgoEnabled,
                mine.reduce((n, r) => n + r.packageCount, 0),
                mine.reduce((n, r) => n + r.errors.length, 0),
                `${(mine.reduce((n, r) => n + r.durationMs, 0) / 1000).toFixed(2)}s`
              ];
            })
          }
        ]
      }
    ],
    data: {
      targets: targets.map(targetLabel),
      parallel,
      goListRuns,
      wallMs: Math.round(wallMs),
      runs: runs.map((r, i) => ({
        module: jobs[i].mod.path,
        target: targetLabel(jobs[i].target),
        args: r.args,
        exitCode: r.exitCode,
        ...(r.coveredBy ? { coveredBy: r.coveredBy } : {}),
        packages: r.packageCount,
        errors: r.errors.length,
        durationMs: Math.round(r.durationMs)
      })),
      errors: merged.map(e => ({ ...e, targets: e.targets.map(targetLabel) }))
    }
  };
}

/** The same build but for tests: platform, tags and cgo. */
function sameBuild(a: Target, b: Target): boolean {
  return a.goos === b.goos && a.goarch === b.goarch && a.cgoEnabled === b.cgoEnabled && a.tags.join(',') === b.tags.join(',');
}

/** Deduplicates errors across targets: same module, class, package, importer, message and location. */
export function mergeErrors(
  jobs: readonly { mod: GoModule; target: Target }[],
  runs: readonly TargetRun[],
  allTargets: readonly Target[],
  workspace: string,
  patterns: readonly string[]
): LoadError[] {
  const byKey = new Map<string, LoadError>();
  const moduleOf = new Map<LoadError, GoModule>();
  runs.forEach((run, i) => {
    const { mod, target } = jobs[i];
    for (const e of run.errors) {
      const cls = classify(e.err);
      const location = locate(e, cls, mod, workspace, run.packages);
      const key = [mod.path, cls, e.failingPackage, e.importer, e.err, location?.file, location?.line].join('\u0000');
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          module: mod.path,
          class: cls,
          err: e.err,
          ...(e.failingPackage ? { package: e.failingPackage } : {}),
          ...(e.importer ? { importer: e.importer } : {}),
          ...(location ? { location } : {}),
          targets: [],
          where: '',
          fix: undefined
        };
        byKey.set(key, entry);
        moduleOf.set(entry, mod);
      }
      if (!entry.targets.includes(target)) entry.targets.push(target);
    }
  });
  const modulesTargets = allTargets;
  for (const e of byKey.values()) {
    e.where = describeWhere(e.targets, modulesTargets);
    // The fix is chosen once the targets are known: a command for a failing test build must load tests too.
    e.fix = fixFor(e.class, e.err, moduleOf.get(e)!, e.package, { patterns, tests: e.targets.some(t => t.tests) });
  }
  return [...byKey.values()];
}

function toFinding(e: LoadError): Finding {
  const reason = goReason(e.err);
  const subject =
    e.importer && e.package && e.importer !== e.package
      ? `${e.importer} imports ${e.package}, which does not load`
      : e.package
        ? `${e.package} does not load`
        : `module ${e.module} does not load`;
  return {
    rule: CLASS_RULES[e.class],
    severity: 'error',
    title: `${CLASS_TITLES[e.class]} (${e.where})`,
    message: `${subject} with -mod=readonly (${e.where}): ${reason}.`,
    module: e.module,
    ...(e.location ? { file: e.location.file, line: e.location.line, ...(e.location.column ? { column: e.location.column } : {}) } : {}),
    fix: e.fix
  };
}

/** go's message without its trailing "; to add: go get ..." advice (the finding's fix says what to run). */
export function goReason(err: string): string {
  return err
    .split('\n')[0]
    .replace(/;\s*to (?:add|update)(?: it)?:\s*$/, '')
    .replace(/[.:;\s]+$/, '');
}

export const gate: GateDefinition<ReadonlyListInputs> = {
  name: 'readonly-list',

  rules: RULES,
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}
