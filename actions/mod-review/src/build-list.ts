import {
  compareModuleVersions,
  isPrereleaseVersion,
  isPseudoVersion,
  semverBuild,
  semverMajor,
  splitPathVersion,
  type EnvOverlay,
  type GoRunner
} from '@go-ci-gates/core';

/** One module of a build list, as `go list -m -json all` reports it. */
export interface ListedModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Indirect?: boolean;
  Replace?: { Path: string; Version?: string };
}

export type BuildList = Map<string, ListedModule>;

/** The build list from the go command, or why go could not give it (the whole of its error). */
export async function loadBuildList(
  go: GoRunner,
  opts: { cwd: string; env: EnvOverlay; flags: readonly string[] }
): Promise<{ list: BuildList } | { problem: string }> {
  const { values, result } = await go.listJson<ListedModule>(['list', '-m', '-json', ...opts.flags, 'all'], {
    cwd: opts.cwd,
    env: opts.env,
    allowFailure: true
  });
  if (result.exitCode !== 0) {
    const why =
      result.stderr
        .split('\n')
        .map(l => l.trim())
        .filter(Boolean)
        .slice(-3)
        .join(' ') || `exit ${result.exitCode}`;
    return { problem: `go list -m all failed: ${why}` };
  }
  return { list: new Map(values.filter(m => !m.Main).map(m => [m.Path, m])) };
}

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'replaced';
export type VersionFlag = 'pseudo-version' | '+incompatible' | 'pre-release';

/** One module whose place in the build list changed. */
export interface ModuleChange {
  path: string;
  kind: ChangeKind;
  from?: string;
  to?: string;
  fromReplace?: string;
  toReplace?: string;
  /** A major version bump: a new major of a version, or a /vN path replacing another major's path. */
  major?: { from: string };
  /** What is new about the version now required. */
  flags: VersionFlag[];
  /** The head go.mod requires it directly (no // indirect). */
  direct: boolean;
  /** Shipped (compiled into the main packages) at head, or at base for a removal; undefined when not known. */
  shipped?: boolean;
  retracted?: string;
  deprecated?: string;
  license?: { from: string; to: string };
}

const replaceText = (m: ListedModule | undefined): string | undefined =>
  m?.Replace ? (m.Replace.Version ? `${m.Replace.Path} ${m.Replace.Version}` : m.Replace.Path) : undefined;

/** What is special about a newly required version: pseudo-version, +incompatible, pre-release. */
export function versionFlags(v: string | undefined): VersionFlag[] {
  if (!v) return [];
  const flags: VersionFlag[] = [];
  if (isPseudoVersion(v)) flags.push('pseudo-version');
  else if (isPrereleaseVersion(v)) flags.push('pre-release');
  if (semverBuild(v) === '+incompatible') flags.push('+incompatible');
  return flags;
}

/** The module path without its /vN (or gopkg.in .vN) suffix: what stays the same across major versions. */
function pathFamily(p: string): string {
  return splitPathVersion(p).prefix;
}

/**
 * Compares two build lists in semver order (go's own ordering of module
 * versions). A module whose path gained a new major suffix (`x` → `x/v2`)
 * is an addition that is also a major bump of the family it left.
 */
export function diffBuildLists(base: BuildList, head: BuildList, direct: ReadonlySet<string>): ModuleChange[] {
  const out: ModuleChange[] = [];
  const baseFamilies = new Map<string, ListedModule>();
  for (const m of base.values()) baseFamilies.set(pathFamily(m.Path), m);
  for (const [p, h] of head) {
    const b = base.get(p);
    const to = h.Version ?? '';
    const toReplace = replaceText(h);
    if (!b) {
      const older = baseFamilies.get(pathFamily(p));
      out.push({
        path: p,
        kind: 'added',
        to,
        toReplace,
        ...(older && older.Path !== p ? { major: { from: `${older.Path}@${older.Version}` } } : {}),
        flags: versionFlags(to),
        direct: direct.has(p)
      });
      continue;
    }
    const from = b.Version ?? '';
    const fromReplace = replaceText(b);
    if (from === to && fromReplace === toReplace) continue;
    const cmp = compareModuleVersions(from, to);
    const kind: ChangeKind = cmp < 0 ? 'upgraded' : cmp > 0 ? 'downgraded' : 'replaced';
    const change: ModuleChange = { path: p, kind, from, to, fromReplace, toReplace, flags: from === to ? [] : versionFlags(to), direct: direct.has(p) };
    if (kind === 'upgraded' && semverMajor(from) !== semverMajor(to)) change.major = { from: `${p}@${from}` };
    out.push(change);
  }
  for (const [p, b] of base) {
    if (!head.has(p)) out.push({ path: p, kind: 'removed', from: b.Version ?? '', fromReplace: replaceText(b), flags: [], direct: false });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
