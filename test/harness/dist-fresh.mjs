// Jest global setup: the end-to-end tests run dist/<gate>/index.js exactly as the
// runner does, so a dist/ built from other sources would test stale code. Fail
// before any test runs, and say how to fix it.
import { recordedDigests, sourcesDigest } from '../../scripts/dist-sources.mjs';

export default async function distFresh() {
  if (process.env.GO_CI_GATES_ALLOW_STALE_DIST === '1') return;
  const recorded = recordedDigests()?.sources ?? '(none)';
  const actual = await sourcesDigest();
  if (recorded !== actual) {
    throw new Error(
      `dist/ was not built from these sources (dist/sources.sha256 ${recorded.slice(0, 12)}, sources ${actual.slice(0, 12)}): ` +
        'run `npm run build` first, or set GO_CI_GATES_ALLOW_STALE_DIST=1 to run the tests against the committed bundles anyway.'
    );
  }
}
