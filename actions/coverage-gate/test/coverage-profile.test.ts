import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  dropFraction,
  CoverProfileMerger,
  formatCoverage,
  funcCoverage,
  orCounts,
  fractionExceeds,
  intersectsRanges,
  meetsPercent,
  parseCoverProfiles,
  parseDecimal,
  parseUnifiedDiff,
  readCoverProfiles,
  scanGoSource,
  statementTotals
} from '../src/coverage/index.js';

const p = (name: string, text: string) => parseCoverProfiles([{ name, text }]);

describe('coverprofile parsing and merging', () => {
  test('merges identical extents: set ORs, count sums; keeps distinct extents', () => {
    const set = p('a.out', 'mode: set\nm/a.go:1.1,2.2 3 0\nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.3 1 0\n');
    expect(set.files[0].blocks.map(b => [b.numStmt, b.count])).toEqual([
      [3, 1],
      [1, 0]
    ]);
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
    ['malformed line', 'mode: set\nm/a.go:1.1,2.2 3\n', /^bad.out:2: line "m\/a.go:1.1,2.2 3" doesn't match .*couldn't find a {3}before NumStmt/],
    ['negative count', 'mode: set\nm/a.go:1.1,2.2 3 -1\n', /^bad.out:2: .*negative values are not allowed for Count, found -1/],
    ['not a number', 'mode: set\nm/a.go:1.x,2.2 3 1\n', /^bad.out:2: .*couldn't parse StartCol/],
    ['missing mode', 'm/a.go:1.1,2.2 3 1\n', /^bad.out:1: bad mode line/],
    ['mode conflict', 'mode: set\nm/a.go:1.1,2.2 3 1\nmode: count\n', /^bad.out:3: mode conflict: "mode: count" here, but "mode: set" at bad.out:1/],
    [
      'NumStmt conflict',
      'mode: set\nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.2 4 1\n',
      /^bad.out:3: inconsistent NumStmt for m\/a.go:1.1,2.2: changed from 3 \(bad.out:2\) to 4/
    ],
    ['empty profile', '', /^bad.out:1: empty profile/]
  ])('%s is an error naming file and line', (_n, text, re) => {
    expect(() => p('bad.out', text)).toThrow(re);
  });

  test('any mode text is accepted, as x/tools accepts it; only "set" ORs the counts', () => {
    const odd = p('odd.out', 'mode: sometimes\nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.2 3 2\n');
    expect(odd.mode).toBe('sometimes');
    expect(odd.files[0].blocks[0].count).toBe(3);
    expect(p('sp.out', 'mode: set \nm/a.go:1.1,2.2 3 1\nm/a.go:1.1,2.2 3 1\n').files[0].blocks[0].count).toBe(2);
  });

  test('numbers as strconv.Atoi reads them: -0, +0 and leading zeros are accepted; int64 values above 2^53 are accepted', () => {
    const prof = p('n.out', 'mode: count\nm/a.go:-0.+1,002.-00 +3 -0\nm/a.go:5.1,6.1 1 9223372036854775807\n');
    expect(prof.files[0].blocks.map(b => [b.startLine, b.startCol, b.endLine, b.endCol, b.numStmt, b.count])).toEqual([
      [0, 1, 2, 0, 3, 0],
      [5, 1, 6, 1, 1, 2 ** 63] // the profile's 9223372036854775807, as the nearest double
    ]);
    expect(statementTotals(prof)).toEqual({ covered: 1, total: 4 });
    expect(() => p('n.out', 'mode: count\nm/a.go:1.1,2.2 1 9223372036854775808\n')).toThrow(/Count 9223372036854775808 is too large/);
    expect(() => p('n.out', 'mode: count\nm/a.go:1.1,2.2 1 -1\n')).toThrow(/negative values are not allowed for Count, found -1/);
  });

  test('count sums wrap at 2^63 as Go ints do: x/tools then counts the block as not covered', () => {
    const prof = p('w.out', 'mode: count\nm/a.go:1.1,2.2 5 4611686018427387904\nm/a.go:1.1,2.2 5 4611686018427387904\nm/a.go:3.1,4.2 1 1\n');
    expect(statementTotals(prof)).toEqual({ covered: 1, total: 6 });
  });

  test("blocks with the same start and different ends merge only where x/tools' sort leaves them adjacent", () => {
    // x/tools (sort.Sort by start, merge neighbours) keeps the two 1.1,2.2 lines apart here: 5 of 12 statements (41.7%), not 5 of 11 (45.45%).
    const lines = ['mode: set', 'm/a.go:1.1,2.2 1 1', 'm/a.go:1.1,3.2 4 1', 'm/a.go:1.1,2.2 1 0'];
    for (let b = 0; b < 10; b++) lines.push(`m/a.go:${b + 5}.1,${b + 5}.9 ${b === 0 ? 6 : 0} 0`);
    const prof = p('s.out', lines.join('\n') + '\n');
    expect(statementTotals(prof)).toEqual({ covered: 5, total: 12 });
  });

  test('a line longer than 64 KiB is an error, as bufio.Scanner gives up on it; 65535 bytes are fine', () => {
    const line = (len: number) => {
      const tail = ':1.1,1.5 1 1';
      return 'p/' + 'x'.repeat(len - tail.length - 2) + tail;
    };
    expect(p('l.out', `mode: set\n${line(65535)}\n`).files).toHaveLength(1);
    expect(p('l.out', `mode: set\n${line(65535)}`).files).toHaveLength(1);
    expect(() => p('l.out', `mode: set\n${line(65536)}\n`)).toThrow(/^l.out:2: .*longer than 65535 bytes/);
    expect(() => p('l.out', `mode: set\n${line(65535).slice(0, -1)}\r\n`.replace('\r', '1\r'))).toThrow(/^l.out:2: .*longer than 65535 bytes/);
  });

  test('a reader stops holding an unfinished line once it passes 64 KiB (memory stays bounded on a hostile profile)', () => {
    const reader = new CoverProfileMerger().beginProfile('h.out');
    reader.pushBytes(Buffer.from('mode: set\n'));
    reader.pushBytes(Buffer.alloc(40000, 0x78));
    expect(() => reader.pushBytes(Buffer.alloc(40000, 0x78))).toThrow(/^h.out:2: .*longer than 65535 bytes/);
  });

  test('names are bytes: two names that are not UTF-8 stay two files', () => {
    const text = Buffer.concat([
      Buffer.from('mode: set\na'),
      Buffer.from([0xff]),
      Buffer.from('.go:1.1,2.2 1 1\na'),
      Buffer.from([0xfe]),
      Buffer.from('.go:1.1,2.2 1 0\n')
    ]);
    expect(parseCoverProfiles([{ name: 'b.out', text }]).files).toHaveLength(2);
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
  test('a body is skipped on its brackets alone: braces in strings, runes, comments and literals do not end it', () => {
    const src = [
      'package p',
      'func B() {',
      '\ts := `}',
      '}` + "\\" + "\\"}" // }',
      "\tr := '\\'' + '}'",
      '\tf := func() { _ = map[string]struct{}{"}": {}} }',
      '\t/* }',
      '\t} */ _ = [2]int{1, 2}[0]',
      '}',
      'var v = 1',
      'func C() { if true { return } }'
    ].join('\n');
    expect(scanGoSource(Buffer.from(src)).funcs.map(f => [f.name, f.startLine, f.startCol, f.endLine, f.endCol])).toEqual([
      ['B', 2, 1, 9, 2],
      ['C', 11, 1, 11, 32]
    ]);
    // An unterminated body ends no declaration.
    expect(scanGoSource(Buffer.from('package p\nfunc D() {\n\tif x {\n')).funcs).toEqual([]);
  });

  test('generated marker only before the package clause, as go/ast.IsGenerated', () => {
    expect(scanGoSource(Buffer.from('// Code generated by x. DO NOT EDIT.\n\npackage p\n')).generated).toBe(true);
    expect(scanGoSource(Buffer.from('package p\n// Code generated by x. DO NOT EDIT.\n')).generated).toBe(false);
    expect(scanGoSource(Buffer.from('// Code generated DO NOT EDIT.\npackage p\n')).generated).toBe(false);
  });
});

describe('unified diff', () => {
  test('added line ranges on the new side; deletions add none', () => {
    const diff = ['diff --git a/x.go b/x.go', '--- a/x.go', '+++ b/x.go', '@@ -1,0 +2,3 @@ func', '@@ -10,2 +12,0 @@', '@@ -20 +21 @@', '+++ /dev/null'].join(
      '\n'
    );
    const c = parseUnifiedDiff(diff);
    expect([...c.files]).toEqual([
      [
        'x.go',
        [
          [2, 4],
          [21, 21]
        ]
      ]
    ]);
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
      for (let b = 0; b < opts.blocks; b++)
        text += `example.com/m/p${f % 7}/f${f}.go:${b * 3 + 1}.2,${b * 3 + 2}.9 ${(b % 4) + 1} ${(t + f + b) % 3 === 0 ? t + 1 : 0}${eol}`;
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
    expect(() => parseCoverProfiles([{ name: 'h.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 99999999999999999999\n' }])).toThrow(
      /^h.out:3: .*Count 99999999999999999999 is too large/
    );
    expect(() => parseCoverProfiles([{ name: 'n.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 -1\n' }])).toThrow(
      /^n.out:3: .*negative values/
    );
    expect(() => parseCoverProfiles([{ name: 'j.out', text: 'mode: count\nm/a.go:1.1,2.2 1 0\nm/a.go:1.1,2.2 1 1x\n' }])).toThrow(/^j.out:3: /);
  });

  test('a repeated block with another statement count is still a NumStmt conflict at its line', () => {
    expect(() => parseCoverProfiles([{ name: 'c.out', text: 'mode: set\nm/a.go:1.1,2.2 1 0\nm/a.go:3.1,4.2 1 0\nm/a.go:1.1,2.2 2 1\n' }])).toThrow(
      /^c.out:4: inconsistent NumStmt for m\/a.go:1.1,2.2: changed from 1 \(c.out:2\) to 2/
    );
  });
});

/**
 * The x/tools merge written the plain way (split lines, parse each with a
 * regular expression, merge in a map): the reference the streaming
 * merger's fast paths must agree with.
 */
function referenceMerge(text: string): { blocks: Map<string, [number, number]>; lines: number; error?: number } {
  const blocks = new Map<string, [number, number]>();
  let mode = '';
  let lines = 0;
  const rows = text.split('\n');
  if (rows[rows.length - 1] === '') rows.pop();
  for (const [k, raw] of rows.entries()) {
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (row.startsWith('mode: ')) {
      mode = row.slice(6);
      continue;
    }
    const m = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/.exec(row);
    if (!m) return { blocks, lines, error: k + 1 };
    lines++;
    const key = `${m[1]}:${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const [n, c] = [Number(m[6]), Number(m[7])];
    const had = blocks.get(key);
    if (had && had[0] !== n) return { blocks, lines, error: k + 1 };
    blocks.set(key, [n, had ? (mode === 'set' ? had[1] | c : had[1] + c) : c]);
  }
  return { blocks, lines };
}

function flatten(p: ReturnType<typeof parseCoverProfiles>): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of p.files) for (const b of f.blocks) out.set(`${f.fileName}:${b.startLine}.${b.startCol},${b.endLine}.${b.endCol}`, [b.numStmt, b.count]);
  return out;
}

/** A small deterministic PRNG, so a failure names its seed and replays. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * -coverpkg-like profiles with many copies (so the zero-count templates are
 * built and used), mostly zero counts, covered lines scattered through
 * segments, blocks that appear only in later copies, files that change order,
 * and optionally CRLF.
 */
function randomCoverpkgProfile(seed: number, opts: { mode: string; eol: string; fault?: 'numstmt' | 'junk' }): string {
  const rnd = prng(seed);
  const files = 2 + Math.floor(rnd() * 5);
  const blocksOf = Array.from({ length: files }, () => 1 + Math.floor(rnd() * 90));
  let text = `mode: ${opts.mode}${opts.eol}`;
  const copies = 3 + Math.floor(rnd() * 8);
  const faultCopy = 2 + Math.floor(rnd() * (copies - 2));
  for (let t = 0; t < copies; t++) {
    if (rnd() < 0.2) text += `mode: ${opts.mode}${opts.eol}`; // concatenated profiles
    const order = [...Array(files).keys()];
    if (rnd() < 0.15) order.reverse();
    for (const f of order) {
      // Later copies may know more blocks (a file grew between shards).
      const blocks = blocksOf[f] + (t > 3 && f === 0 ? 3 : 0);
      // Most copies run nothing of a file; some run a little, some run every block once.
      const covered = rnd() < 0.3 ? 0.2 : rnd() < 0.1 ? 1 : 0;
      for (let b = 0; b < blocks; b++) {
        const count = covered === 1 ? 1 : rnd() < covered ? 1 + Math.floor(rnd() * 20) : 0;
        let stmts = (b % 5) + 1;
        let tail = `${count}`;
        if (opts.fault && t === faultCopy && f === order[0] && b === Math.floor(blocks / 2)) {
          if (opts.fault === 'numstmt') stmts += 1;
          else tail = '0x';
        }
        text += `example.com/m/p${f}/f.go:${b * 2 + 1}.2,${b * 2 + 2}.${(b % 7) + 3} ${stmts} ${tail}${opts.eol}`;
      }
    }
  }
  return text;
}

describe('the zero-count templates and file prediction merge like the plain reference', () => {
  const parseInChunks = (text: string, seed: number) => {
    // Random chunk sizes put chunk ends inside segments, names and counts.
    const rnd = prng(seed ^ 0x5bd1e995);
    const merger = new CoverProfileMerger();
    const reader = merger.beginProfile('r.out');
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length;) {
      const size = 1 + Math.floor(rnd() * 3000);
      reader.pushBytes(bytes.subarray(at, at + size));
      at += size;
    }
    reader.end();
    return merger.finish();
  };

  test.each(Array.from({ length: 24 }, (_, k) => [k, k % 3 === 0 ? 'set' : 'atomic', k % 4 === 3 ? '\r\n' : '\n']))(
    'seed %i (%s, eol %j)',
    (seed, mode, eol) => {
      const text = randomCoverpkgProfile(seed as number, { mode: mode as string, eol: eol as string });
      const ref = referenceMerge(text);
      expect(ref.error).toBeUndefined();
      for (const prof of [parseCoverProfiles([{ name: 'r.out', text }]), parseInChunks(text, seed as number)]) {
        expect(prof.linesRead).toBe(ref.lines);
        expect(flatten(prof)).toEqual(ref.blocks);
      }
    }
  );

  test.each(Array.from({ length: 8 }, (_, k) => [k + 100, k % 2 ? 'numstmt' : 'junk']))(
    'seed %i: a %s fault in a late copy is reported at its own line',
    (seed, fault) => {
      const text = randomCoverpkgProfile(seed as number, { mode: 'count', eol: '\n', fault: fault as 'numstmt' | 'junk' });
      const ref = referenceMerge(text);
      expect(ref.error).toBeDefined();
      const at = new RegExp(`^r\\.out:${ref.error}: ${fault === 'numstmt' ? 'inconsistent NumStmt' : "line .* doesn't match"}`);
      expect(() => parseCoverProfiles([{ name: 'r.out', text }])).toThrow(at);
      expect(() => parseInChunks(text, seed as number)).toThrow(at);
    }
  );

  test('set mode ORs counts of 2^32 and more exactly, wherever the chunks end', () => {
    expect(orCounts(2 ** 32, 0)).toBe(2 ** 32);
    expect(orCounts(2 ** 32 + 5, 3)).toBe(2 ** 32 + 7);
    expect(orCounts(2 ** 52 + 2 ** 40, 2 ** 31 + 1)).toBe(2 ** 52 + 2 ** 40 + 2 ** 31 + 1);
    expect(orCounts(6, 3)).toBe(7);
    // Found in review: a template skip and a per-line OR must agree on a large stored count.
    const text = [
      'mode: set',
      'f.go:1.1,1.2 1 0',
      'g.go:1.1,1.2 1 0',
      'f.go:1.1,1.2 1 0',
      'g.go:1.1,1.2 1 0',
      'f.go:1.1,1.2 1 0',
      'f.go:2.1,2.2 1 4294967296',
      'g.go:1.1,1.2 1 0',
      'f.go:1.1,1.2 1 0',
      'f.go:2.1,2.2 1 0',
      'g.go:1.1,1.2 1 0',
      ''
    ].join('\n');
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const merger = new CoverProfileMerger();
      const reader = merger.beginProfile('s.out');
      reader.pushBytes(bytes.subarray(0, cut));
      reader.pushBytes(bytes.subarray(cut));
      reader.end();
      expect(merger.finish().files.find(f => f.fileName === 'f.go')!.blocks[1].count).toBe(4294967296);
    }
  });

  test('a profile of many all-zero copies is read through the templates', async () => {
    const text = randomCoverpkgProfile(7, { mode: 'atomic', eol: '\n' });
    const big = text + text.split('\n').slice(1).join('\n').repeat(60); // the same copies again, crossing 512 KB reads
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cov-'));
    await fs.writeFile(path.join(dir, 'big.out'), big);
    const ref = referenceMerge(big);
    const prof = await readCoverProfiles([path.join(dir, 'big.out')]);
    expect(big.length).toBeGreaterThan(1 << 20);
    expect(prof.linesRead).toBe(ref.lines);
    expect(flatten(prof)).toEqual(ref.blocks);
    await fs.rm(dir, { recursive: true });
  });
});

describe('func denominator', () => {
  test("funcCoverage equals cmd/cover's per-function rule (every block against every function) on random files", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = prng(seed);
      const funcs = [];
      let line = 1;
      for (let k = 0; k < 1 + Math.floor(rnd() * 30); k++) {
        line += Math.floor(rnd() * 4);
        const start = line;
        line += Math.floor(rnd() * 12);
        funcs.push({ name: `F${k}`, startLine: start, startCol: 1, endLine: line, endCol: 2 });
        line++;
      }
      const blocks = [];
      for (let b = 0; b < Math.floor(rnd() * 120); b++) {
        const startLine = 1 + Math.floor(rnd() * line);
        const endLine = startLine + Math.floor(rnd() * 3);
        blocks.push({
          startLine,
          startCol: 1 + Math.floor(rnd() * 9),
          endLine,
          endCol: 1 + Math.floor(rnd() * 9),
          numStmt: 1 + Math.floor(rnd() * 3),
          count: rnd() < 0.5 ? 0 : 1
        });
      }
      blocks.sort((a, b) => a.startLine - b.startLine || a.startCol - b.startCol);
      const naive = funcs.map(f => {
        let covered = 0;
        let total = 0;
        for (const b of blocks) {
          const after = b.startLine > f.endLine || (b.startLine === f.endLine && b.startCol >= f.endCol);
          const before = b.endLine < f.startLine || (b.endLine === f.startLine && b.endCol <= f.startCol);
          if (after || before) continue;
          total += b.numStmt;
          if (b.count > 0) covered += b.numStmt;
        }
        return { func: f, covered, total };
      });
      expect(funcCoverage(blocks, funcs)).toEqual(naive);
    }
  });
});
