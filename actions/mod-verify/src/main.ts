import * as path from 'node:path';
import {
  code,
  pathRoots,
  resolvePathInput,
  runGate,
  toPosixRelative,
  WORKSPACE_ONLY,
  type Block,
  type Cell,
  type GateDefinition,
  type GateDeps,
  type GateResult
} from '@go-ci-gates/core';
import { checkCacheIntegrity } from './cache-integrity.js';
import { checkDirectives } from './directives.js';
import { checkGoSumHashes } from './gosum-hashes.js';
import { parseInputs, type ModVerifyInputs } from './inputs.js';
import { prepareModuleRun } from './module-run.js';
import { withNetworkParallelism } from './network-parallelism.js';
import { checkPinned, checkStaleAllowances, checkUnwanted, loadPolicy, unwantedReferences, type DependencyPolicy } from './policy-file.js';
import { openProxyAnswers } from './proxy-answers.js';
import { checkRetractions, moduleGraph } from './retractions.js';
import { applyRules, isOn, RULES, type Draft } from './rules.js';
import { checkTidy } from './tidy.js';
import { checkEnvironment, predictTooNew } from './toolchain.js';
import { checkVersions } from './versions.js';

export { parseInputs };

export async function execute(inputs: ModVerifyInputs, deps: GateDeps): Promise<GateResult> {
  const { go, discovery } = deps;
  const rules = inputs.rules;
  const goEnv = await go.goEnv();
  let policy: DependencyPolicy | undefined;
  if (inputs.policyFile) {
    // Checkout content: read only inside the workspace, never through a symlink that leads out.
    const file = resolvePathInput(inputs.policyFile, { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY }, pathRoots(deps.workspace, deps.env));
    policy = await loadPolicy(file.path, toPosixRelative(deps.workspace, file.path));
  }
  const directivePolicy = policy?.replaceAllow.length ? { ...inputs, replaceAllow: [...inputs.replaceAllow, ...policy.replaceAllow] } : inputs;
  // The proxy's answers from earlier runs (retracted, deprecated, newer version), when kept.
  const answers = isOn(rules, 'retracted', 'deprecated') ? await openProxyAnswers(inputs, deps) : undefined;
  let reused = 0;
  let asked = 0;
  const drafts: Draft[] = [...checkEnvironment(deps.env, goEnv, discovery)];
  const workTooNew = discovery.goWork ? predictTooNew(discovery.modules[0], goEnv, discovery.goWork.relFile, discovery.goWork.workFile.go) : undefined;
  if (workTooNew) drafts.push(workTooNew);
  const rows: Cell[][] = [];
  const outdatedRows: Cell[][] = [];
  const seenRefs = new Map<string, Set<string>>();
  for (const [i, mod] of discovery.modules.entries()) {
    drafts.push(...checkDirectives(mod, directivePolicy), ...checkVersions(mod));
    const tooNew = predictTooNew(mod, goEnv);
    if (tooNew || workTooNew) {
      if (tooNew) drafts.push(tooNew);
      rows.push([code(mod.path), code(mod.relDir), 'not run: go line too new', 'not run', 'not run', 'not run']);
      continue;
    }
    const run = withNetworkParallelism(await prepareModuleRun(discovery, mod, deps.tempDir, i), deps.env);
    const needGraph = isOn(rules, 'retracted', 'deprecated') || (policy?.unwanted.size ?? 0) > 0;
    // Three independent chains at once. Only the go.sum hash check needs the cache check first
    // (it reuses the .ziphash values go mod verify has just proven); tidy and the retraction
    // listing download what they need themselves (the module cache is lock-protected), and the
    // listing waits mostly on the proxy, so it overlaps the download, verify and hashing.
    const cacheThenSums = (async () => {
      const cache =
        isOn(rules, 'cache-integrity') || isOn(rules, 'gosum-mismatch') ? await checkCacheIntegrity(go, run, { download: inputs.download }) : undefined;
      const sums = isOn(rules, 'gosum-mismatch')
        ? await checkGoSumHashes(go, run, path.join(deps.tempDir, `sums-${i}`), goEnv.GOMODCACHE, cache?.status === 'verified')
        : undefined;
      return { cache, sums };
    })();
    const graphThenRetract = (async () => {
      const graph = needGraph ? await moduleGraph(go, run) : undefined;
      const retract = isOn(rules, 'retracted', 'deprecated')
        ? await checkRetractions(go, run, graph, inputs.retries, Boolean(discovery.goWork), answers)
        : undefined;
      return { graph, retract };
    })();
    const [{ cache, sums }, tidy, { graph, retract }] = await Promise.all([
      cacheThenSums,
      isOn(rules, 'untidy', 'tidy-error', 'tidy-undecided') ? checkTidy(go, run, { retries: inputs.retries, tempDir: deps.tempDir }) : undefined,
      graphThenRetract
    ]);
    if (cache && isOn(rules, 'cache-integrity')) drafts.push(...cache.drafts);
    if (sums) drafts.push(...sums.drafts);
    const sumExplains = (sums?.drafts.length ?? 0) > 0;
    if (tidy) {
      drafts.push(...tidy.drafts);
      // A go.sum mismatch stops tidy too; the gosum-mismatch finding already says why.
      if (tidy.status === 'error' && !(sumExplains && tidy.checksumMismatch)) {
        drafts.push({
          rule: 'tidy-error',
          module: mod.path,
          file: mod.goModFile,
          line: mod.modFile.module?.line,
          title: 'go mod tidy cannot load the module',
          message: `go mod tidy failed, so tidiness is unknown: ${tidy.detail}`
        });
      }
      if (tidy.status === 'undecided') {
        drafts.push({
          rule: 'tidy-undecided',
          module: mod.path,
          file: mod.goModFile,
          line: mod.modFile.module?.line,
          title: 'Tidiness could not be decided',
          message: `go mod tidy -diff kept failing on the network (${inputs.retries + 1} attempts); this is not an untidy result: ${tidy.detail}`
        });
      }
    }
    if (retract) {
      reused += retract.reused;
      asked += retract.asked;
      drafts.push(...retract.drafts);
      for (const o of retract.outdated) outdatedRows.push([code(mod.path), code(o.path), code(o.version), code(o.update)]);
    }
    if (policy && graph) {
      const refs = unwantedReferences(policy, graph);
      for (const [t, s] of refs) seenRefs.set(t, new Set([...(seenRefs.get(t) ?? []), ...s]));
      drafts.push(...checkUnwanted(policy, mod, refs));
    }
    if (policy?.pinned.size) {
      const { values } = await go.listJson<{ Path: string; Version?: string }>(['list', '-m', '-e', '-json', ...run.flags, 'all'], {
        cwd: mod.dir,
        env: run.env,
        allowFailure: true
      });
      drafts.push(...checkPinned(policy, mod, new Map(values.filter(v => v.Version).map(v => [v.Path, v.Version!]))));
    }
    rows.push([
      code(mod.path),
      code(mod.relDir),
      cache ? cache.status : 'off',
      sums
        ? `${sums.checked} lines recomputed${sums.drafts.length ? `, ${sums.drafts.length} differ` : ''}${sums.unavailable ? `, ${sums.unavailable} unavailable` : ''}`
        : 'off',
      tidy ? tidy.status + (tidy.status === 'untidy' ? ` (${tidy.drafts.length} hunk${tidy.drafts.length === 1 ? '' : 's'})` : '') : 'off',
      retract
        ? `${retract.drafts.length} finding${retract.drafts.length === 1 ? '' : 's'}${retract.unchecked.length ? `, ${retract.unchecked.length} unchecked` : ''}`
        : 'off'
    ]);
  }
  if (policy) drafts.push(...checkStaleAllowances(policy, seenRefs));
  const findings = applyRules(rules, drafts);
  const sections: Block[] = [
    { kind: 'heading', level: 3, text: 'Checks per module' },
    { kind: 'table', columns: ['Module', 'Directory', 'go mod verify', 'go.sum hashes', 'go mod tidy -diff', 'Retracted / deprecated'], rows }
  ];
  if (outdatedRows.length) {
    sections.push({
      kind: 'details',
      summary: `${outdatedRows.length} direct dependenc${outdatedRows.length === 1 ? 'y has' : 'ies have'} a newer version (information)`,
      blocks: [{ kind: 'table', columns: ['Module', 'Dependency', 'Required', 'Latest'], rows: outdatedRows }]
    });
  }
  if (answers) {
    await answers.save();
    sections.push({
      kind: 'paragraph',
      text: `Module proxy answers (retracted, deprecated, newer version): ${reused} reused from ${answers.description} (at most ${inputs.answersMaxAgeHours} h old), ${asked} asked.`
    });
  }
  const n = discovery.modules.length;
  return {
    findings,
    headline: `Checked ${n} module${n === 1 ? '' : 's'}: module cache, go.sum hashes, tidiness, directives, versions, retractions and toolchain.`,
    sections,
    outputs: { 'outdated-count': outdatedRows.length }
  };
}

export const gate: GateDefinition<ModVerifyInputs> = {
  name: 'mod-verify',

  rules: RULES,
  parseInputs,
  execute
};

export async function run(): Promise<void> {
  await runGate(gate);
}
