import { expect, test } from '@jest/globals';
import { fuzzGoSum } from '../../../test/fuzz/gosum-differential.js';

const H = `h1:${Buffer.alloc(32, 1).toString('base64')}`;

// Cases the issue found by hand, then generated ones: both against the real go command.
const KNOWN = [
  '\ufeff\n', // a line holding only a BOM: one field, go refuses it
  `example.com/a\ufeffv1.0.0 ${H}\n`, // U+FEFF is not space to Go: two fields
  `example.com/a\u0085v1.0.0 ${H}\n`, // U+0085 is space to Go: three fields
  `\ufeffexample.com/a v1.0.0 ${H}\n`, // a BOM at the start of the file belongs to the first field
  `example.com/a v1.0.0\u00a0${H}\r\n\u3000\u2028\n`,
  `example.com/a v1.0.0 ${H}\n\u200b\n`
].map(s => Buffer.from(s, 'utf8'));

test('sum-audit refuses exactly the go.sum files the go command refuses, at the same line (fixed seed, bounded)', async () => {
  // At most 12 s of cases (about 100 on an idle machine, each one go process); the first ones always run.
  const report = await fuzzGoSum({ seed: 19, cases: 150, concurrency: 2, extra: KNOWN, budgetMs: 12_000 });
  console.log(
    `go.sum differential: ${report.cases} files (seed ${report.seed}), ${report.refusedByGo} refused by go, ${report.acceptedByGo} accepted, ${(report.ms / 1000).toFixed(1)} s`
  );
  // The generator must exercise both outcomes, or the comparison proves little.
  expect(report.cases).toBeGreaterThanOrEqual(KNOWN.length);
  expect(report.refusedByGo).toBeGreaterThan(0);
  expect(report.acceptedByGo).toBeGreaterThan(0);
  expect(report.disagreements).toEqual([]);
}, 60_000);
