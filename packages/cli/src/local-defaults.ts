import * as path from 'node:path';

/**
 * Inputs the CLI sets when the user does not, because the action.yml
 * default only makes sense on GitHub (an Actions cache, an artifact
 * service, a release) or needs a step the workflow would have run before
 * (go test for a coverage profile). `outDir` is the gate's own directory
 * under --out, which is also its RUNNER_TEMP.
 */
export function localDefaults(gate: string, outDir: string): Record<string, string> {
  switch (gate) {
    case 'coverage-gate':
      // No profile is given locally, so the gate runs go test itself; a profile or covdata-dir input still wins.
      return { 'run-tests': 'true', baseline: 'none', 'badge-path': path.join(outDir, 'coverage.svg') };
    case 'sbom-attach':
      // auto: app mode for a module with a main package, module mode for a library.
      return { mode: 'auto', 'upload-artifact': 'false', 'release-asset': 'false' };
    case 'sum-audit':
      // The verified tree head is kept between local runs under --out, not in the Actions cache.
      return { cache: 'false', 'state-dir': path.join(outDir, 'state') };
    default:
      return {};
  }
}
