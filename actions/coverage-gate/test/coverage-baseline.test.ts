import { describe, expect, test } from '@jest/globals';
import { BASELINE_SCHEMA, parseBaseline, serializeBaseline, type CoverageBaseline } from '../src/coverage/index.js';

const good: CoverageBaseline = {
  schema: BASELINE_SCHEMA,
  commit: 'a'.repeat(40),
  goVersion: 'go1.26.8',
  mode: 'atomic',
  denominator: 'statements',
  total: { covered: 12, total: 20 },
  files: { 'a.go': [10, 15], 'b/b.go': [2, 5] }
};
const edited = (edit: (b: any) => void) => {
  const b = JSON.parse(serializeBaseline(good));
  edit(b);
  return JSON.stringify(b);
};

describe('coverage baselines are validated before they are judged', () => {
  test('a saved baseline reads back as itself', () => {
    expect(parseBaseline(serializeBaseline(good))).toEqual(good);
    expect(parseBaseline(serializeBaseline({ ...good, total: { covered: 0, total: 0 }, files: {} }))).toMatchObject({ files: {} });
  });

  test.each<[string, (b: any) => void, string]>([
    ['covered above total', b => (b.files['a.go'] = [9, 0]), 'files["a.go"] must be [covered, total] with 0 <= covered <= total, not [9,0]'],
    ['a negative count', b => (b.files['a.go'] = [-1, 15]), 'not [-1,15]'],
    ['a fraction', b => (b.files['a.go'] = [10.5, 15]), 'not [10.5,15]'],
    ['an unsafe integer', b => (b.files['a.go'] = [10, 2 ** 53 + 2]), 'not [10,9007199254740994]'],
    ['a string count', b => (b.files['a.go'] = ['10', 15]), 'not ["10",15]'],
    ['three numbers', b => (b.files['a.go'] = [1, 2, 3]), 'not [1,2,3]'],
    [
      'totals not the sum of the files',
      b => (b.total = { covered: 13, total: 20 }),
      'total {"covered":13,"total":20} is not the sum of the files ({"covered":12,"total":20})'
    ],
    ['total covered above total', b => (b.total = { covered: 21, total: 20 }), 'total must be {covered, total} integers with 0 <= covered <= total'],
    [
      'an unknown schema',
      b => (b.schema = 'go-ci-gates/coverage-baseline@2'),
      'schema "go-ci-gates/coverage-baseline@2" is not go-ci-gates/coverage-baseline@1'
    ],
    ['an unknown denominator', b => (b.denominator = 'lines'), 'unknown denominator "lines"'],
    ['files as an array', b => (b.files = []), 'files must be an object'],
    ['a commit that is not a string', b => (b.commit = 7), 'commit must be a string']
  ])('%s is refused with the reason', (_name, edit, reason) => {
    const r = parseBaseline(edited(edit));
    expect(typeof r).toBe('string');
    expect(r).toContain(reason);
  });

  test('untrusted text is quoted as a short, escaped excerpt', () => {
    const longName = 'x\n::error::forged'.padEnd(500, 'y');
    const r = parseBaseline(edited(b => (b.files[longName] = [2, 1]))) as string;
    expect(r).toBe('files["x\\n::error::forged' + 'y'.repeat(21) + '…] must be [covered, total] with 0 <= covered <= total, not [2,1]');
    expect(parseBaseline('\n::error::forged\n' + 'z'.repeat(10_000))).toBe('not JSON, starting "\\n::error::forged\\n' + 'z'.repeat(23) + '…"');
    expect(parseBaseline('[1]')).toBe('not a JSON object');
  });
});
