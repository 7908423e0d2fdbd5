import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  distList,
  LicenseReader,
  NoMainPackageError,
  EnvironmentVariableError,
  isolatedGoWorkEnv,
  makeResolvedDirectory,
  prepareLicenseMatching,
  runGate,
  supportedPlatforms,
  writeFileInResolvedDirectory,
  type Finding,
  type GateDefinition,
  type GateDeps,
  type GateResult
} from '@go-ci-gates/core';
import { buildModuleModel, type BuildContext } from './build-model.js';
import { buildBinaryModel } from './binary.js';
import { checkRecordedHashes } from './hash-check.js';
import { toCycloneDx } from './cyclonedx.js';
import { parseInputs, type SbomInputs } from './inputs.js';
import { mergeModels } from './merge.js';
import { resolveSbomPaths, type SbomPaths } from './path-inputs.js';
import type { SbomModel } from './model.js';
import { publishSbom, type SbomFile } from './publish/index.js';
import { toSpdx } from './spdx.js';
import { buildSubmissionGraph } from './submission-graph.js';
import { readSums, sumFilesFor } from './sums.js';
import { hashCheckBlocks, summaryBlocks, type WrittenFiles } from './summary.js';
import { cycloneDxValidator, spdxValidator, validateCycloneDx, validateSpdx } from './validate.js';
import { RULES } from './rules.js';

export { parseInputs };

/** The document timestamp: SOURCE_DATE_EPOCH, else the commit time of HEAD, else now (all UTC, whole seconds). */
export function documentTimestamp(env: NodeJS.ProcessEnv, commitTime: number | undefined): string {
  const sde = env.SOURCE_DATE_EPOCH;
  let seconds: number;
  if (sde !== undefined && sde !== '') {
    if (!/^\d+$/.test(sde))
      throw new EnvironmentVariableError('SOURCE_DATE_EPOCH', sde, 'expected whole seconds since the epoch (reproducible-builds.org/specs/source-date-epoch)');
    seconds = Number(sde);
  } else seconds = commitTime ?? Math.floor(Date.now() / 1000);
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fileStem(model: SbomModel): string {
  const base = model.binary ? model.binary.name : model.modulePath;
  return base.replace(/[^A-Za-z0-9._-]+/g, '_');
}

export async function execute(inputs: SbomInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery, workspace, env } = deps;
  const paths = resolveSbomPaths(inputs, deps);
  const goEnv = await go.goEnv();
  const goVersion = await go.version();
  // The same judge as every gate that takes targets: a pair go cannot build for is one clear error naming `targets`.
  if (inputs.targets.length) supportedPlatforms(await distList(go), 'targets', inputs.targets);
  const sums = await readSums(
    sumFilesFor(
      discovery.modules.map(m => m.dir),
      discovery.goWork?.dir
    )
  );
  const ctx: BuildContext = {
    go,
    goEnv,
    goVersion,
    workspace,
    // Under a go.work, go runs against core's temp copy: go.work.sum is written there, never into the checkout.
    env: await isolatedGoWorkEnv(discovery, deps.tempDir),
    sums,
    inputs,
    mainVersions: new Map(),
    usedMainVersions: new Map(),
    licenses: new LicenseReader(),
    workspaceModules: new Map(discovery.modules.map(m => [m.path, m])),
    warnings: []
  };

  const buildFindings: Finding[] = [];
  // Building the first model starts go (and git) before its first await; the
  // validators compile and the license data unpacks while they run.
  const building = buildModels(ctx, inputs, paths, deps, buildFindings);
  building.catch(() => undefined); // its failure is thrown by the await below, not reported as unhandled meanwhile
  await prepareWhileGoRuns(inputs, discovery.modules.some(m => m.modFile.require.length > 0) || inputs.mode === 'binary');
  const models = await building;

  const commitTime = [...ctx.usedMainVersions.values()].find(v => v.commitTime !== undefined)?.commitTime;
  const timestamp = documentTimestamp(env, commitTime);
  const outDir = paths.outputDir.path;
  await makeResolvedDirectory(paths.outputDir);

  const findings: Finding[] = [...buildFindings, ...ctx.warnings.map(w => ({ rule: 'main-version', severity: 'warning' as const, message: w }))];
  const written: WrittenFiles[] = [];
  for (const model of models) {
    const files: WrittenFiles = { model };
    const stem = fileStem(model);
    const module = model.mode === 'binary' ? undefined : model.modulePath;
    if (inputs.formats.includes('cyclonedx')) {
      const text = toCycloneDx(model, inputs.cyclonedxVersion, timestamp);
      const problems = await validateCycloneDx(text, inputs.cyclonedxVersion);
      for (const problem of problems.slice(0, 5))
        findings.push({
          rule: 'invalid-cyclonedx',
          severity: 'error',
          module,
          message: `The CycloneDX ${inputs.cyclonedxVersion} document for ${model.main.path} is invalid: ${problem}`
        });
      files.cyclonedx = path.join(outDir, `${stem}.cdx.json`);
      await writeFileInResolvedDirectory(paths.outputDir, `${stem}.cdx.json`, text);
    }
    if (inputs.formats.includes('spdx')) {
      const text = toSpdx(model, timestamp, env.GITHUB_REPOSITORY);
      const problems = validateSpdx(text);
      for (const problem of problems.slice(0, 5))
        findings.push({ rule: 'invalid-spdx', severity: 'error', module, message: `The SPDX 2.3 document for ${model.main.path} is invalid: ${problem}` });
      files.spdx = path.join(outDir, `${stem}.spdx.json`);
      await writeFileInResolvedDirectory(paths.outputDir, `${stem}.spdx.json`, text);
    }
    written.push(files);
  }

  const componentCount = models.reduce((n, m) => n + m.components.length + 1, 0);
  const submissionGraph = buildSubmissionGraph(models);
  const rel = (f: string) => {
    const r = path.relative(workspace, f);
    return r.startsWith('..') ? f : r.split(path.sep).join('/');
  };
  // Attach only documents that validated: a broken SBOM must not reach a release or GitHub's graph.
  const publishable: SbomFile[] = findings.some(f => f.rule === 'invalid-cyclonedx' || f.rule === 'invalid-spdx')
    ? []
    : written.flatMap(w => [
        ...(w.cyclonedx ? [{ path: w.cyclonedx, format: 'cyclonedx' as const, name: path.basename(w.cyclonedx) }] : []),
        ...(w.spdx ? [{ path: w.spdx, format: 'spdx' as const, name: path.basename(w.spdx) }] : [])
      ]);
  const published = publishable.length
    ? await publishSbom(publishable, submissionGraph, inputs.publish, {
        env,
        log: deps.log,
        workspace,
        attestSubjects: inputs.mode === 'binary' ? await binarySubjects(paths.binaries) : undefined
      })
    : { findings: [], rows: [] };
  findings.push(...published.findings);
  const sections = [...summaryBlocks(written, rel), ...hashCheckBlocks(ctx.hashCheck)];
  if (published.rows.length) {
    sections.push(
      { kind: 'heading', level: 3, text: 'Attached' },
      {
        kind: 'table',
        columns: ['Target', 'Status', 'Link'],
        rows: published.rows.map(r => [r.target, r.status, r.link ? { text: r.link, href: r.link } : ''])
      }
    );
  }
  return {
    findings,
    headline: `${models.length} SBOM${models.length === 1 ? '' : 's'} (${modeText(inputs, models)}, ${inputs.formats.join(' + ')}) with ${componentCount} components, validated.`,
    sections,
    outputs: {
      'cyclonedx-path': written
        .map(w => w.cyclonedx)
        .filter(Boolean)
        .join('\n'),
      'spdx-path': written
        .map(w => w.spdx)
        .filter(Boolean)
        .join('\n'),
      'component-count': componentCount
    },
    data: {
      files: written.map(w => ({ subject: `${w.model.main.path}@${w.model.main.version}`, cyclonedx: w.cyclonedx, spdx: w.spdx })),
      submissionGraph,
      leftOut: models.flatMap(m => m.leftOut),
      hashCheck: { confirmed: ctx.hashCheck?.confirmed ?? 0, unchecked: ctx.hashCheck?.unchecked ?? [] }
    }
  };
}

async function buildModels(ctx: BuildContext, inputs: SbomInputs, paths: SbomPaths, deps: GateDeps, buildFindings: Finding[]): Promise<SbomModel[]> {
  const { discovery } = deps;
  const models: SbomModel[] = [];
  if (inputs.mode === 'binary') {
    for (const b of paths.binaries) models.push(await buildBinaryModel(ctx, b));
    await checkHashes(ctx, models, buildFindings);
    return models;
  }
  // In app mode a library module of a multi-module repo has nothing to describe:
  // it is buildFindings with a notice, and only a run with no command at all is an error.
  let noMain: NoMainPackageError | undefined;
  for (const mod of discovery.modules) {
    try {
      models.push(await buildModuleModel(ctx, mod));
    } catch (err) {
      if (!(err instanceof NoMainPackageError) || discovery.modules.length === 1) throw err;
      noMain ??= err;
      buildFindings.push({
        rule: 'no-main-package',
        severity: 'notice',
        module: mod.path,
        file: mod.goModFile,
        message: `${mod.path} has no main package matching ${inputs.packages.join(' ')}, so app mode has no SBOM for it (use mode: module to describe a library).`
      });
    }
  }
  if (models.length === 0 && noMain) throw noMain;
  // Before merging: the merged document and its per-module parts then carry the same verdicts.
  await checkHashes(ctx, models, buildFindings);
  return inputs.merge ? [mergeModels(models)] : models;
}

/** Recorded hashes against the module cache (hash-check.ts); its findings join the others, its counts the summary. */
async function checkHashes(ctx: BuildContext, models: SbomModel[], findings: Finding[]): Promise<void> {
  ctx.hashCheck = await checkRecordedHashes(models, { modCache: ctx.goEnv.GOMODCACHE, sums: ctx.sums, workspace: ctx.workspace });
  findings.push(...ctx.hashCheck.findings);
}

/**
 * Work that needs nothing from go, done while go runs: compiling the schema
 * validators and unpacking the SPDX license texts. The texts (130 ms of CPU)
 * only when there are dependencies to match: a module that requires nothing
 * has at most its own license file, matched on demand. Best effort: a failure
 * here is met again, and reported, where the work is needed.
 */
async function prepareWhileGoRuns(inputs: SbomInputs, dependencies: boolean): Promise<void> {
  try {
    if (inputs.licenses && dependencies) prepareLicenseMatching();
    if (inputs.formats.includes('cyclonedx')) await cycloneDxValidator(inputs.cyclonedxVersion);
    if (inputs.formats.includes('spdx')) spdxValidator();
  } catch {
    // Reported by the step that needs it.
  }
}

/** Attestation subjects for binary mode: each binary by name and SHA-256. */
async function binarySubjects(files: string[]): Promise<{ name: string; digest: Record<string, string> }[]> {
  return Promise.all(
    files.map(async f => ({
      name: path.basename(f),
      digest: {
        sha256: createHash('sha256')
          .update(await fs.readFile(f))
          .digest('hex')
      }
    }))
  );
}

export const gate: GateDefinition<SbomInputs> = {
  name: 'sbom-attach',

  rules: RULES,
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}

/** The mode said in the headline; auto says what it decided for each module, and why. */
function modeText(inputs: SbomInputs, models: readonly SbomModel[]): string {
  if (inputs.mode !== 'auto') return `${inputs.mode} mode`;
  const decided = models.map(m => `${m.mode} mode for ${m.modulePath}${m.mode === 'module' ? ' (no main package)' : ''}`);
  return `auto: ${decided.join('; ')}`;
}
