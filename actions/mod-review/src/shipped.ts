import { errorMessage, loadComponentSet, NOASSERTION, type EnvOverlay, type GoEnv, type GoModule, type GoRunner, type LicenseReader } from '@go-ci-gates/core';
import type { ModuleChange } from './build-list.js';

/** What one side ships: listed module path → its detected license (core's component set, app mode as sbom-attach computes it). */
export type Shipped = Map<string, string>;

/**
 * The modules the main packages compile (core's component set in `auto` mode:
 * app mode when a main package exists, else the module's build list as for a
 * library; modules only tests reach are left out), each with its license.
 * A module whose packages go cannot load gives a reason instead.
 */
export async function shippedModules(
  go: GoRunner,
  opts: { mods: readonly GoModule[]; env: EnvOverlay; goEnv: GoEnv; workspace: string; licenses: LicenseReader }
): Promise<{ shipped: Shipped } | { problem: string }> {
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
        workspaceModules,
        licenses: opts.licenses
      });
      for (const m of set.members) if (m.kind === 'module') shipped.set(m.listed.Path, m.license?.expression ?? NOASSERTION);
    }
  } catch (err) {
    return { problem: errorMessage(err) };
  }
  return { shipped };
}

/**
 * Marks each change shipped or build-list only (at head; at base for a
 * removal), and records a license change of a shipped module: against its
 * own base license, or for a new major version against the path it replaces.
 */
export function applyShipped(changes: ModuleChange[], base: Shipped | undefined, head: Shipped): void {
  for (const c of changes) {
    c.shipped = c.kind === 'removed' ? base?.has(c.path) : head.has(c.path);
    if (!c.shipped || c.kind === 'removed' || !base) continue;
    const now = head.get(c.path)!;
    const before = base.get(c.path) ?? (c.major ? base.get(c.major.from.slice(0, c.major.from.lastIndexOf('@'))) : undefined);
    if (before !== undefined && before !== now) c.license = { from: before, to: now };
  }
}
