import {
  errorMessage,
  licenseSource,
  loadComponentSet,
  type EnvOverlay,
  type GoEnv,
  type GoModule,
  type GoRunner,
  type LicenseReader,
  type SetMember
} from '@go-ci-gates/core';
import type { BuildList, ModuleChange } from './build-list.js';

/** What one side ships: listed module path → the member (core's component set, app mode as sbom-attach computes it). */
export type Shipped = Map<string, SetMember>;

/**
 * The modules the main packages compile (core's component set in `auto` mode:
 * app mode when a main package exists, else the module's build list as for a
 * library; modules only tests reach are left out). Licenses are read later,
 * for the changed modules only. Nothing is listed twice: no test packages in
 * app mode (they would only name what is left out), and a library's build
 * list is the one the review already has (`buildList`).
 * A module whose packages go cannot load gives a reason instead.
 */
export async function shippedModules(
  go: GoRunner,
  opts: { mods: readonly GoModule[]; env: EnvOverlay; goEnv: GoEnv; workspace: string; buildList?: BuildList | Promise<BuildList | undefined> }
): Promise<{ shipped: Shipped } | { problem: string }> {
  // A promise: the package listing starts now, and a library waits for the review's build list only where it needs it.
  const buildList = Promise.resolve(opts.buildList).then(l => (l ? [...l.values()] : undefined));
  const shipped: Shipped = new Map();
  const workspaceModules = new Map(opts.mods.map(m => [m.path, m]));
  try {
    for (const mod of opts.mods) {
      const set = await loadComponentSet(go, {
        mod,
        env: opts.env,
        goEnv: opts.goEnv,
        workspace: opts.workspace,
        mode: 'auto',
        patterns: ['./...'],
        targets: [],
        tags: [],
        excludeTestOnly: true,
        listTests: false,
        buildList,
        workspaceModules
      });
      for (const m of set.members) if (m.kind === 'module') shipped.set(m.listed.Path, m);
    }
  } catch (err) {
    return { problem: errorMessage(err) };
  }
  return { shipped };
}

/**
 * Marks each change shipped or build-list only (at head; at base for a
 * removal), and records a license change of a shipped module (core's
 * license detection, as sbom-attach uses it): against its own base license,
 * or for a new major version against the path it replaces.
 */
export async function applyShipped(changes: ModuleChange[], base: Shipped | undefined, head: Shipped, licenses: LicenseReader): Promise<void> {
  const license = async (m: SetMember) => (await licenses.read(m.dir, licenseSource(m.dir, !m.local))).expression;
  await Promise.all(
    changes.map(async c => {
      c.shipped = c.kind === 'removed' ? base?.has(c.path) : head.has(c.path);
      if (!c.shipped || c.kind === 'removed' || !base) return;
      const was = base.get(c.path) ?? (c.major ? base.get(c.major.from.slice(0, c.major.from.lastIndexOf('@'))) : undefined);
      if (!was) return;
      const now = head.get(c.path)!;
      // The same license files on both sides (most upgrades): the same license, nothing to match.
      if (await licenses.sameFiles(was.dir, now.dir)) return;
      const [before, after] = await Promise.all([license(was), license(now)]);
      if (before !== after) c.license = { from: before, to: after };
    })
  );
}
