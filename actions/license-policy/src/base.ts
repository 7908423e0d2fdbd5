import { dropTempRefs, ensureCommit, parseGoSum, parseModFile, runGit, type GoModule } from '@go-ci-gates/core';

/**
 * What one module required at the pull request's base commit, read from git
 * without touching the checkout (a depth-1 clone gets the base commit fetched
 * by its SHA, as coverage-gate fetches it): the base go.mod's requirements and the
 * base go.sum's module zips (what could have been built then). A module of
 * today's set is new when its path is in neither; its license is new when
 * its version changed and the license at the base version differs.
 */
export type BaseModules =
  | { available: true; sha: string; /** module path → versions at the base */ versions: Map<string, Set<string>> }
  | { available: false; sha: string; why: string };

const SHA_OK = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;

export async function readBaseModules(mod: GoModule, sha: string): Promise<BaseModules> {
  if (!SHA_OK.test(sha)) return { available: false, sha, why: `the base ref ${sha} is not a commit id or ref name` };
  const short = sha.slice(0, 12);
  const inGit = await runGit(['rev-parse', '--git-dir'], { cwd: mod.dir, timeoutMs: 30_000 });
  if (!inGit.ok)
    return {
      available: false,
      sha,
      why: `${mod.relDir} is not in a git checkout, so the base commit ${short} cannot be read and every module counts as new in this pull request.`
    };
  const tempRefs: string[] = [];
  try {
    const commit = await ensureCommit(mod.dir, sha, 'base', tempRefs);
    if (typeof commit !== 'string')
      return {
        available: false,
        sha,
        why: `The base commit ${short} cannot be read (${commit.unavailable.replace(/^the base \S+ /, '')}), so every module counts as new in this pull request; use actions/checkout with fetch-depth: 0.`
      };
    return await readAt(mod, sha, commit);
  } finally {
    await dropTempRefs(mod.dir, tempRefs);
  }
}

async function readAt(mod: GoModule, sha: string, resolved: string): Promise<BaseModules> {
  const short = sha.slice(0, 12);
  const show = (file: string) => runGit(['show', `${resolved}:./${file}`], { cwd: mod.dir, timeoutMs: 60_000 });
  const [goMod, goSum] = await Promise.all([show('go.mod'), show('go.sum')]);
  const versions = new Map<string, Set<string>>();
  const add = (p: string, v: string) => {
    if (!versions.has(p)) versions.set(p, new Set());
    versions.get(p)!.add(v);
  };
  // No go.mod at the base: the module is new, and so is everything it requires (an empty base).
  if (goMod.ok) {
    try {
      const mf = parseModFile(goMod.stdout);
      for (const r of mf.require) add(r.path, r.version);
      for (const r of mf.replace) if (r.newVersion) add(r.newPath, r.newVersion);
    } catch {
      return { available: false, sha, why: `The base commit ${short} has a go.mod for ${mod.path} that cannot be parsed, so every module counts as new.` };
    }
  }
  if (goSum.ok) for (const l of parseGoSum(goSum.stdout).lines) if (!l.problem && l.kind === 'zip') add(l.module, l.version);
  return { available: true, sha: resolved, versions };
}
