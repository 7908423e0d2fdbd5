/**
 * Differential fuzzing of the coverprofile parser against
 * golang.org/x/tools/cover (the parser of `go tool cover`), built from the Go
 * module proxy at a pinned version: the same accept/reject and the same
 * statement totals per file and overall, on generated profiles from fixed
 * seeds. `npm run fuzz` runs the same comparison on many more seeds.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { buildXtoolsOracle, type XtoolsOracle } from '../../../test/harness/xtools-cover-oracle.js';
import { fuzzRange, type FuzzRun } from '../../../test/harness/coverprofile-fuzz.js';

/** Seeds 1..MIN always run; more batches follow while the time budget lasts (the machine may be shared). */
const MIN_SEEDS = 1500;
const MAX_SEEDS = 4000;
const BATCH = 500;
const BUDGET_MS = 8000;
let oracle: XtoolsOracle | undefined;

beforeAll(async () => {
  const built = await buildXtoolsOracle();
  if ('unavailable' in built) console.warn(`SKIPPED coverprofile differential fuzzing: ${built.unavailable}`);
  else oracle = built;
}, 120_000);
afterAll(() => oracle?.cleanup());

test('the gate and x/tools/cover agree on generated profiles (accept/reject and totals)', async () => {
  if (!oracle) return;
  const t0 = Date.now();
  let run: FuzzRun | undefined;
  for (let seed = 1; seed <= MAX_SEEDS && (seed <= MIN_SEEDS || Date.now() - t0 < BUDGET_MS); seed += BATCH) {
    run = await fuzzRange(p => oracle!.judge(p), seed, seed + BATCH, run);
  }
  const classes = Object.fromEntries([...run!.byClass].sort());
  console.log(
    `coverprofile fuzz: ${run!.cases} cases (${run!.accepted} accepted, ${run!.rejected} rejected by x/tools); classes ${JSON.stringify(classes)}; ${run!.failures.length} differences`
  );
  // Every class of the generator is exercised.
  expect(Object.keys(classes).length).toBe(15);
  expect(run!.failures.slice(0, 10)).toEqual([]);
}, 60_000);
