import { describe, expect, test } from '@jest/globals';
import {
  compareGoVersionStrings,
  ConfigurationError,
  decodeJsonStream,
  emitAnnotations,
  escapeCell,
  failsUnder,
  importantStderr,
  Inputs,
  JsonStreamDecoder,
  mapInputSource,
  parseGoSum,
  parseGoVersion,
  renderSummary,
  buildReport,
  SUMMARY_LIMIT_BYTES,
  type Finding
} from '@go-ci-gates/core';

describe('JsonStreamDecoder', () => {
  test('decodes concatenated objects split at any byte, with braces inside strings', () => {
    const text = '{"A":"x{y}\\"}"}\n{\n  "B": [1, {"C": "]"}]\n}\n[1,2]';
    for (let cut = 0; cut <= text.length; cut++) {
      const out: unknown[] = [];
      const d = new JsonStreamDecoder(v => out.push(v));
      d.push(text.slice(0, cut));
      d.push(text.slice(cut));
      d.end();
      expect(out).toEqual([{ A: 'x{y}"}' }, { B: [1, { C: ']' }] }, [1, 2]]);
    }
  });
  test("decodes go's indented output, and other layouts where a line holds only a closing brace", () => {
    // As go prints it (tabs, the top-level brace alone at the start of its line), strings holding
    // `\n}\n` escaped; then a nested brace at the start of a line, and a compact object, which only
    // the character scan can split.
    const goValue = (n: number) =>
      `{\n\t"ImportPath": "example.com/p${n}",\n\t"Doc": "a\\n}\\n{\\n",\n\t"Module": {\n\t\t"Path": "example.com"\n\t},\n\t"Imports": [\n\t\t"fmt"\n\t]\n}\n`;
    const text = `${goValue(1)}${goValue(2)}{"A": {\n}\n, "B": 1\n}\n{"C":2}\n${goValue(3)}`;
    const want = [1, 2].map(n => JSON.parse(goValue(n))).concat([{ A: {}, B: 1 }, { C: 2 }, JSON.parse(goValue(3))]);
    expect(want[0].Doc).toBe('a\n}\n{\n');
    for (let cut = 0; cut <= text.length; cut++) {
      const out: unknown[] = [];
      const d = new JsonStreamDecoder(v => out.push(v));
      d.push(text.slice(0, cut));
      d.push(text.slice(cut));
      d.end();
      expect(out).toEqual(want);
    }
    // In pipe-sized chunks, each ending inside a value, the scan ends that value and hands back: all
    // but one value per chunk are found whole.
    const many = Array.from({ length: 60 }, (_, n) => goValue(n)).join('');
    const chunks = 7;
    const size = Math.ceil(many.length / chunks);
    const out: unknown[] = [];
    const d = new JsonStreamDecoder(v => out.push(v));
    for (let at = 0; at < many.length; at += size) d.push(many.slice(at, at + size));
    d.end();
    expect(out).toHaveLength(60);
    expect(d.wholeValuesFound).toBeGreaterThanOrEqual(60 - chunks);
    expect(() => decodeJsonStream(`${goValue(1)}x`)).toThrow(/Unexpected "x"/);
    expect(() => decodeJsonStream(goValue(1).slice(0, -3))).toThrow(/ended inside a value/);
  });
  test('rejects garbage between values and a truncated stream', () => {
    expect(() => decodeJsonStream('{"a":1} x {"b":2}')).toThrow(/Unexpected "x"/);
    expect(() => decodeJsonStream('{"a":')).toThrow(/ended inside a value/);
  });
});

test('Go release versions order as gover does', () => {
  const order = ['1.20', '1.21', '1.21rc1', '1.21rc2', '1.21.0', '1.21.3', 'go1.22beta1', '1.22', '1.22.0'];
  // 1.22beta1 < 1.22? gover: language version "1.22" sorts before its prereleases.
  const sorted = ['1.20', '1.21', '1.21rc1', '1.21rc2', '1.21.0', '1.21.3', '1.22', 'go1.22beta1', '1.22.0'];
  expect([...order].sort(compareGoVersionStrings)).toEqual(sorted);
  expect(parseGoVersion('1.21.0rc1')).toBeUndefined();
  expect(parseGoVersion('banana')).toBeUndefined();
});

describe('Inputs', () => {
  const inputs = (v: Record<string, string>) => new Inputs(mapInputSource(v));
  test('booleans, numbers, enums, lists, mappings', () => {
    expect(inputs({ b: 'TRUE' }).boolean('b', false)).toBe(true);
    expect(inputs({}).boolean('b', true)).toBe(true);
    expect(inputs({ n: '72.5' }).number('n', { min: 0, max: 100 })).toBe(72.5);
    expect(inputs({ e: 'warning' }).enumeration('e', ['error', 'warning'] as const, 'error')).toBe('warning');
    expect(inputs({ l: 'a, b\n# comment\nc\n\n' }).list('l')).toEqual(['a', 'b', 'c']);
    expect(inputs({ m: 'internal/**: 60\n"pkg/x": 40' }).mapping('m')).toEqual([
      { key: 'internal/**', value: '60', line: 1 },
      { key: 'pkg/x', value: '40', line: 2 }
    ]);
  });
  test('bad values throw ConfigurationError naming input, value and what is accepted', () => {
    const cases: [() => unknown, string][] = [
      [() => inputs({ b: 'yes' }).boolean('b', false), `Input 'b' has an invalid value "yes": expected true or false`],
      [() => inputs({ n: '101' }).number('n', { min: 0, max: 100 }), `Input 'n' has an invalid value "101": expected a number from 0 to 100`],
      [() => inputs({ n: '1e3' }).number('n', {}), `Input 'n' has an invalid value "1e3": expected a number`],
      [() => inputs({ n: '2.5' }).number('n', { integer: true, min: 1 }), `Input 'n' has an invalid value "2.5": expected a whole number of at least 1`],
      [() => inputs({ e: 'x' }).enumeration('e', ['a', 'b'] as const, 'a'), `Input 'e' has an invalid value "x": expected one of: a, b`],
      [() => inputs({ m: 'no colon' }).mapping('m'), `Input 'm' has an invalid value "no colon": expected 'key: value' on each line`],
      [() => inputs({}).required('r'), `Input 'r' has an invalid value "": a value is required`]
    ];
    for (const [fn, message] of cases) {
      expect(fn).toThrow(ConfigurationError);
      expect(fn).toThrow(message);
    }
  });
});

test('go.sum lines parse, and problems are reported per line without throwing', () => {
  const f = parseGoSum('a v1.0.0 h1:x=\na v1.0.0/go.mod h1:y=\n<<<<<<< HEAD\nbroken line\n\nb v2.0.0 h1:z=');
  expect(f.endsWithNewline).toBe(false);
  expect(f.lines.map(l => [l.line, l.module, l.version, l.kind, l.problem])).toEqual([
    [1, 'a', 'v1.0.0', 'zip', undefined],
    [2, 'a', 'v1.0.0', 'go.mod', undefined],
    [3, '', '', 'zip', 'merge-conflict marker'],
    [4, '', '', 'zip', 'wrong number of fields 2 (want 3)'],
    [6, 'b', 'v2.0.0', 'zip', undefined]
  ]);
});

test('importantStderr drops progress chatter and keeps the tail', () => {
  const stderr = ['go: downloading a v1', ...Array.from({ length: 30 }, (_, i) => `line ${i}`)].join('\n');
  const out = importantStderr(stderr, 5).split('\n');
  expect(out).toEqual(['... (25 earlier lines)', 'line 25', 'line 26', 'line 27', 'line 28', 'line 29']);
});

test('fail-on policy', () => {
  const c = (error: number, warning: number) => ({ error, warning, notice: 3 });
  expect(failsUnder('error', c(0, 5))).toBe(false);
  expect(failsUnder('error', c(1, 0))).toBe(true);
  expect(failsUnder('warning', c(0, 1))).toBe(true);
  expect(failsUnder('never', c(9, 9))).toBe(false);
});

function finding(i: number, severity: Finding['severity'] = 'error'): Finding {
  return { rule: 'r', severity, message: `m${i} <b>|x|</b>`, module: 'example.com/m', file: 'go.mod', line: i };
}

describe('reporting', () => {
  test('summary escapes HTML and pipes in every cell', () => {
    const report = buildReport('g', 'g', 'error', [{ path: 'example.com/<m>', relDir: '.' }], { findings: [finding(1)] });
    const md = renderSummary(report);
    expect(md).toContain('m1 \\<b\\>\\|x\\|\\</b\\>');
    expect(md).not.toMatch(/(?<!\\)<b>/);
    expect(escapeCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(escapeCell('a@b.example')).toBe('a@<!-- -->b.example');
  });

  test('a huge report is cut under the 1 MiB summary limit with a note', () => {
    const findings = Array.from({ length: 20000 }, (_, i) => ({ ...finding(i), message: 'x'.repeat(200) }));
    const report = buildReport('g', 'g', 'error', [], { findings });
    const md = renderSummary(report);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/more rows not shown; the JSON report has them all/);
    expect(md).toMatch(/capped at \d+ rows/);
  });

  test('annotations are capped per severity, located findings first, with a note', () => {
    const seen: { severity: string; line?: number }[] = [];
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(i + 1)),
      { rule: 'x', severity: 'error' as const, message: 'no location' },
      finding(1, 'warning')
    ];
    const note = emitAnnotations(findings, 10, { annotate: (severity, _m, props) => seen.push({ severity, line: props.startLine }) });
    expect(seen.filter(s => s.severity === 'error')).toHaveLength(10);
    expect(seen.filter(s => s.severity === 'warning')).toHaveLength(1);
    expect(seen.every(s => s.line !== undefined)).toBe(true);
    expect(note).toBe('3 findings are not annotated: GitHub shows at most 10 annotations of each kind per step. The table above lists them all.');
  });
});
