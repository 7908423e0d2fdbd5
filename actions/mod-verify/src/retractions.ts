import { listModuleStatus, listModuleStatusCached, type GoRunner, type ModuleStatus, type ProxyAnswersStore } from '@go-ci-gates/core';
import type { ModuleRun } from './module-run.js';
import type { Draft } from './rules.js';

export interface RetractionCheck {
  drafts: Draft[];
  /** Direct dependencies with a newer version (information for the summary). */
  outdated: { path: string; version: string; update: string }[];
  /** Modules the proxy could not answer for, even one by one. */
  unchecked: string[];
  /** Versions answered from the saved answers, and versions the proxy was asked about. */
  reused: number;
  asked: number;
}

/**
 * Retracted and deprecated dependencies: core's listModuleStatus of `all`
 * (`go list -m -e -u -retracted -json all`, each failed entry asked again on its own). Each finding sits at the go.mod line that
 * requires the module, or at the direct dependency that pulls it in.
 */
export async function checkRetractions(
  go: GoRunner,
  run: ModuleRun,
  graph: Map<string, string[]> | undefined,
  retries: number,
  workspaceMode = false,
  store?: ProxyAnswersStore
): Promise<RetractionCheck> {
  const { mod } = run;
  const base = { cwd: mod.dir, env: run.env, flags: run.flags, retries };
  const all = store
    ? await listModuleStatusCached(go, { ...base, answers: store.answers, maxAgeMs: store.maxAgeMs })
    : { ...(await listModuleStatus(go, ['all'], base)), reused: 0, asked: -1 };
  const listed: ModuleStatus[] = all.listed.filter(m => !m.Main);
  const unchecked = all.unchecked;
  const drafts: Draft[] = [];
  const outdated: RetractionCheck['outdated'] = [];
  for (const m of listed) {
    const req = mod.modFile.require.find(r => r.path === m.Path);
    const via =
      req && !req.indirect
        ? undefined
        : pulledInBy(
            mod.path,
            m.Path,
            m.Version ?? '',
            graph,
            mod.modFile.require.filter(r => !r.indirect).map(r => r.path)
          );
    const viaReq = via ? mod.modFile.require.find(r => r.path === via) : undefined;
    // Under a go.work, `all` is the whole workspace's build list: keep what this module reaches.
    if (workspaceMode && !req && !via) continue;
    const line = req?.line ?? viaReq?.line ?? mod.modFile.module?.line;
    const through = via ? ` (pulled in by ${via})` : '';
    const upgrade = m.Update?.Version;
    if (m.Retracted?.length) {
      drafts.push({
        rule: 'retracted',
        module: mod.path,
        file: mod.goModFile,
        line,
        title: `Retracted: ${m.Path}@${m.Version}`,
        message: `${m.Path}@${m.Version} is retracted by its author${through}: ${m.Retracted.join('; ').replace(/\.$/, '')}.${upgrade ? ` Upgrade to ${upgrade}.` : ''}`,
        fix: { description: 'Upgrade past the retracted version', command: `go get ${m.Path}@${upgrade ?? 'latest'}` }
      });
    }
    if (m.Deprecated) {
      drafts.push({
        rule: 'deprecated',
        module: mod.path,
        file: mod.goModFile,
        line,
        title: `Deprecated: ${m.Path}`,
        message: `${m.Path} is deprecated${through}: ${m.Deprecated.trim()}`
      });
    }
    if (upgrade && req && !req.indirect) outdated.push({ path: m.Path, version: m.Version ?? '', update: upgrade });
  }
  return { drafts, outdated, unchecked, reused: all.reused, asked: all.asked < 0 ? listed.length : all.asked };
}

/** The direct dependency through which the build list reaches `target` (breadth-first over go mod graph). */
function pulledInBy(main: string, target: string, version: string, graph: Map<string, string[]> | undefined, direct: string[]): string | undefined {
  if (!graph) return undefined;
  const goal = `${target}@${version}`;
  for (const d of direct) {
    const starts: string[] = (graph.get(main) ?? []).filter(n => n.startsWith(`${d}@`));
    const seen = new Set<string>(starts);
    const queue: string[] = [...starts];
    while (queue.length) {
      const n: string = queue.shift()!;
      if (n === goal || n.startsWith(`${target}@`)) return d;
      for (const c of graph.get(n) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push(c);
      }
    }
  }
  return undefined;
}

/** `go mod graph` as adjacency: "a@v" (main module without @v) → its requirements. */
export async function moduleGraph(go: GoRunner, run: ModuleRun): Promise<Map<string, string[]> | undefined> {
  const r = await go.run(['mod', 'graph', ...run.flags], { cwd: run.mod.dir, env: run.env, allowFailure: true });
  if (r.exitCode !== 0) return undefined;
  const g = new Map<string, string[]>();
  for (const line of r.stdout.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || !to) continue;
    if (!g.has(from)) g.set(from, []);
    g.get(from)!.push(to);
  }
  return g;
}
