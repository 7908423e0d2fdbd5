import * as path from 'node:path';
import parseSemver from 'semver/functions/parse.js';
import rcompareSemver from 'semver/functions/rcompare.js';
import validSemver from 'semver/functions/valid.js';
import { gitOutput, matchPathMajor, splitPathVersion } from '@go-ci-gates/core';

export interface MainVersion {
  version: string;
  /** How the version was found: a tag on HEAD, a pseudo-version from the commit, or nothing to go on. */
  source: 'tag' | 'pseudo' | 'none';
  revision?: string;
  /** Commit time, seconds since the epoch. */
  commitTime?: number;
  dirty: boolean;
  /** Set when tags may be missing (shallow clone) or there is no git checkout. */
  warning?: string;
}

/** The zero pseudo-version Go itself uses when nothing is known. */
export const ZERO_PSEUDO_VERSION = 'v0.0.0-00010101000000-000000000000';

/** git's trimmed stdout, or undefined when it fails (asynchronous: the calls run beside go list and each other). */
function git(cwd: string, args: string[]): Promise<string | undefined> {
  return gitOutput(args, { cwd, maxBytes: 64 * 1024 * 1024 });
}

/** The major version a module path requires, from core's module.SplitPathVersion: `/v2` → 2, none → 0 (v0 or v1). */
export function pathMajor(modulePath: string): number {
  const suffix = splitPathVersion(modulePath).pathMajor;
  return suffix ? Number(/\d+/.exec(suffix)![0]) : 0;
}

/**
 * The main module's version as Go 1.24+ stamps it: the semver tag on HEAD
 * (`subdir/vX.Y.Z` for a module in a subdirectory), else a pseudo-version
 * based on the latest tag reachable from HEAD, with `+dirty` when the
 * working tree has changes. Never `(devel)`.
 */
export async function mainModuleVersion(moduleDir: string, modulePath: string): Promise<MainVersion> {
  // Four independent questions, asked at once (a fork of this process costs more than each answer).
  // `git status` covers the whole working tree from any directory in it.
  const [where, head, status, tagsOnHead] = await Promise.all([
    git(moduleDir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']),
    git(moduleDir, ['log', '-1', '--format=%H %ct', 'HEAD']),
    git(moduleDir, ['status', '--porcelain']),
    git(moduleDir, ['tag', '--points-at', 'HEAD'])
  ]);
  const [top, shallowAnswer] = where === undefined ? [] : where.split('\n');
  if (top === undefined) {
    return {
      version: ZERO_PSEUDO_VERSION,
      source: 'none',
      dirty: false,
      warning: `${modulePath} is not in a git checkout, so its version is the zero pseudo-version ${ZERO_PSEUDO_VERSION}`
    };
  }
  const rel = path.relative(top, moduleDir).split(path.sep).join('/');
  const prefix = rel && rel !== '.' ? `${rel}/` : '';
  const major = pathMajor(modulePath);
  const suffix = splitPathVersion(modulePath).pathMajor;
  const [revision, time] = head ? head.split(' ') : [];
  if (!revision) {
    return { version: ZERO_PSEUDO_VERSION, source: 'none', dirty: false, warning: `${modulePath}: the git checkout has no commit yet` };
  }
  const commitTime = Number(time);
  const dirty = (status ?? '') !== '';
  const shallow = shallowAnswer === 'true';
  const semverOf = (tag: string) => {
    if (!tag.startsWith(prefix)) return undefined;
    const v = tag.slice(prefix.length);
    if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v) || !validSemver(v)) return undefined;
    return matchPathMajor(v, suffix) ? v : undefined;
  };
  const onHead = (tagsOnHead ?? '')
    .split('\n')
    .map(t => semverOf(t.trim()))
    .filter((v): v is string => !!v)
    .sort((a, b) => rcompareSemver(a, b));
  if (onHead.length) {
    return { version: dirty ? `${onHead[0]}+dirty` : onHead[0], source: 'tag', revision, commitTime, dirty };
  }
  const reachable = ((await git(moduleDir, ['tag', '--merged', 'HEAD', '--list', `${prefix}v*`])) ?? '')
    .split('\n')
    .map(t => semverOf(t.trim()))
    .filter((v): v is string => !!v)
    .sort((a, b) => rcompareSemver(a, b));
  const version = pseudoVersion(reachable[0], major, commitTime, revision) + (dirty ? '+dirty' : '');
  const warning = shallow
    ? `The checkout of ${modulePath} is shallow, so tags may be missing and its version falls back to ${version}; use actions/checkout with fetch-depth: 0 (or fetch-tags: true)`
    : undefined;
  return { version, source: 'pseudo', revision, commitTime, dirty, warning };
}

/** Go's pseudo-version forms (golang.org/x/mod/module.PseudoVersion). */
export function pseudoVersion(base: string | undefined, major: number, commitTime: number, revision: string): string {
  const d = new Date(commitTime * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  const rev = revision.slice(0, 12);
  if (!base) return `v${major}.0.0-${stamp}-${rev}`;
  const parsed = parseSemver(base)!;
  if (parsed.prerelease.length) return `${base}.0.${stamp}-${rev}`;
  return `v${parsed.major}.${parsed.minor}.${parsed.patch + 1}-0.${stamp}-${rev}`;
}
