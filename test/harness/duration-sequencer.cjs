// Jest's test order: longest files first, so that the two workers finish together
// instead of one running the last long file alone. Jest orders by the durations it
// kept from the previous run on this machine; a fresh clone has none, and jest then
// orders by file size, which says little here (an act case is a short file that runs
// for minutes). So the seconds each file took in a fresh-clone `npm test` (2 workers,
// 2 cores) are kept below and used for any file jest has no time for; files not listed
// took under 5 s and are estimated at that. Files that failed last time still run first.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

/** Seconds per test file (relative to the repository root) in a fresh-clone run (ce64853, 2026-12-03). */
const KNOWN_SECONDS = {
  'test/workflows/act/monorepo.act.test.ts': 82,
  'packages/cli/test/cli.e2e.test.ts': 75,
  'actions/coverage-gate/test/coverage-gate-features.e2e.test.ts': 50,
  'test/workflows/act/starter.act.test.ts': 43,
  'test/toolchains/released-go.test.ts': 25,
  'packages/cli/test/package.e2e.test.ts': 25,
  'actions/coverage-gate/test/coverage-parity.test.ts': 25,
  'test/workflows/act/self-test.act.test.ts': 22,
  'test/hostile/hostile-checkout.test.ts': 22,
  'actions/readonly-list/test/readonly-list.e2e.test.ts': 22,
  'actions/sum-audit/test/sum-audit.e2e.test.ts': 21,
  'test/workflows/self-test-workflow.test.ts': 19,
  'actions/vendor-consistency/test/vendor-consistency.e2e.test.ts': 19,
  'actions/mod-review/test/mod-review.test.ts': 19,
  'test/workflows/act/examples.act.test.ts': 17,
  'actions/coverage-gate/test/patch-coverage.e2e.test.ts': 15,
  'actions/license-policy/test/license-policy.e2e.test.ts': 14,
  'actions/coverage-gate/test/coverage-gate.e2e.test.ts': 14,
  'test/release/check-dist.test.ts': 12,
  'actions/mod-verify/test/matrix.e2e.test.ts': 11,
  'actions/mod-review/test/kept-state.test.ts': 11,
  'packages/sumdb/test/sumdb.test.ts': 9,
  'actions/sbom-attach/test/sbom-attach.integration.test.ts': 9,
  'test/in-process/gate-decisions.test.ts': 8,
  'actions/sbom-attach/test/license-corpus.test.ts': 8,
  'test/workflows/go-gates-scripts.test.ts': 7,
  'actions/sum-audit/test/gosum-differential.test.ts': 7,
  'test/workflows/sharded-coverage.test.ts': 5,
  'actions/sbom-attach/test/publish/artifact.test.ts': 5,
  'actions/sbom-attach/test/attach.e2e.test.ts': 5,
  'actions/readonly-list/test/fix-commands.e2e.test.ts': 5,
  'actions/coverage-gate/test/path-inputs.e2e.test.ts': 5,
  'actions/coverage-gate/test/coverage-profile-fuzz.test.ts': 5
};
const UNKNOWN_SECONDS = 5;

class DurationSequencer extends Sequencer {
  sort(tests) {
    const estimate = test => {
      const kept = this.time(test);
      if (kept != null) return kept;
      const rel = path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');
      return (KNOWN_SECONDS[rel] ?? UNKNOWN_SECONDS) * 1000;
    };
    const order = tests.map(test => ({ test, failed: this.hasFailed(test), ms: estimate(test) }));
    order.sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.ms - a.ms || a.test.path.localeCompare(b.test.path)));
    return order.map(o => o.test);
  }
}

module.exports = DurationSequencer;
