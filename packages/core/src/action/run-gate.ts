import * as actions from '../runner/workflow-commands.js';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffFingerprints, fingerprintCheckout, isUnchanged, withoutPathsUnder } from '../checkout/fingerprint.js';
import { BUG_REPORT_URL, errorKind, errorMessage, InternalError, UserFacingError } from '../errors.js';
import { GoRunner } from '../go/go-runner.js';
import type { CommonInputs } from '../inputs/common-inputs.js';
import { envInputSource, type InputSource } from '../inputs/inputs.js';
import { discoverModules } from '../modules/discover.js';
import { actionsAnnotationSink, emitAnnotations, type AnnotationSink } from '../report/annotations.js';
import type { Finding } from '../report/finding.js';
import { buildReport, errorReport, verdictText, type GateReport } from '../report/gate-report.js';
import { renderSummary } from '../report/markdown.js';
import { actionsLogger, type Logger } from '../util/log.js';
import { pathRoots, resolveInsideWorkspace, resolvePathInput, WORKSPACE_OR_RUNNER_TEMP, type PathRoots, type ResolvedPath } from '../util/paths.js';
import { writeResolvedFile } from '../util/safe-write.js';
import type { GateDefinition } from './gate.js';

export interface RunGateOptions {
  source?: InputSource;
  env?: NodeJS.ProcessEnv;
  log?: Logger;
  annotations?: AnnotationSink;
  /** Write the job summary (default: when GITHUB_STEP_SUMMARY is set). */
  writeSummary?: (markdown: string) => Promise<void>;
  setOutput?: (name: string, value: string) => void;
  setFailed?: (message: string) => void;
}

/**
 * The one entry point every gate's `run()` calls. It owns everything around
 * the gate's decision: inputs, finding go, discovering modules, proving the
 * checkout was not touched, and reporting (summary, annotations, outputs,
 * JSON report, exit code). The summary is written whether the gate passes,
 * fails or cannot run.
 */
export async function runGate<I extends CommonInputs>(def: GateDefinition<I>, opts: RunGateOptions = {}): Promise<GateReport> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? actionsLogger;
  const setOutput = opts.setOutput ?? ((n: string, v: string) => actions.setOutput(n, v));
  const setFailed = opts.setFailed ?? ((m: string) => actions.setFailed(m));
  const writeSummary = opts.writeSummary ?? defaultSummaryWriter(env);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const source = opts.source ?? envInputSource;
  const roots = pathRoots(workspace, env);
  let reportTarget = defaultReportTarget(roots, def.name);
  let inputs: I | undefined;
  let tempDir: string | undefined;
  let report: GateReport;
  try {
    // First, so that even an error report never goes through a refused path.
    reportTarget = resolveReportPath(source('report-path'), roots, def.name);
    inputs = def.parseInputs(source);
    const root = resolveInsideWorkspace(workspace, inputs.workingDirectory, 'working-directory');
    const go = GoRunner.locate(log, inputs.goBinary ? path.resolve(workspace, inputs.goBinary) : undefined, env);
    // Both only read the checkout, and both finish before the gate does anything. The fingerprint is
    // synchronous (its calls are faster on this thread than queued through libuv), so discovery starts after it.
    const fingerprinted = fingerprintCheckout(workspace);
    fingerprinted.catch(() => undefined); // awaited below; a discovery error must not leave it unhandled
    const discovery = await discoverModules({ workspace, root, select: inputs.modules });
    const before = await fingerprinted;
    tempDir = await fs.mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), `go-ci-gates-${def.name}-`));
    const deps = { go, discovery, workspace, tempDir, log, env };
    // The start-up path (bundle loaded, inputs read, modules discovered, checkout fingerprinted): what
    // the start-up bench compares with node's own start (performance.now() counts from process start).
    log.debug(`start-up: ${Math.round(performance.now())} ms from process start to ${def.name}'s own work`);
    const result = await def.execute(inputs, deps);
    const unregistered = result.findings.filter(f => !def.rules.some(r => r.id === f.rule)).map(f => f.rule);
    if (unregistered.length)
      throw new InternalError(`${def.name} reported rule ${[...new Set(unregistered)].join(', ')}, which is not in its rule registry (src/rules.ts).`);
    const diff = withoutPathsUnder(diffFingerprints(before, await fingerprintCheckout(workspace)), runnerTempInside(workspace, env.RUNNER_TEMP));
    if (!isUnchanged(diff)) result.findings.push(checkoutModifiedFinding(diff)); // a FRAMEWORK_RULES rule
    report = buildReport(def.name, def.name, inputs.failOn, discovery.modules, result);
    if (def.afterReport) {
      const notices = await def.afterReport(report, inputs, deps);
      if (notices.some(f => f.severity !== 'notice' || !def.rules.some(r => r.id === f.rule)))
        throw new InternalError(`${def.name}: afterReport may add registered notices only`);
      if (notices.length) report = buildReport(def.name, def.name, inputs.failOn, discovery.modules, { ...result, findings: [...result.findings, ...notices] });
    }
    for (const [k, v] of Object.entries(result.outputs ?? {})) report.outputs[k] = String(v);
  } catch (err) {
    const kind = errorKind(err);
    // A bug shows its stack where the user will see it: that is what a bug report needs.
    if (kind === 'environment' && !(err instanceof UserFacingError) && err instanceof Error && err.stack) log.debug(err.stack);
    if (kind === 'internal')
      log.info(`go-ci-gates hit a bug; please report it at ${BUG_REPORT_URL} with this log:\n${err instanceof Error && err.stack ? err.stack : String(err)}`);
    report = errorReport(def.name, def.name, inputs?.failOn ?? 'error', errorMessage(err), kind);
  } finally {
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  }
  return finish(report, inputs, reportTarget, {
    env,
    workspace,
    log,
    setOutput,
    setFailed,
    writeSummary,
    annotations: opts.annotations ?? actionsAnnotationSink
  });
}

async function finish(
  report: GateReport,
  inputs: CommonInputs | undefined,
  reportTarget: ResolvedPath,
  io: {
    env: NodeJS.ProcessEnv;
    workspace: string;
    log: Logger;
    setOutput: (n: string, v: string) => void;
    setFailed: (m: string) => void;
    writeSummary: (md: string) => Promise<void>;
    annotations: AnnotationSink;
  }
): Promise<GateReport> {
  const note = report.result === 'error' ? undefined : emitAnnotations(report.findings, inputs?.maxAnnotations ?? 10, io.annotations);
  const reportPath = reportTarget.path;
  report.outputs = {
    ...report.outputs,
    result: report.result,
    'error-count': String(report.counts.error),
    'warning-count': String(report.counts.warning),
    'notice-count': String(report.counts.notice),
    'finding-count': String(report.findings.length),
    'report-path': reportPath
  };
  try {
    await writeResolvedFile(reportTarget, JSON.stringify(report, null, 2) + '\n');
  } catch (err) {
    io.log.warning(`Could not write the JSON report to ${reportPath}: ${errorMessage(err)}`);
  }
  for (const [k, v] of Object.entries(report.outputs)) io.setOutput(k, v);
  try {
    await io.writeSummary(renderSummary(report, note));
  } catch (err) {
    io.log.warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
  if (report.result === 'error') io.setFailed(report.errorKind === 'internal' ? verdictText(report) : (report.error ?? 'unknown error'));
  else if (report.result === 'fail') io.setFailed(`${report.title}: ${verdictText(report)}`);
  else io.log.info(`${report.title}: ${verdictText(report)}`);
  return report;
}

/** Where the JSON report goes without a `report-path`: RUNNER_TEMP/go-ci-gates/<gate>.json. */
function defaultReportTarget(roots: PathRoots, gate: string): ResolvedPath {
  return { input: 'report-path', value: '', path: path.join(roots.runnerTemp, 'go-ci-gates', `${gate}.json`), root: roots.runnerTemp, exists: false };
}

/** `report-path` is written: a file in the workspace or RUNNER_TEMP, never through a symlink. */
function resolveReportPath(value: string, roots: PathRoots, gate: string): ResolvedPath {
  if (!value) return defaultReportTarget(roots, gate);
  return resolvePathInput(value, { input: 'report-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP }, roots);
}

function defaultSummaryWriter(env: NodeJS.ProcessEnv): (md: string) => Promise<void> {
  return async md => {
    if (!env.GITHUB_STEP_SUMMARY) return;
    await fs.appendFile(env.GITHUB_STEP_SUMMARY, md + '\n');
  };
}

function checkoutModifiedFinding(diff: { changed: string[]; added: string[]; removed: string[] }): Finding {
  const list = [...diff.changed.map(p => `changed ${p}`), ...diff.added.map(p => `added ${p}`), ...diff.removed.map(p => `removed ${p}`)];
  return {
    rule: 'checkout-modified',
    severity: 'error',
    message: `The checkout changed while the gate ran, which it must never do: ${list.slice(0, 10).join(', ')}${list.length > 10 ? ` and ${list.length - 10} more` : ''}.`
  };
}

/** RUNNER_TEMP relative to the workspace (POSIX) when it lies inside it, as the CLI's --out may. */
function runnerTempInside(workspace: string, runnerTemp: string | undefined): string | undefined {
  if (!runnerTemp) return undefined;
  const rel = path.relative(workspace, path.resolve(runnerTemp));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
}
