import { PackageURL } from 'packageurl-js';

/**
 * `pkg:golang/<module path>@<version>` with the path's case and `/vN` kept
 * (namespace = path up to the last `/`, name = the last element) and no
 * qualifiers. Every PURL is round-tripped through packageurl-js: one that does
 * not survive parsing is reported instead of being written (a single bad PURL
 * gets a whole dependency snapshot rejected).
 */
export function goModulePurl(modulePath: string, version: string): string {
  const slash = modulePath.lastIndexOf('/');
  const namespace = slash > 0 ? modulePath.slice(0, slash) : undefined;
  const name = slash > 0 ? modulePath.slice(slash + 1) : modulePath;
  const purl = new PackageURL('golang', namespace, name, version || undefined, undefined, undefined).toString();
  assertPurlRoundTrips(purl, modulePath, version);
  return purl;
}

/** The standard library: `pkg:golang/stdlib@1.24.2` (no `go` prefix), as OSV and syft name it. */
export function goStdlibPurl(goVersion: string): string {
  const purl = new PackageURL('golang', undefined, 'stdlib', goVersion.replace(/^go/, ''), undefined, undefined).toString();
  assertPurlRoundTrips(purl, 'stdlib', goVersion.replace(/^go/, ''));
  return purl;
}

export function goStdlibCpe(goVersion: string): string {
  return `cpe:2.3:a:golang:go:${goVersion.replace(/^go/, '')}:*:*:*:*:*:*:*`;
}

export class InvalidPurlError extends Error {}

/** Throws unless `purl` parses back to the same module path and version. */
export function assertPurlRoundTrips(purl: string, modulePath: string, version: string): void {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch (err) {
    throw new InvalidPurlError(`PURL ${purl} for ${modulePath}@${version} does not parse: ${(err as Error).message}`);
  }
  const back = parsed.namespace ? `${parsed.namespace}/${parsed.name}` : parsed.name;
  if (parsed.type !== 'golang' || back !== modulePath || (parsed.version ?? '') !== version) {
    throw new InvalidPurlError(`PURL ${purl} does not round-trip to ${modulePath}@${version} (got ${back}@${parsed.version ?? ''})`);
  }
}

/** True when `purl` parses with packageurl-js (for filtering before submission). */
export function isValidPurl(purl: string): boolean {
  try {
    PackageURL.fromString(purl);
    return true;
  } catch {
    return false;
  }
}
