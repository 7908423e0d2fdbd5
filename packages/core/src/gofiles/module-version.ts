// The two functions only: semver's index loads all of it (ranges included), 10-15 ms of every
// gate's start-up in a bundle, for what core needs of it.
import compareSemver from 'semver/functions/compare.js';
import parseSemver from 'semver/functions/parse.js';

/**
 * Go module version syntax, as golang.org/x/mod/semver and x/mod/module define
 * it. Go's semver differs from npm's: a `v` prefix is required, `v1` and
 * `v1.2` are valid shorthands (valid, not canonical), and the module system
 * gives `+incompatible`, `/vN` suffixes and pseudo-versions their meaning.
 */

export interface ParsedGoSemver {
  major: string;
  minor: string;
  patch: string;
  /** With the leading `-`, or ''. */
  prerelease: string;
  /** With the leading `+`, or ''. */
  build: string;
  /** `v1` or `v1.2`: valid but not canonical. */
  short: boolean;
}

const NUM = '(0|[1-9][0-9]*)';
const IDENT = '[0-9A-Za-z-]+';
const GO_SEMVER_RE = new RegExp(`^v${NUM}(?:\\.${NUM}(?:\\.${NUM}(-${IDENT}(?:\\.${IDENT})*)?(\\+${IDENT}(?:\\.${IDENT})*)?)?)?$`);

/** Parses a Go semantic version (x/mod/semver's parse); undefined when invalid. */
export function parseGoSemver(v: string): ParsedGoSemver | undefined {
  const m = GO_SEMVER_RE.exec(v);
  if (!m) return undefined;
  const prerelease = m[4] ?? '';
  // Numeric pre-release identifiers may not have leading zeros.
  if (
    prerelease &&
    prerelease
      .slice(1)
      .split('.')
      .some(id => /^0[0-9]+$/.test(id))
  )
    return undefined;
  return {
    major: m[1],
    minor: m[2] ?? '0',
    patch: m[3] ?? '0',
    prerelease,
    build: m[5] ?? '',
    short: m[3] === undefined
  };
}

export function isValidGoSemver(v: string): boolean {
  return parseGoSemver(v) !== undefined;
}

/** `vMAJOR`, e.g. `v2`; '' when invalid (semver.Major). */
export function semverMajor(v: string): string {
  const p = parseGoSemver(v);
  return p ? `v${p.major}` : '';
}

/** The build suffix with its `+`, or '' (semver.Build). */
export function semverBuild(v: string): string {
  return parseGoSemver(v)?.build ?? '';
}

/** The pre-release suffix with its `-`, or '' (semver.Prerelease). */
export function semverPrerelease(v: string): string {
  return parseGoSemver(v)?.prerelease ?? '';
}

/**
 * module.CanonicalVersion: semver.Canonical (fills `.0`s, drops build
 * metadata) but keeps `+incompatible`, which the module system gives meaning.
 * '' when the version is not valid.
 */
export function canonicalVersion(v: string): string {
  const p = parseGoSemver(v);
  if (!p) return '';
  const base = `v${p.major}.${p.minor}.${p.patch}${p.prerelease}`;
  return p.build === '+incompatible' ? `${base}+incompatible` : base;
}

/** Whether go.mod may hold the version as written (the go command rejects non-canonical ones). */
export function isCanonicalVersion(v: string): boolean {
  return v !== '' && canonicalVersion(v) === v;
}

/**
 * Compares two Go versions as semver.Compare: an invalid version sorts before
 * every valid one and equal to other invalid ones; build metadata is ignored.
 */
export function compareModuleVersions(a: string, b: string): number {
  const ca = canonicalVersion(a);
  const cb = canonicalVersion(b);
  if (!ca || !cb) return ca ? 1 : cb ? -1 : 0;
  const sa = ca.slice(1).replace(/\+incompatible$/, '');
  const sb = cb.slice(1).replace(/\+incompatible$/, '');
  const na = parseSemver(sa);
  const nb = parseSemver(sb);
  if (na && nb) return compareSemver(na, nb);
  // npm semver refuses numbers beyond 2^53; Go accepts any length. Compare exactly.
  return compareBig(parseGoSemver(ca)!, parseGoSemver(cb)!);
}

function compareBig(a: ParsedGoSemver, b: ParsedGoSemver): number {
  for (const k of ['major', 'minor', 'patch'] as const) {
    const d = BigInt(a[k]) - BigInt(b[k]);
    if (d !== 0n) return d < 0n ? -1 : 1;
  }
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  const x = a.prerelease.slice(1).split('.');
  const y = b.prerelease.slice(1).split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const xn = /^[0-9]+$/.test(x[i]);
    const yn = /^[0-9]+$/.test(y[i]);
    if (xn && yn) return BigInt(x[i]) < BigInt(y[i]) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

export interface PathVersionSplit {
  /** The path without its major-version suffix. */
  prefix: string;
  /** `/vN`, `.vN` (gopkg.in, optionally `-unstable`), or ''. */
  pathMajor: string;
  /** False for a malformed suffix such as `/v1`, `/v0` or `/v02`. */
  ok: boolean;
}

/** module.SplitPathVersion. */
export function splitPathVersion(path: string): PathVersionSplit {
  if (path.startsWith('gopkg.in/')) {
    const m = /^(gopkg\.in\/.+?)(\.v(0|[1-9][0-9]*)(-unstable)?)$/.exec(path);
    if (!m) return { prefix: path, pathMajor: '', ok: false };
    return { prefix: m[1], pathMajor: m[2], ok: true };
  }
  let i = path.length;
  let dot = false;
  while (i > 0 && ((path[i - 1] >= '0' && path[i - 1] <= '9') || path[i - 1] === '.')) {
    if (path[i - 1] === '.') dot = true;
    i--;
  }
  if (i <= 1 || i === path.length || path[i - 1] !== 'v' || path[i - 2] !== '/') return { prefix: path, pathMajor: '', ok: true };
  const prefix = path.slice(0, i - 2);
  const pathMajor = path.slice(i - 2);
  if (dot || pathMajor.length <= 2 || pathMajor[2] === '0' || pathMajor === '/v1') return { prefix: path, pathMajor: '', ok: false };
  return { prefix, pathMajor, ok: true };
}

/**
 * module.CheckPathMajor: why the version's major does not agree with the
 * path's `/vN` or `.vN` suffix, or undefined when it does.
 */
export function pathMajorMismatch(version: string, pathMajor: string): string | undefined {
  let pm = pathMajor;
  if (pm.startsWith('.v') && pm.endsWith('-unstable')) pm = pm.slice(0, -'-unstable'.length);
  // Early vgo generated v0.0.0- pseudo-versions for gopkg.in .v1 paths; Go still accepts them.
  if (version.startsWith('v0.0.0-') && pm === '.v1') return undefined;
  const m = semverMajor(version);
  let want: string;
  if (pm === '') {
    if (m === 'v0' || m === 'v1' || semverBuild(version) === '+incompatible') return undefined;
    want = 'v0 or v1';
  } else {
    if (m === pm.slice(1)) return undefined;
    want = pm.slice(1);
  }
  return `should be ${want}, not ${m || JSON.stringify(version)}`;
}

/** Whether the version's major agrees with the module path (module.MatchPathMajor). */
export function matchPathMajor(version: string, pathMajor: string): boolean {
  return pathMajorMismatch(version, pathMajor) === undefined;
}

/**
 * Why `+incompatible` is not valid on this version for this path, or
 * undefined when it is valid or absent. It marks a v2+ version of a module
 * without a go.mod whose path has no major suffix; on v0/v1 or on a `/vN`
 * or gopkg.in path the go command rejects it.
 */
export function incompatibleProblem(path: string, version: string): string | undefined {
  if (semverBuild(version) !== '+incompatible') return undefined;
  const { pathMajor } = splitPathVersion(path);
  if (pathMajor) return `+incompatible is not allowed on a module path with a major-version suffix (${pathMajor})`;
  const major = semverMajor(version);
  if (major === 'v0' || major === 'v1') return `+incompatible is not allowed on ${major}: major version ${major} is compatible`;
  return undefined;
}

/** Checks path and version together (module.Check, version half): a reason, or undefined. */
export function checkModuleVersion(path: string, version: string): string | undefined {
  if (!isValidGoSemver(version)) return `${JSON.stringify(version)} is not a semantic version (want v1.2.3)`;
  if (!isCanonicalVersion(version)) return `${version} is not canonical (want ${canonicalVersion(version)})`;
  const { pathMajor, ok } = splitPathVersion(path);
  if (!ok) return `${path} has a malformed major-version suffix`;
  const mismatch = pathMajorMismatch(version, pathMajor);
  if (mismatch) return `major version ${mismatch} for module path ${path}`;
  const incompatible = incompatibleProblem(path, version);
  if (incompatible) return incompatible;
  if (isPseudoVersion(version)) {
    const err = pseudoVersionProblem(version);
    if (err) return err;
  }
  return undefined;
}

// x/mod/module's pseudoVersionRE.
const PSEUDO_RE = /^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** module.IsPseudoVersion. */
export function isPseudoVersion(v: string): boolean {
  return (v.match(/-/g)?.length ?? 0) >= 2 && isValidGoSemver(v) && PSEUDO_RE.test(v);
}

export interface ParsedPseudoVersion {
  /** `vX.0.0`, `vX.Y.(Z+1)-0` or `vX.Y.Z-pre.0`. */
  base: string;
  /** yyyymmddhhmmss. */
  timestamp: string;
  rev: string;
  /** With `+`, e.g. `+incompatible`, or ''. */
  build: string;
  /**
   * The form: `no-base` (vX.0.0-yyyymmddhhmmss-rev), `release` (vX.Y.(Z+1)-0.ts-rev,
   * after a release tag) or `prerelease` (vX.Y.Z-pre.0.ts-rev); each of the last
   * two may carry +incompatible, which makes Go's five forms.
   */
  form: 'no-base' | 'release' | 'prerelease';
}

/** parsePseudoVersion of x/mod/module; undefined when not a pseudo-version. */
export function parsePseudoVersion(v: string): ParsedPseudoVersion | undefined {
  if (!isPseudoVersion(v)) return undefined;
  const build = semverBuild(v);
  let rest = build ? v.slice(0, -build.length) : v;
  const j = rest.lastIndexOf('-');
  const rev = rest.slice(j + 1);
  rest = rest.slice(0, j);
  const i = rest.lastIndexOf('-');
  const k = rest.lastIndexOf('.');
  let base: string;
  let timestamp: string;
  if (k > i) {
    base = rest.slice(0, k);
    timestamp = rest.slice(k + 1);
  } else {
    base = rest.slice(0, i);
    timestamp = rest.slice(i + 1);
  }
  const pre = semverPrerelease(base);
  const form = pre === '' ? 'no-base' : pre === '-0' ? 'release' : 'prerelease';
  return { base, timestamp, rev, build, form };
}

/** Why a string shaped like a pseudo-version is still not a valid one, or undefined. */
function pseudoVersionProblem(v: string): string | undefined {
  try {
    pseudoVersionBase(v);
    pseudoVersionTime(v);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * module.PseudoVersionBase: the tagged version the pseudo-version builds on,
 * '' for the vX.0.0 form. Throws for a malformed pseudo-version.
 */
export function pseudoVersionBase(v: string): string {
  const p = parsePseudoVersion(v);
  if (!p) throw new Error(`${v}: not a pseudo-version`);
  if (p.form === 'no-base') {
    // "vX.0.0-" says there is no parent tag; "+incompatible" says there is one: nonsensical.
    if (p.build) throw new Error(`${v}: pseudo-version lacks base version, but has build metadata ${JSON.stringify(p.build)}`);
    return '';
  }
  // The build suffix (+incompatible) carries over to the base version.
  if (p.form === 'release') {
    const core = p.base.slice(0, -'-0'.length);
    const dot = core.lastIndexOf('.');
    const patch = core.slice(dot + 1);
    if (patch === '0') throw new Error(`${v}: version before ${core} would have negative patch number`);
    return `${core.slice(0, dot + 1)}${(BigInt(patch) - 1n).toString()}${p.build}`;
  }
  return `${p.base.slice(0, -'.0'.length)}${p.build}`;
}

/** module.PseudoVersionTime: the commit time (UTC). Throws for a malformed one. */
export function pseudoVersionTime(v: string): Date {
  const p = parsePseudoVersion(v);
  if (!p) throw new Error(`${v}: not a pseudo-version`);
  const t = p.timestamp;
  const [y, mo, d, h, mi, s] = [t.slice(0, 4), t.slice(4, 6), t.slice(6, 8), t.slice(8, 10), t.slice(10, 12), t.slice(12, 14)].map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    date.getUTCHours() !== h ||
    date.getUTCMinutes() !== mi ||
    date.getUTCSeconds() !== s
  ) {
    throw new Error(`${v}: pseudo-version has malformed time ${JSON.stringify(t)}`);
  }
  return date;
}

/** module.PseudoVersionRev: the revision identifier (a 12-character commit prefix for git). */
export function pseudoVersionRev(v: string): string {
  const p = parsePseudoVersion(v);
  if (!p) throw new Error(`${v}: not a pseudo-version`);
  return p.rev;
}

/** Whether a version is a pre-release that is not a pseudo-version (e.g. v1.2.0-rc.1). */
export function isPrereleaseVersion(v: string): boolean {
  return semverPrerelease(v) !== '' && !isPseudoVersion(v);
}
