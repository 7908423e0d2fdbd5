import { PackageURL } from 'packageurl-js';

/**
 * Whether GitHub's dependency graph will accept a PURL: it must parse, have a
 * type, name and version, and print back unchanged (a PURL that only parses
 * after normalisation would be stored under another identity). Returns the
 * reason it is refused, or undefined.
 */
export function purlProblem(purl: string): string | undefined {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch (err) {
    return err instanceof Error ? err.message.replace(/^Invalid purl: /, '') : String(err);
  }
  if (!parsed.name) return 'it has no name';
  if (!parsed.version) return 'it has no version';
  const canonical = parsed.toString();
  if (canonical !== purl) return `it does not round-trip (packageurl-js prints ${canonical})`;
  return undefined;
}
