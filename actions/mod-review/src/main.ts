import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  discoverModules,
  errorMessage,
  escapeModulePath,
  escapeModuleVersion,
  moduleStatusWithAnswers,
  ModuleStatusAnswers,
  networkParallelismEnv,
  ProxyAnswersStore,
  pseudoVersionTime,
  readWorkflowEvent,
  resolveStateDir,
  runGate,
  type Discovery,
  type GateDefinition,
  type GateDeps,
  type GateResult,
  type GoModule,
  type GoSumLine,
  type ModFile,
  LicenseReader
} from '@go-ci-gates/core';
import { materialiseBase, openRepo, resolveBase, type BaseCommit, type Repo } from './base.js';
import { loadBuildList, type BuildList, type ModuleChange } from './build-list.js';
import { goModChurn } from './churn.js';
import { directiveText } from './directives.js';
import { parseInputs, type ModReviewInputs } from './inputs.js';
import { applyPolicyFile, basePolicyText } from './policy.js';
import { commentOnPullRequest } from './pr-comment.js';
import {
  compareBuildLists,
  diffDirectives,
  directPaths,
  newSumLines,
  soloContext,
  sumLineText,
  workspaceContext,
  type GoContext,
  type UnitReview
} from './review.js';
import { openSumChecks, verifyNewSums, type SumChecks, type SumVerdicts } from './sums.js';
import { applyRules, isOn, RULES, type Draft } from './rules.js';
import { applyShipped, shippedModules } from './shipped.js';
import { reviewSections, countChanges } from './summary.js';

export { parseInputs };

/** mod-review's Actions-cache keys for the proxy's answers; it also restores what mod-verify kept (the same answers). */
export const MOD_REVIEW_ANSWERS_KEYS = { keyPrefix: 'mod-review-answers-1-', restorePrefixes: ['mod-review-answers-1-', 'mod-verify-answers-1-'] };

/** The JSON report's `data`: the review, for other tools. */
export interface ReviewData {
  base?: { sha: string; how: string };
  head?: string;
  /** The policy file whose settings applied (workspace-relative). */
  policyFile?: string;
  units: UnitReview[];
}

const short = (sha: string) => sha.slice(0, 7);

/** Work the review starts ahead of need, which must end before the gate's temp dir is removed. */
interface StartedAhead {
  /** go listings and git reads of the history, each a child process while it runs. */
  processes: Promise<unknown>[];
  sumChecks?: Promise<SumChecks | undefined>;
  sumsVerified?: Promise<void>;
}

export async function execute(given: ModReviewInputs, deps: GateDeps): Promise<GateResult> {
  const ahead: StartedAhead = { processes: [] };
  try {
    return await review(given, deps, ahead);
  } finally {
    // On every path, an error included: go listing in the base tree, the checksum database's requests
    // and its state restore into the temp dir all end before the gate does. A session never audited
    // (no base, no new go.sum line) is closed here, its requests cut off.
    (await ahead.sumChecks?.catch(() => undefined))?.session?.close();
    await Promise.all([...ahead.processes, ahead.sumsVerified].map(p => p?.catch(() => undefined)));
  }
}

async function review(given: ModReviewInputs, deps: GateDeps, ahead: StartedAhead): Promise<GateResult> {
  const { go, discovery, workspace, tempDir, env } = deps;
  const drafts: Draft[] = [];
  // The policy file is the head's: a change that edits it is told below, as part of the review.
  const { inputs, policy } = await applyPolicyFile(given, workspace, env);
  // A bad state-dir is an input error before anything else is done.
  const stateDir = inputs.stateDir ? { dir: await resolveStateDir(inputs.stateDir, workspace, env), label: `directory ${inputs.stateDir}` } : undefined;
  // go env answers while git works out the base.
  const goEnvAsked = go.goEnv();
  goEnvAsked.catch(() => undefined); // awaited below, unless there is no base
  const noBaseResult = (problem: string): GateResult => ({
    findings: applyRules(inputs.rules, [{ rule: 'base-unavailable', title: 'Nothing was compared', message: `Nothing was compared: ${problem}.` }]),
    headline: 'Nothing was compared: there is no base commit.',
    data: { units: [] } satisfies ReviewData
  });
  const ctxDir = (name: string) => path.join(tempDir, 'go', name);
  // The head's build lists need nothing of the base: go lists them while git works out the base.
  const headWorkCtx = discovery.goWork ? workspaceContext(discovery, ctxDir('head-work')) : undefined;
  const headSoloCtx = discovery.goWork ? [] : discovery.modules.map((mod, i) => soloContext(mod, ctxDir(`head-${i}`), workspace));
  const headListings = (headWorkCtx ? [headWorkCtx] : headSoloCtx).map(ctx => ctx.then(c => loadBuildList(go, c)));
  for (const p of headListings) p.catch(() => undefined); // awaited below, unless there is no base
  // The proxy's answers kept by earlier runs (this gate's or mod-verify's), restored while git and go work.
  const statusRules = isOn(inputs.rules, 'new-retracted', 'new-deprecated', 'proxy-unchecked');
  const storeOpened =
    statusRules && inputs.answersMaxAgeHours > 0
      ? ProxyAnswersStore.open({ answersMaxAgeHours: inputs.answersMaxAgeHours, cache: inputs.cache, stateDir }, MOD_REVIEW_ANSWERS_KEYS, deps)
      : Promise.resolve(undefined);
  storeOpened.catch(() => undefined); // awaited below
  // The event (base commits, labels) read once: its file can be tens of KB.
  const event = readWorkflowEvent(env);
  const repo = await openRepo(workspace, inputs.baseRef, event);
  if ('problem' in repo) return noBaseResult(repo.problem);
  const base = await resolveBase(repo, inputs.baseRef, event);
  if ('problem' in base) return noBaseResult(base.problem);
  if (base.fetched) drafts.push({ rule: 'history-fetched', message: `${capitalise(base.fetched)}.` });
  const baseLabel = short(base.sha);
  // The base tree, outside the checkout: git and tar start first, they lead to the base's go lists.
  const baseTree = path.join(tempDir, 'base');
  const baseUnpacked = materialiseBase(repo, base.sha, baseTree);
  baseUnpacked.catch(() => undefined); // awaited below
  ahead.processes.push(baseUnpacked);
  // Churn needs only the history (final now: a shallow clone was deepened above). Its two git
  // processes start while the base tree is unpacked, before the base's go lists: a spawn blocks the
  // event loop until the child runs, 5-10 ms on a quiet core and 25-50 ms while go holds both.
  const churns = new Map(
    discovery.modules.map(mod => [mod.relDir, goModChurn(repo.top, repo.head, path.posix.join(repo.prefix, mod.goModFile), repo.shallow)])
  );
  for (const c of churns.values()) {
    c.catch(() => undefined); // awaited below
    ahead.processes.push(c);
  }
  // The checksum database's route and latest tree head: two round trips, under way while go works on
  // the build lists and the new go.sum lines are read. Opened once git and tar are running (they lead
  // to the base's go lists): the session's first requests take the event loop 20-30 ms (TLS set-up,
  // the kept state's cache lookup), and it is opened only when there is a base to compare with.
  const sumChecksOpened =
    inputs.sumdb && isOn(inputs.rules, 'gosum-mismatch', 'gosum-unverified', 'sumdb-rejected')
      ? goEnvAsked.then(
          e => openSumChecks(deps, e, { stateDir, cache: inputs.cache }),
          () => undefined
        )
      : Promise.resolve(undefined);
  ahead.sumChecks = sumChecksOpened;

  // The base's modules, found as the head's are.
  await baseUnpacked;
  const baseWorkspace = path.join(baseTree, repo.prefix);
  const baseRoot = path.join(baseWorkspace, path.relative(workspace, discovery.root));
  if (policy) {
    const before = await basePolicyText(baseWorkspace, policy.file);
    if (before !== policy.text) drafts.push(policyChangeDraft(policy.file, before === undefined));
  }
  let baseDiscovery: Discovery | undefined;
  let baseMissing: string | undefined;
  try {
    baseDiscovery = await discoverModules({ workspace: baseWorkspace, root: baseRoot, select: inputs.modules });
  } catch (err) {
    baseMissing = errorMessage(err).replace(/ Set 'working-directory'.*$/, '');
  }
  // No go.mod at all in the base: every module is new. Any other refusal (a go.mod that does not parse, a
  // symlink leading out of the tree): the base cannot be compared, which must never read as "no changes".
  const baseBroken = baseMissing !== undefined && !baseMissing.startsWith('No go.mod found') ? baseMissing : undefined;
  if (baseBroken) baseMissing = undefined;
  const baseMods = new Map((baseDiscovery?.modules ?? []).map(m => [m.relDir, m]));
  const headMods = new Map(discovery.modules.map(m => [m.relDir, m]));
  // The base's build lists next, so go works on them while the go.sum lines, the kept state and the
  // history are read below.
  const baseListing = (ctx: Promise<GoContext | undefined>) => ctx.then(c => (c ? loadBuildList(go, c) : { list: new Map() as BuildList }));
  let workCompare: ReturnType<typeof compareBuildLists> | undefined;
  let baseWorkCtx: Promise<GoContext | undefined> | undefined;
  if (discovery.goWork && !baseBroken) {
    baseWorkCtx = baseDiscovery?.goWork
      ? workspaceContext(baseDiscovery, ctxDir('base-work'))
      : baseDiscovery?.modules[0]
        ? soloContext(baseDiscovery.modules[0], ctxDir('base-work'), baseWorkspace)
        : Promise.resolve(undefined);
    workCompare = compareBuildLists(baseListing(baseWorkCtx), headListings[0], directPaths(discovery.modules), baseLabel);
  }
  const soloCompares = discovery.modules.map((mod, i) => {
    if (discovery.goWork || baseBroken) return undefined;
    const old = baseMods.get(mod.relDir);
    return compareBuildLists(
      old ? baseListing(soloContext(old, ctxDir(`base-${i}`), baseWorkspace)) : undefined,
      headListings[i],
      directPaths([mod]),
      baseLabel
    );
  });
  for (const c of [workCompare, ...soloCompares]) c?.catch(() => undefined); // awaited below
  const units: UnitReview[] = [];
  const goEnv = await goEnvAsked;
  // What ships on both sides is listed now, beside the base's build list, where go.mod's requirements
  // changed (then the build lists almost surely did): the package listings are most of go's work, and
  // they need the compared build lists only for a library (as a promise). A listing started for
  // nothing (requirements changed, build list did not) is awaited before the gate returns.
  const shippedEarly = discovery.modules.map((mod, i) => {
    if (discovery.goWork || baseBroken) return undefined;
    const old = baseMods.get(mod.relDir);
    if (old && !requirementsDiffer(old.modFile, mod.modFile)) return undefined;
    const lists = soloCompares[i]!.then(
      c => c,
      () => undefined
    );
    const listings = {
      base: old
        ? shippedModules(go, { mods: [old], env: { GOWORK: 'off' }, goEnv, workspace: baseWorkspace, buildList: lists.then(c => c?.baseList) })
        : undefined,
      head: shippedModules(go, { mods: [mod], env: { GOWORK: 'off' }, goEnv, workspace, buildList: lists.then(c => c?.headList) })
    };
    ahead.processes.push(listings.head, ...(listings.base ? [listings.base] : []));
    return listings;
  });
  const proxyCount = { asked: 0, reused: 0 };
  // New go.sum lines first (files only), so their checksum-database lookups (sumdb's session, with
  // sum-audit's state) wait on the network while go works on the build lists below.
  const newLines = new Map<string, { lines: GoSumLine[]; verdicts?: SumVerdicts }>();
  if (discovery.goWork) {
    const bw = baseDiscovery?.goWork;
    newLines.set('go.work', {
      lines: await newSumLines(bw ? { file: `${bw.file}.sum`, root: baseWorkspace } : undefined, { file: `${discovery.goWork.file}.sum`, root: workspace })
    });
  }
  for (const mod of discovery.modules) {
    const old = baseMods.get(mod.relDir);
    newLines.set(mod.relDir, {
      lines: await newSumLines(old ? { file: path.join(old.dir, 'go.sum'), root: baseWorkspace } : undefined, {
        file: path.join(mod.dir, 'go.sum'),
        root: workspace
      })
    });
  }
  if (baseBroken) for (const c of newLines.values()) c.lines = [];
  const sumChecks = await sumChecksOpened;
  const sumsVerified = sumChecks ? verifyNewSums([...newLines.values()], sumChecks) : undefined;
  ahead.sumsVerified = sumsVerified;
  sumsVerified?.catch(() => undefined); // awaited below; an early failure elsewhere must not leave it unhandled
  const sumLines = new Map<UnitReview, GoSumLine[]>();
  const licenses = new LicenseReader();
  /** Shipped or build-list only, and license changes, from core's component set on both sides (both at once). */
  const markShipped = async (
    cmp: { changes: ModuleChange[]; baseList?: BuildList; headList?: BuildList },
    baseModsOf: GoModule[],
    baseEnv: Record<string, string | undefined>,
    baseWs: string,
    headModsOf: GoModule[],
    headEnv: Record<string, string | undefined>,
    early?: ShippedListings
  ): Promise<string | undefined> => {
    const changes = cmp.changes;
    readChangedLicensesAhead(changes, goEnv, licenses);
    const [b, h] = await Promise.all(
      early
        ? [early.base, early.head]
        : [
            baseModsOf.length ? shippedModules(go, { mods: baseModsOf, env: baseEnv, goEnv, workspace: baseWs, buildList: cmp.baseList }) : undefined,
            shippedModules(go, { mods: headModsOf, env: headEnv, goEnv, workspace, buildList: cmp.headList })
          ]
    );
    if ('problem' in h) return `at head: ${h.problem}`;
    await applyShipped(changes, b && 'shipped' in b ? b.shipped : undefined, h.shipped, licenses);
    return b && 'problem' in b ? `at base ${baseLabel}: ${b.problem}` : undefined;
  };
  /** Retracted and deprecated, when those rules are on; the listing waits on the proxy, so it gets more go slots. */
  const proxyStatus = async (
    unitPath: string,
    file: string,
    relDir: string,
    cmp: { changes: ModuleChange[]; headList?: BuildList },
    ctx: GoContext
  ): Promise<Draft[]> => {
    if (!statusRules || !cmp.headList) return [];
    const status = await checkProxyStatus(
      deps,
      inputs,
      { path: unitPath, file, relDir, changes: cmp.changes },
      { ...ctx, env: networkParallelismEnv(ctx.env, env) },
      { headMods, headList: cmp.headList, store: await storeOpened }
    );
    proxyCount.asked += status.asked;
    proxyCount.reused += status.reused;
    return status.drafts;
  };

  // A go.work's build list is one list for all its modules: reviewed once, as the workspace.
  if (discovery.goWork) {
    const work = discovery.goWork;
    const headCtx = await headWorkCtx!;
    const baseCtx = await baseWorkCtx;
    const cmp = workCompare ? await workCompare : { changes: [], problem: { side: `at base ${baseLabel}`, why: baseBroken! } };
    const baseWork = baseDiscovery?.goWork;
    const [shippedProblem, statusDrafts] = cmp.changes.length
      ? await Promise.all([
          // The base's list is every base module's only under a base go.work (else it is its first module's).
          markShipped(
            baseDiscovery?.goWork ? cmp : { ...cmp, baseList: undefined },
            baseDiscovery?.modules ?? [],
            baseCtx?.env ?? {},
            baseWorkspace,
            discovery.modules,
            headCtx.env
          ),
          proxyStatus(work.relFile, work.relFile, '.', cmp, headCtx)
        ])
      : [undefined, []];
    drafts.push(...statusDrafts);
    units.push({
      path: work.relFile,
      relDir: path.posix.dirname(work.relFile),
      file: work.relFile,
      status: cmp.problem ? 'not-compared' : cmp.changes.length ? 'changed' : 'unchanged',
      isNew: !baseWork && !baseBroken,
      problem: cmp.problem,
      shippedProblem,
      changes: cmp.changes,
      directives: baseBroken ? [] : diffDirectives(baseWork?.workFile, work.workFile),
      newSums: [],
      sumFile: `${work.relFile}.sum`
    });
    sumLines.set(units[units.length - 1], newLines.get('go.work')!.lines);
  }
  for (const [i, mod] of discovery.modules.entries()) {
    const old = baseMods.get(mod.relDir);
    const unit: UnitReview = {
      path: mod.path,
      relDir: mod.relDir,
      file: mod.goModFile,
      status: old ? 'unchanged' : 'added',
      isNew: !old,
      changes: [],
      directives: baseBroken ? [] : diffDirectives(old?.modFile, mod.modFile),
      newSums: [],
      sumFile: mod.goModFile.replace(/go\.mod$/, 'go.sum')
    };
    sumLines.set(unit, newLines.get(mod.relDir)!.lines);
    unit.newSums = sumLines.get(unit)!.map(sumLineText);
    if (baseBroken) {
      unit.isNew = false;
      unit.status = 'not-compared';
      if (!discovery.goWork) unit.problem = { side: `at base ${baseLabel}`, why: baseBroken };
    } else if (!discovery.goWork) {
      const headCtx = await headSoloCtx[i];
      const cmp = await soloCompares[i]!;
      unit.changes = cmp.changes;
      if (cmp.changes.length) {
        // What ships (both sides) and what the proxy says of the new versions, at once: one waits on the CPU, the other on the network.
        const [shippedProblem, statusDrafts] = await Promise.all([
          markShipped(cmp, old ? [old] : [], { GOWORK: 'off' }, baseWorkspace, [mod], { GOWORK: 'off' }, shippedEarly[i]),
          proxyStatus(mod.path, mod.goModFile, mod.relDir, cmp, headCtx)
        ]);
        unit.shippedProblem = shippedProblem;
        drafts.push(...statusDrafts);
      }
      if (cmp.problem) {
        unit.status = 'not-compared';
        unit.problem = cmp.problem;
      }
    }
    if (unit.status === 'unchanged' && (unit.changes.length || unit.directives.length || unit.newSums.length)) unit.status = 'changed';
    unit.churn = await churns.get(mod.relDir)!;
    units.push(unit);
  }
  for (const [relDir, old] of baseMods) {
    if (headMods.has(relDir)) continue;
    units.push({ path: old.path, relDir, file: old.goModFile, status: 'removed', isNew: false, changes: [], directives: [], newSums: [] });
  }

  for (const [u, lines] of sumLines) u.newSums = lines.map(sumLineText);
  // Kept for the next run while the checksum database answers (only when the proxy said something new).
  const store = await storeOpened;
  const answersSaved = store && proxyCount.asked > 0 ? store.save() : undefined;
  // New go.sum lines against the checksum database (sumdb's session, with sum-audit's state).
  if (sumsVerified) {
    await sumsVerified;
    for (const [u, lines] of sumLines) {
      u.sumdb = newLines.get(u.path === discovery.goWork?.relFile ? 'go.work' : u.relDir)?.verdicts;
      drafts.push(...sumDrafts(u, lines));
    }
  }

  const labels: string[] = (event.payload?.pull_request?.labels ?? []).map((l: { name?: string }) => String(l?.name ?? ''));
  for (const u of units) drafts.push(...unitDrafts(u, inputs, { baseLabel, baseMissing, labels, headMods, discovery }));

  await answersSaved;
  const findings = applyRules(inputs.rules, drafts);
  const counts = countChanges(units);
  const reviewed = units.filter(u => u.status !== 'removed');
  const compared = units.every(u => u.status !== 'not-compared');
  const anyChange = units.some(u => u.status !== 'unchanged');
  const headline = !compared
    ? `Compared with ${baseLabel} (${base.how}), but not everything could be compared: see the findings.`
    : anyChange
      ? `Compared with ${baseLabel} (${base.how}): ${counts.changes} build-list change${counts.changes === 1 ? '' : 's'}, ${counts.replace} new replace${counts.replace === 1 ? '' : 's'}, ${counts.gosum} new go.sum line${counts.gosum === 1 ? '' : 's'} in ${reviewed.length} module${reviewed.length === 1 ? '' : 's'}.`
      : `No dependency changes against ${baseLabel} (${base.how}).`;
  return {
    findings,
    headline,
    sections: [
      ...reviewSections(units),
      ...(store && proxyCount.asked + proxyCount.reused > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `Module proxy answers (retracted, deprecated): ${proxyCount.reused} reused from ${store.description} (at most ${inputs.answersMaxAgeHours} h old), ${proxyCount.asked} asked.`
            }
          ]
        : [])
    ],
    outputs: {
      'base-sha': base.sha,
      'change-count': counts.changes,
      'added-count': counts.added,
      'removed-count': counts.removed,
      'upgraded-count': counts.upgraded,
      'downgraded-count': counts.downgraded,
      'major-count': counts.major,
      'replace-count': counts.replace,
      'pseudo-count': counts.pseudo,
      'retracted-count': counts.retracted,
      'gosum-count': counts.gosum,
      'license-count': counts.license
    },
    data: { base: { sha: base.sha, how: base.how }, head: repo.head, policyFile: policy?.file, units } satisfies ReviewData
  };
}

/**
 * The license files of both versions of each upgraded or downgraded module, read from the module cache
 * while go lists the packages (a license change is looked for only among them; which of them ship is
 * known only after go). Only files that differ are matched later. Replaced modules are left to the
 * component set, which knows their directory.
 */
function readChangedLicensesAhead(changes: readonly ModuleChange[], goEnv: { GOMODCACHE: string }, licenses: LicenseReader): void {
  if (!goEnv.GOMODCACHE) return;
  for (const c of changes) {
    if ((c.kind !== 'upgraded' && c.kind !== 'downgraded') || c.fromReplace || c.toReplace) continue;
    for (const version of [c.from, c.to]) {
      if (!version) continue;
      try {
        licenses.readFilesAhead(path.join(goEnv.GOMODCACHE, `${escapeModulePath(c.path)}@${escapeModuleVersion(version)}`));
      } catch {
        // Not a valid path or version to escape: go has its say elsewhere.
      }
    }
  }
}

/** The change edits (or adds) the policy file the review applies: the reviewer should read that edit as policy. */
function policyChangeDraft(file: string, added: boolean): Draft {
  return {
    rule: 'policy-file-change',
    file,
    line: 1,
    title: added ? 'New policy file' : 'Policy file changed',
    message: added
      ? `This change adds ${file}, the policy file this review applies: its settings were used, so review them as part of the change.`
      : `This change edits ${file}, the policy file this review applies: the edited version was used, so review the edit as part of the change.`
  };
}

/**
 * Retracted and deprecated: the proxy's answer for each version a change newly requires (core's
 * moduleStatusWithAnswers, as mod-verify asks it), for the entries of the head build list already
 * loaded; a version with a fresh kept answer is not asked about again.
 */
async function checkProxyStatus(
  deps: GateDeps,
  inputs: ModReviewInputs,
  u: Pick<UnitReview, 'path' | 'file' | 'relDir' | 'changes'>,
  ctx: GoContext,
  from: { headMods: Map<string, GoModule>; headList: BuildList; store?: ProxyAnswersStore }
): Promise<{ drafts: Draft[]; asked: number; reused: number }> {
  const { headMods, store } = from;
  const wanted = u.changes.filter(c => c.kind !== 'removed' && c.to && c.to !== c.from);
  const entries = wanted.flatMap(c => from.headList.get(c.path) ?? []);
  if (!entries.length) return { drafts: [], asked: 0, reused: 0 };
  const status = await moduleStatusWithAnswers(deps.go, entries, {
    ...ctx,
    retries: inputs.retries,
    answers: store?.answers ?? ModuleStatusAnswers.empty(),
    maxAgeMs: store?.maxAgeMs ?? 0
  });
  const unchecked = status.unchecked;
  const byKey = new Map(status.listed.map(m => [`${m.Path}@${m.Version}`, m]));
  const out: Draft[] = [];
  for (const c of wanted) {
    const m = byKey.get(`${c.path}@${c.to}`);
    if (!m) continue;
    const at = locate(u, c.path, headMods);
    if (m.Retracted?.length) {
      c.retracted = m.Retracted.join('; ');
      out.push({
        rule: 'new-retracted',
        module: u.path,
        ...at,
        title: `Retracted: ${c.path}@${c.to}`,
        message: `${c.path}@${c.to} is newly required but retracted by its author: ${c.retracted.replace(/\.$/, '')}.${m.Update?.Version ? ` Upgrade to ${m.Update.Version}.` : ''}`
      });
    }
    if (m.Deprecated) {
      c.deprecated = m.Deprecated.trim();
      out.push({
        rule: 'new-deprecated',
        module: u.path,
        ...at,
        title: `Deprecated: ${c.path}`,
        message: `${c.path} is newly required but deprecated: ${c.deprecated}`
      });
    }
  }
  if (unchecked.length) {
    out.push({
      rule: 'proxy-unchecked',
      module: u.path,
      file: u.file,
      line: headMods.get(u.relDir)?.modFile.module?.line,
      title: 'Retractions unknown',
      message: `The proxy did not answer for ${unchecked.length} newly required version${unchecked.length === 1 ? '' : 's'}, so whether ${unchecked.length === 1 ? 'it is' : 'they are'} retracted or deprecated is unknown: ${unchecked.slice(0, 5).join(', ')}${unchecked.length > 5 ? ', …' : ''}.`
    });
  }
  return { drafts: out, asked: status.asked, reused: status.reused };
}

/** The head line that introduces a change to `dep`: its replace, else its require, in the unit's go.mod (or a workspace module's). */
function locate(u: Pick<UnitReview, 'relDir' | 'file'>, dep: string, headMods: Map<string, GoModule>): { file: string; line?: number } {
  const candidates = headMods.get(u.relDir) ? [headMods.get(u.relDir)!] : [...headMods.values()];
  for (const mod of candidates) {
    const rep = mod.modFile.replace.find(r => r.oldPath === dep);
    const req = mod.modFile.require.find(r => r.path === dep);
    if (rep || req) return { file: mod.goModFile, line: (rep ?? req)!.line };
  }
  const own = headMods.get(u.relDir);
  return { file: u.file, line: own?.modFile.module?.line ?? 1 };
}

const matches = (globs: readonly string[], p: string) => globs.length > 0 && picomatch.isMatch(p, globs as string[]);

function describe(c: ModuleChange): string {
  switch (c.kind) {
    case 'added':
      return `${c.path} ${c.to} added${c.toReplace ? ` (replaced by ${c.toReplace})` : ''}`;
    case 'removed':
      return `${c.path} ${c.from} removed`;
    case 'replaced':
      return `${c.path} ${c.to}: replacement ${c.fromReplace ?? 'none'} → ${c.toReplace ?? 'none'}`;
    default:
      return `${c.path} ${c.kind} ${c.from} → ${c.to}`;
  }
}

function unitDrafts(
  u: UnitReview,
  inputs: ModReviewInputs,
  ctx: { baseLabel: string; baseMissing?: string; labels: string[]; headMods: Map<string, GoModule>; discovery: Discovery }
): Draft[] {
  const out: Draft[] = [];
  const headMod = ctx.headMods.get(u.relDir);
  const moduleLine = headMod?.modFile.module?.line ?? 1;
  if (u.status === 'removed') {
    out.push({
      rule: 'module-removed',
      module: u.path,
      title: `Module removed: ${u.path}`,
      message: `Module ${u.path} (${u.relDir}) was removed by this change.`
    });
    return out;
  }
  if (u.isNew) {
    out.push({
      rule: 'module-added',
      module: u.path,
      file: u.file,
      line: moduleLine,
      title: `New module ${u.path}`,
      message: ctx.baseMissing
        ? `Module ${u.path} (${u.relDir}) is new: the base ${ctx.baseLabel} has no Go module here (${ctx.baseMissing}), so all its dependencies are new.`
        : `Module ${u.path} (${u.relDir}) is new in this change: all its dependencies are new.`
    });
  }
  if (u.problem) {
    out.push({
      rule: 'not-compared',
      module: u.path,
      file: u.file,
      line: moduleLine,
      title: `Not compared: ${u.path}`,
      message: `The build list of ${u.path} could not be computed ${u.problem.side}, so it was not compared: ${u.problem.why}`
    });
  }
  const majorLabelled = inputs.majorLabel !== '' && ctx.labels.includes(inputs.majorLabel);
  let newShipped = 0;
  for (const c of u.changes) {
    const at = locate(u, c.path, ctx.headMods);
    const shipped = c.shipped === undefined ? '' : c.shipped ? ' (shipped)' : ' (build list only)';
    const inGoMod =
      c.kind !== 'removed' && at.line !== undefined && ctx.headMods.size > 0 && at.line !== (ctx.headMods.get(u.relDir)?.modFile.module?.line ?? -1);
    if (inGoMod) out.push({ rule: 'dependency-change', module: u.path, ...at, title: `Dependency change: ${c.path}`, message: `${describe(c)}${shipped}.` });
    if (c.kind === 'downgraded') {
      out.push({
        rule: 'downgrade',
        module: u.path,
        ...at,
        title: `Downgrade: ${c.path}`,
        message: `${c.path} is downgraded from ${c.from} to ${c.to}.`,
        fix: { description: 'Require the higher version again', command: `go get ${c.path}@${c.from}` }
      });
    }
    if (c.major && !majorLabelled && !matches(inputs.majorAllow, c.path)) {
      out.push({
        rule: 'major-bump',
        module: u.path,
        ...at,
        title: `Major version bump: ${c.path}`,
        message: `${c.path}@${c.to} is a major version bump from ${c.major.from}: ${inputs.majorLabel ? `add the label ${inputs.majorLabel} or ` : ''}a major-allow entry.`
      });
    }
    if (c.flags.includes('pseudo-version')) {
      const when = pseudoVersionTime(c.to!).toISOString().slice(0, 10);
      out.push({
        rule: 'new-pseudo-version',
        module: u.path,
        ...at,
        title: `New pseudo-version: ${c.path}`,
        message: `${c.path} ${c.to} is a new pseudo-version: an untagged commit of ${when}.`
      });
    }
    if (c.flags.includes('+incompatible'))
      out.push({
        rule: 'new-incompatible',
        module: u.path,
        ...at,
        title: `New +incompatible: ${c.path}`,
        message: `${c.path} ${c.to} is newly required: a v2+ release without a go.mod.`
      });
    if (c.flags.includes('pre-release'))
      out.push({
        rule: 'new-prerelease',
        module: u.path,
        ...at,
        title: `New pre-release: ${c.path}`,
        message: `${c.path} ${c.to} is a newly required pre-release.`
      });
    if (c.license) {
      out.push({
        rule: 'license-change',
        module: u.path,
        ...at,
        title: `License change: ${c.path}`,
        message: `The license of ${c.path} changed from ${c.license.from} to ${c.license.to} (${c.from ?? 'new'} → ${c.to}).`
      });
    }
    if (c.kind === 'added' && c.shipped !== false) newShipped++;
  }
  if (newShipped > inputs.maxNewShipped && isOn(inputs.rules, 'too-many-new-modules')) {
    out.push({
      rule: 'too-many-new-modules',
      module: u.path,
      file: u.file,
      line: moduleLine,
      title: `${newShipped} new modules`,
      message: `This change adds ${newShipped} modules to what ${u.path} ships${u.shippedProblem ? ' (counting its whole build list: what ships could not be told apart)' : ''} (max-new-shipped is ${inputs.maxNewShipped}).`
    });
  }
  for (const d of u.directives) {
    const at = { file: u.file, line: d.line ?? moduleLine };
    if (d.directive === 'replace' && d.kind !== 'removed') {
      if (matches(inputs.replaceAllow, d.replaced ?? d.subject.split(' ')[0])) continue;
      const why =
        d.replaceKind === 'local'
          ? 'a local directory (builds outside this checkout cannot see it)'
          : d.replaceKind === 'fork'
            ? 'another module (a fork)'
            : 'another version of the same module';
      out.push({
        rule: 'new-replace',
        module: u.path,
        ...at,
        title: `${d.kind === 'added' ? 'New' : 'Changed'} replace: ${d.subject}`,
        message: `${d.kind === 'added' ? 'New' : 'Changed'} replace ${d.subject} => ${d.to}: ${why}.`
      });
    } else if (u.isNew && u.file.endsWith('go.mod')) {
      // A new module's go line and directives are all new: the module-added finding says so once.
      continue;
    } else if (d.directive === 'go' || d.directive === 'toolchain') {
      out.push({ rule: 'go-line-change', module: u.path, ...at, title: `${d.directive} line moved`, message: `${directiveText(d)}.` });
    } else if (d.directive !== 'replace') {
      out.push({ rule: 'directive-change', module: u.path, ...at, title: `${d.directive} changed`, message: `${directiveText(d)}.` });
    }
  }
  return out;
}

/** Findings at the go.sum lines the checksum database disagrees with, and one for lines it could not check. */
function sumDrafts(u: UnitReview, lines: GoSumLine[]): Draft[] {
  const v = u.sumdb;
  if (!v || !u.sumFile) return [];
  const lineOf = (text: string) => lines.find(l => sumLineText(l) === text)?.line;
  const out: Draft[] = [];
  for (const m of v.mismatch) {
    out.push({
      rule: 'gosum-mismatch',
      module: u.path,
      file: u.sumFile,
      line: lineOf(m.line),
      title: 'New go.sum line disagrees with the checksum database',
      message: `The new go.sum line "${m.line}" disagrees with the checksum database, which says "${m.dbLine}": whoever produced it got different content than everyone else.`,
      fix: {
        description: 'Delete the line and run go mod tidy with the checksum database on (GOSUMDB not off), then review why it differed',
        command: 'go mod tidy'
      }
    });
  }
  for (const r of v.rejected) {
    out.push({
      rule: 'sumdb-rejected',
      module: u.path,
      file: u.sumFile,
      line: lineOf(r.line),
      title: 'SECURITY: checksum database answer failed verification',
      message: `The checksum database's answer for the new go.sum line "${r.line}" failed verification: ${r.detail}.`
    });
  }
  // GOSUMDB=off and GONOSUMDB/GOPRIVATE are the user's choice: listed in the summary, not a finding.
  const unchecked = v.unverified.filter(x => x.why !== 'GOSUMDB=off' && x.why !== 'matched by GONOSUMDB/GOPRIVATE');
  if (unchecked.length) {
    out.push({
      rule: 'gosum-unverified',
      module: u.path,
      file: u.sumFile,
      line: lineOf(unchecked[0].line),
      title: 'New go.sum lines not checked against the checksum database',
      message: `${unchecked.length} new go.sum line${unchecked.length === 1 ? '' : 's'} could not be verified: ${unchecked[0].why}: ${unchecked
        .slice(0, 5)
        .map(x => x.line.split(' ').slice(0, 2).join('@'))
        .join(', ')}${unchecked.length > 5 ? ` and ${unchecked.length - 5} more` : ''}.`
    });
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const gate: GateDefinition<ModReviewInputs> = {
  name: 'mod-review',
  rules: RULES,
  parseInputs,
  execute,
  afterReport: commentOnPullRequest
};

export async function run(): Promise<void> {
  await runGate(gate);
}

export type { BaseCommit, Repo };

/** Both sides' shipped-module listings, started before the build lists are compared. */
interface ShippedListings {
  base?: ReturnType<typeof shippedModules>;
  head: ReturnType<typeof shippedModules>;
}

/** Whether the go.mod lines that select versions (require, replace, exclude) differ between two go.mod files. */
export function requirementsDiffer(a: ModFile, b: ModFile): boolean {
  const selecting = (m: ModFile) =>
    JSON.stringify([
      m.require.map(r => [r.path, r.version]),
      m.replace.map(r => [r.oldPath, r.oldVersion, r.newPath, r.newVersion]),
      m.exclude.map(e => [e.path, e.version])
    ]);
  return selecting(a) !== selecting(b);
}
