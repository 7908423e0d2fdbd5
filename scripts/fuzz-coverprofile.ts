/**
 * npm run fuzz [-- <seconds> [<first seed>]]: differential fuzzing of the
 * coverprofile parser against golang.org/x/tools/cover for the given time
 * (default 60 s), from seed 1000000 on (npm test covers the low seeds).
 * Prints each difference with its seed; exits 1 if there was any.
 */
import { buildXtoolsOracle } from '../test/harness/xtools-cover-oracle.js';
import { fuzzRange, type FuzzRun } from '../test/harness/coverprofile-fuzz.js';

const seconds = Number(process.argv[2] ?? 60);
let seed = Number(process.argv[3] ?? 1_000_000);
const built = await buildXtoolsOracle();
if ('unavailable' in built) {
  console.error(`coverprofile fuzz: ${built.unavailable}`);
  process.exit(2);
}
const t0 = Date.now();
let run: FuzzRun | undefined;
try {
  while (Date.now() - t0 < seconds * 1000) {
    run = await fuzzRange(p => built.judge(p), seed, seed + 2000, run);
    seed += 2000;
  }
} finally {
  await built.cleanup();
}
for (const f of run!.failures) console.log(`seed ${f.seed}: ${f.why}`);
console.log(
  `coverprofile fuzz: ${run!.cases} cases up to seed ${seed - 1} in ${Math.round((Date.now() - t0) / 1000)} s (${run!.accepted} accepted, ${run!.rejected} rejected by x/tools); ${run!.failures.length} differences`
);
console.log(`classes: ${JSON.stringify(Object.fromEntries([...run!.byClass].sort()))}`);
process.exit(run!.failures.length ? 1 : 0);
