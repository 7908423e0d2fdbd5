// Differential fuzzing of go.sum parsing against the real go command, longer than the bounded test
// in `npm test`: `npm run fuzz:gosum [-- cases [seed]]` (default 2000 cases, seed 1).
// Prints the counts and every disagreement (as hex, to keep invalid UTF-8), and exits 1 on any.
import { fuzzGoSum } from '../test/fuzz/gosum-differential.js';

const cases = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 1);
const report = await fuzzGoSum({
  seed,
  cases,
  concurrency: 2,
  onProgress: done => done % 200 === 0 && console.error(`${done}/${cases}`)
});
console.log(
  `seed ${report.seed}: ${report.cases} go.sum files, ${report.refusedByGo} refused by go, ${report.acceptedByGo} accepted, ${report.disagreements.length} disagreements, ${(report.ms / 1000).toFixed(1)} s`
);
for (const d of report.disagreements) console.log(JSON.stringify(d));
process.exitCode = report.disagreements.length ? 1 : 0;
