/**
 * Go release versions as the go command writes them: `go1.21`, `go1.21.0`,
 * `1.22rc1`, `go1.23beta2`. Ordering follows golang.org/x/mod's gover:
 * 1.21 < 1.21rc1 < 1.21.0 (a bare "language version" sorts before its
 * release candidates, which sort before the first patch release).
 */
export interface GoVersion {
  major: number;
  minor: number;
  patch: number | undefined;
  kind: '' | 'alpha' | 'beta' | 'rc';
  pre: number;
  raw: string;
}

const GO_VERSION_RE = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(alpha|beta|rc)(\d+))?$/;

export function parseGoVersion(text: string): GoVersion | undefined {
  const m = GO_VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  // gover: "1" alone and "1.21.0rc1" style (pre-release with patch) are invalid.
  if (m[3] !== undefined && m[4] !== undefined) return undefined;
  return {
    major: Number(m[1]),
    minor: m[2] === undefined ? 0 : Number(m[2]),
    patch: m[3] === undefined ? undefined : Number(m[3]),
    kind: (m[4] as GoVersion['kind']) ?? '',
    pre: m[5] === undefined ? 0 : Number(m[5]),
    raw: text.trim()
  };
}

const KIND_RANK = { alpha: 1, beta: 2, rc: 3, '': 4 } as const;

export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  // Within a minor: language version (no patch, no prerelease) < prereleases < patches.
  const rank = (v: GoVersion): [number, number, number] =>
    v.patch !== undefined ? [2, v.patch, 0] : v.kind === '' ? [0, 0, 0] : [1, KIND_RANK[v.kind], v.pre];
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
}

/** Compares two version strings; throws on unparseable input. */
export function compareGoVersionStrings(a: string, b: string): number {
  const pa = parseGoVersion(a);
  const pb = parseGoVersion(b);
  if (!pa || !pb) throw new Error(`Not a Go version: ${!pa ? a : b}`);
  return compareGoVersions(pa, pb);
}

/** `go1.22.3` → `1.22.3`; leaves `1.22` alone. */
export function stripGoPrefix(v: string): string {
  return v.startsWith('go') ? v.slice(2) : v;
}
