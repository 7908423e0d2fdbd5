/**
 * Module path and version syntax as golang.org/x/mod/module and
 * golang.org/x/mod/semver define it: CheckPath, canonical versions,
 * the major-version suffix rule, and semver ordering.
 */

const SEMVER_RE = /^v(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?(?:\.(0|[1-9][0-9]*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

interface ParsedSemver {
  major: string;
  minor: string;
  patch: string;
  prerelease: string;
  build: string;
  /** True when minor or patch were left out (v1, v1.2): valid, not canonical. */
  short: boolean;
}

function parseSemver(v: string): ParsedSemver | undefined {
  const m = SEMVER_RE.exec(v);
  if (!m) return undefined;
  // Prerelease numeric identifiers may not have leading zeros.
  if (m[4] && m[4].split('.').some(id => /^0[0-9]+$/.test(id))) return undefined;
  // Go's semver only allows the short forms without prerelease/build.
  if ((m[2] === undefined || m[3] === undefined) && (m[4] || m[5])) return undefined;
  return { major: m[1], minor: m[2] ?? '0', patch: m[3] ?? '0', prerelease: m[4] ? `-${m[4]}` : '', build: m[5] ? `+${m[5]}` : '', short: m[2] === undefined || m[3] === undefined };
}

export function isValidSemver(v: string): boolean {
  return parseSemver(v) !== undefined;
}

/**
 * Whether a version may appear in go.mod/go.sum: canonical semver
 * (vX.Y.Z[-pre]) with `+incompatible` the only build suffix allowed.
 */
export function isCanonicalModuleVersion(v: string): boolean {
  const p = parseSemver(v);
  if (!p || p.short) return false;
  return p.build === '' || p.build === '+incompatible';
}

function compareNumeric(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const x = a.slice(1).split('.');
  const y = b.slice(1).split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const xn = /^[0-9]+$/.test(x[i]);
    const yn = /^[0-9]+$/.test(y[i]);
    if (xn && yn) return compareNumeric(x[i], y[i]);
    if (xn) return -1;
    if (yn) return 1;
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/** semver.Compare: invalid versions sort before valid ones and equal to each other; build metadata is ignored. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return (
    compareNumeric(x.major, y.major) ||
    compareNumeric(x.minor, y.minor) ||
    compareNumeric(x.patch, y.patch) ||
    comparePrerelease(x.prerelease, y.prerelease)
  );
}

/** module.CheckPath; returns the problem, or undefined when the path is valid. */
export function checkModulePath(p: string): string | undefined {
  if (p === '') return 'empty module path';
  if (!/^[\x21-\x7e]+$/.test(p)) return 'module path has characters outside printable ASCII';
  if (p.startsWith('/') || p.endsWith('/')) return 'module path has a leading or trailing slash';
  const elems = p.split('/');
  for (const e of elems) {
    if (e === '') return 'module path has an empty element (double slash)';
    if (e.startsWith('.') || e.endsWith('.')) return `element ${JSON.stringify(e)} starts or ends with a dot`;
    if (!/^[A-Za-z0-9._~-]+$/.test(e)) return `element ${JSON.stringify(e)} has an invalid character`;
  }
  const first = elems[0];
  if (!first.includes('.')) return `first element ${JSON.stringify(first)} has no dot (a module path starts with a domain name)`;
  if (first.startsWith('-')) return `first element ${JSON.stringify(first)} starts with a dash`;
  if (!/^[a-z0-9.-]+$/.test(first)) return `first element ${JSON.stringify(first)} may only hold lower-case letters, digits, dots and dashes`;
  if (first === 'gopkg.in' && !/^gopkg\.in\/(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_.-]+\.v(0|[1-9][0-9]*)(-unstable)?$/.test(p)) return 'invalid gopkg.in path';
  const last = elems[elems.length - 1];
  if (first !== 'gopkg.in' && /^v[0-9]+$/.test(last) && elems.length > 1 && (last === 'v0' || last === 'v1' || /^v0/.test(last))) {
    return `major version suffix /${last} is not allowed (only /v2 and above)`;
  }
  return undefined;
}

/** module.CheckPathMajor: the version's major matches the path's /vN (or .vN for gopkg.in) suffix. */
export function checkPathMajor(p: string, version: string): string | undefined {
  const v = parseSemver(version);
  if (!v) return undefined;
  const major = Number(v.major);
  const gopkg = /\.v([0-9]+)(-unstable)?$/.exec(p);
  if (p.startsWith('gopkg.in/') && gopkg) {
    return Number(gopkg[1]) === major ? undefined : `version ${version} does not match gopkg.in suffix .v${gopkg[1]}`;
  }
  const suffix = /\/v([2-9]|[1-9][0-9]+)$/.exec(p);
  if (suffix) return Number(suffix[1]) === major && v.build !== '+incompatible' ? undefined : `version ${version} does not match the path's major version suffix /v${suffix[1]}`;
  if (major >= 2 && v.build !== '+incompatible') return `version ${version} needs a /v${major} suffix on the module path (or +incompatible)`;
  return undefined;
}
