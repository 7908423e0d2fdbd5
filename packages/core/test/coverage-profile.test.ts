import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  dropFraction,
  formatCoverage,
  fractionExceeds,
  intersectsRanges,
  meetsPercent,
  parseCoverProfiles,
  parseDecimal,
  parseUnifiedDiff,
  readCoverProfiles,
  scanGoSource,
  statementTotals
} from '@go-ci-gates/core';

const p = (name: string, text: string) => parseCoverProfiles([{ name, text }]);

describe('coverprofile parsing and merging', () => {
  test('merges identical extents: set ORs, count sums; keeps distinct extents', () => {
    const set = p('a.out', 'mode: set\nm/a.go:1.1,2.2 3 0\nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.3 1 0\n');
    expect(set.files[0].blocks.map(b => [b.numStmt, b.count])).toEqual([[3, 1], [1, 0]]);
    const count = p('a.out', 'mode: count\nm/a.go:1.1,2.2 3 4\nm/a.go:1.1,2.2 3 5\n');
    expect(count.files[0].blocks[0].count).toBe(9);
    expect(statementTotals(set)).toEqual({ covered: 3, total: 4 });
  });

  test('accepts repeated mode lines, CRLF and names containing colons', () => {
    const prof = p('cat.out', 'mode: atomic\r\nC:/x/a.go:1.1,2.2 1 1\r\nmode: atomic\r\nC:/x/a.go:3.1,4.2 2 0\r\n');
    expect(prof.files.map(f => f.fileName)).toEqual(['C:/x/a.go']);
    expect(statementTotals(prof)).toEqual({ covered: 1, total: 3 });
  });

  test.each([
    ['malformed line', 'mode: set\nm/a.go:1.1,2.2 3\n', /^bad.out:2: line "m\/a.go:1.1,2.2 3" doesn't match .*couldn't find a   before NumStmt/],
    ['negative count', 'mode: set\nm/a.go:1.1,2.2 3 -1\n', /^bad.out:2: .*negative values are not allowed for Count, found -1/],
    ['not a number', 'mode: set\nm/a.go:1.x,2.2 3 1\n', /^bad.out:2: .*couldn't parse StartCol/],
    ['missing mode', 'm/a.go:1.1,2.2 3 1\n', /^bad.out:1: bad mode line/],
    ['unknown mode', 'mode: sometimes\n', /^bad.out:1: unknown coverage mode "sometimes"/],
    ['mode conflict', 'mode: set\nm/a.go:1.1,2.2 3 1\nmode: count\n', /^bad.out:3: mode conflict: "mode: count" here, but "mode: set" at bad.out:1/],
    ['NumStmt conflict', 'mode: set\nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.2 4 1\n', /^bad.out:3: inconsistent NumStmt for m\/a.go:1.1,2.2: changed from 3 \(bad.out:2\) to 4/],
    ['empty profile', '', /^bad.out:1: empty profile/]
  ])('%s is an error naming file and line', (_n, text, re) => {
    expect(() => p('bad.out', text)).toThrow(re);
  });

  test('readCoverProfiles streams several files and names the file of a conflict', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cov-'));
    await fs.writeFile(path.join(dir, 'a.out'), 'mode: set\nm/a.go:1.1,2.2 3 1\n');
    await fs.writeFile(path.join(dir, 'b.out'), 'mode: set\nm/b.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 2 0\n');
    await expect(readCoverProfiles([path.join(dir, 'a.out'), path.join(dir, 'b.out')])).rejects.toThrow(`${path.join(dir, 'b.out')}:3: inconsistent NumStmt`);
    await fs.writeFile(path.join(dir, 'b.out'), 'mode: set\nm/b.go:1.1,2.2 1 0\n');
    const merged = await readCoverProfiles([path.join(dir, 'a.out'), path.join(dir, 'b.out')]);
    expect(statementTotals(merged)).toEqual({ covered: 3, total: 4 });
    await fs.rm(dir, { recursive: true });
  });
});

describe('exact thresholds', () => {
  const T = (s: string) => parseDecimal(s)!;
  test.each([
    [7999, 10000, '80', false],
    [8000, 10000, '80', true],
    [1999, 2000, '100', false],
    [2000, 2000, '100', true],
    [725, 1000, '72.5', true],
    [724, 1000, '72.5', false],
    [0, 0, '0', true]
  ])('%i/%i at %s', (c, t, thr, pass) => {
    expect(meetsPercent(c, t, T(thr))).toBe(pass);
  });
  test('a drop of 8.01 pt exceeds max-drop 8, exactly 8.00 does not', () => {
    expect(fractionExceeds(dropFraction({ covered: 9000, total: 10000 }, { covered: 8199, total: 10000 }), T('8'))).toBe(true);
    expect(fractionExceeds(dropFraction({ covered: 9000, total: 10000 }, { covered: 8200, total: 10000 }), T('8'))).toBe(false);
  });
  test('display truncates: 7999/10000 shows 79.9%, never 80.0%', () => {
    expect(formatCoverage(7999, 10000)).toBe('79.9%');
    expect(formatCoverage(19999, 20000, 2)).toBe('99.99%');
  });
});

describe('Go source scanner', () => {
  test('finds top-level func declarations with bodies only', () => {
    const src = [
      'package p',
      'var f = func() { }',
      'var g =',
      '\tfunc() {}',
      'const s = `func x() {',
      '}`',
      "var r = '}'",
      'func A() struct{ x int } { return struct{ x int }{} } // }',
      'func asm(x int) int',
      'func (t *T) M[K any](m map[K]int) (n int) {',
      '\t/* } */ return "}" + len(m)',
      '}',
      'func Größe() {}'
    ].join('\n');
    const scan = scanGoSource(Buffer.from(src));
    expect(scan.funcs.map(f => [f.name, f.startLine, f.startCol, f.endLine, f.endCol])).toEqual([
      ['A', 8, 1, 8, 54],
      ['M', 10, 1, 12, 2],
      ['Größe', 13, 1, 13, 18]
    ]);
    expect(scan.generated).toBe(false);
  });
  test('generated marker only before the package clause, as go/ast.IsGenerated', () => {
    expect(scanGoSource(Buffer.from('// Code generated by x. DO NOT EDIT.\n\npackage p\n')).generated).toBe(true);
    expect(scanGoSource(Buffer.from('package p\n// Code generated by x. DO NOT EDIT.\n')).generated).toBe(false);
    expect(scanGoSource(Buffer.from('// Code generated DO NOT EDIT.\npackage p\n')).generated).toBe(false);
  });
});

describe('unified diff', () => {
  test('added line ranges on the new side; deletions add none', () => {
    const diff = ['diff --git a/x.go b/x.go', '--- a/x.go', '+++ b/x.go', '@@ -1,0 +2,3 @@ func', '@@ -10,2 +12,0 @@', '@@ -20 +21 @@', '+++ /dev/null'].join('\n');
    const c = parseUnifiedDiff(diff);
    expect([...c.files]).toEqual([['x.go', [[2, 4], [21, 21]]]]);
    expect(intersectsRanges(c.files.get('x.go')!, 5, 20)).toBe(false);
    expect(intersectsRanges(c.files.get('x.go')!, 4, 9)).toBe(true);
  });
});

/** A -coverpkg-like profile: every test binary writes every block of every file, in the same order. */
function coverpkgProfile(opts: { binaries: number; files: number; blocks: number; mode?: string; eol?: string }): string {
  const eol = opts.eol ?? '\n';
  let text = `mode: ${opts.mode ?? 'atomic'}${eol}`;
  for (let t = 0; t < opts.binaries; t++) {
    for (let f = 0; f < opts.files; f++) {
      for (let b = 0; b < opts.blocks; b++) text += `example.com/m/p${f % 7}/f${f}.go:${b * 3 + 1}.2,${b * 3 + 2}.9 ${(b % 4) + 1} ${(t + f + b) % 3 === 0 ? t + 1 : 0}${eol}`;
    }
  }
  return text;
}

describe('the repeated-line fast path reads like the full parse', () => {
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n']
  ])('%s: counts of repeated blocks merge', (_n, eol) => {
    const text = coverpkgProfile({ binaries: 3, files: 4, blocks: 5, eol });
    const prof = parseCoverProfiles([{ name: 'a.out', text }]);
    expect(prof.linesRead).toBe(3 * 4 * 5);
    expect(prof.files).toHaveLength(4);
    // Summing by hand from the generator's formula.
    const b0 = prof.files.find(f => f.fileName === 'example.com/m/p0/f0.go')!.blocks[0];
    expect(b0.count).toBe(1 + 0 + 0); // (t+f+b)%3===0 only for t=0
  });

  test('set mode ORs repeated counts; a signed or huge count takes the full parse and its errors', () => {
    const prof = parseCoverProfiles([{ name: 's.out', text: 'mode: set\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 1\nm/a.go:1.1,2.2 1 +1\n' }]);
    expect(prof.files[0].blocks[0].count).toBe(1);
    expect(prof.linesRead).toBe(3);
    expect(() => parseCoverProfiles([{ name: 'h.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 99999999999999999999\n' }])).toThrow(/^h.out:3: .*Count 99999999999999999999 is too large/);
    expect(() => parseCoverProfiles([{ name: 'n.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 -1\n' }])).toThrow(/^n.out:3: .*negative values/);
    expect(() => parseCoverProfiles([{ name: 'j.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 1x\n' }])).toThrow(/^j.out:3: /);
  });

  test('a repeated block with another statement count is still a NumStmt conflict at its line', () => {
    expect(() => parseCoverProfiles([{ name: 'c.out', text: 'mode: set\nm/a.go:1.1,2.2 1 0\nm/a.go:3.1,4.2 1 0\nm/a.go:1.1,2.2 2 1\n' }])).toThrow(
      /^c.out:4: inconsistent NumStmt for m\/a.go:1.1,2.2: changed from 1 \(c.out:2\) to 2/
    );
  });
});
