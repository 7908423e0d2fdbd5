import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkGoSum, checkModulePath, goSumKey, parseGoSum, parseGoSumLine, readGoSum } from '@go-ci-gates/core';

const H = (n: number) => `h1:${Buffer.alloc(32, n).toString('base64')}`;
const kinds = (text: string) => checkGoSum(parseGoSum(text)).map(i => `${i.kind}@${i.line}`);

describe('checkGoSum', () => {
  test('a tidy file has no issues, and the old parser API still works', () => {
    const text = `a.example/m v1.0.0 ${H(1)}\na.example/m v1.0.0/go.mod ${H(2)}\na.example/m v1.10.0/go.mod ${H(3)}\nb.example/m v0.1.0/go.mod ${H(4)}\n`;
    expect(kinds(text)).toEqual([]);
    const f = parseGoSum(text);
    expect(f.lines.map(goSumKey)).toEqual(['a.example/m v1.0.0', 'a.example/m v1.0.0/go.mod', 'a.example/m v1.10.0/go.mod', 'b.example/m v0.1.0/go.mod']);
  });

  test('an h1 hash must be padded base64 of exactly 32 bytes', () => {
    const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
    const line = (hash: string) => `a.example/m v1.0.0/go.mod ${hash}\n`;
    expect(kinds(line(`h1:${b64(32)}`))).toEqual([]);
    for (const bad of [`h1:${b64(31)}`, `h1:${b64(33)}`, `h1:${b64(32).slice(0, -1)}`, `h1:${b64(32).replace(/^./, '-')}`, `h1:${b64(32)}=`]) {
      expect(kinds(line(bad))).toEqual(['malformed@1']);
    }
  });

  test('each problem at its line', () => {
    const text = [
      `a.example/m v1.0.0 ${H(1)}`,
      `a.example/m v1.0.0/go.mod ${H(2)}`,
      `a.example/m v1.0.0/go.mod ${H(2)}`,
      `a.example/m v1.0.0/go.mod ${H(3)}`,
      '<<<<<<< ours',
      `c.example/m v1.0.0 ${H(5)}`,
      'b.example/m v1.0.0/go.mod h1:short',
      `b.example/m v1.0 ${H(6)}`,
      `Upper.example/m v1.0.0/go.mod ${H(6)}`,
      `b.example/m v2.0.0/go.mod ${H(7)}`,
      `b.example/m/v2 v2.0.0/go.mod ${H(7)}`,
      `b.example/m v1.0.0/go.mod sha256:abc`,
      'only two'
    ].join('\n');
    expect(kinds(text)).toEqual([
      'duplicate-line@3',
      'conflicting-hash@4',
      'conflict-marker@5',
      'missing-go-mod-hash@6',
      'malformed@7',
      'malformed@8',
      'malformed@9',
      'malformed@10',
      'non-canonical-order@11',
      'unknown-hash@12',
      'malformed@13',
      'missing-final-newline@13'
    ]);
  });

  test('fields are split on any run of whitespace, as the go command does', () => {
    const h = H(1);
    for (const raw of [`a.example/m v1.0.0 ${h}`, `a.example/m\tv1.0.0  ${h}`, `  a.example/m v1.0.0 ${h} \r`, `a.example/m\u00a0v1.0.0 ${h}`]) {
      expect(parseGoSumLine(raw, 1)).toMatchObject({ module: 'a.example/m', version: 'v1.0.0', kind: 'zip', hash: h });
      expect(parseGoSumLine(raw, 1).problem).toBeUndefined();
    }
    expect(parseGoSumLine(`a.example/m v1.0.0/go.mod ${h} extra`, 1)).toMatchObject({ problem: 'wrong number of fields 4 (want 3)', refusedByGo: true });
    expect(parseGoSumLine('>>>>>>> theirs x', 1)).toMatchObject({ problem: 'merge-conflict marker', refusedByGo: false });
    expect(parseGoSumLine('>>>>>>> theirs', 1)).toMatchObject({ problem: 'merge-conflict marker', refusedByGo: true });
  });

  // Go splits with strings.Fields (unicode.IsSpace), which is not JavaScript's \s or trim().
  test('whitespace is what Go calls whitespace: U+0085 separates fields, U+FEFF does not, a BOM-only line is not blank', () => {
    const h = H(1);
    for (const sep of ['\u0085', '\u2028', '\u3000', '\v', '\f']) {
      expect(parseGoSumLine(`a.example/m${sep}v1.0.0 ${h}`, 1)).toMatchObject({ module: 'a.example/m', version: 'v1.0.0', fieldCount: 3 });
      expect(parseGoSumLine(`a.example/m${sep}v1.0.0 ${h}`, 1).problem).toBeUndefined();
    }
    for (const glue of ['\ufeff', '\u200b', '\u180e', '\u001f']) {
      expect(parseGoSumLine(`a.example/m${glue}v1.0.0 ${h}`, 1)).toMatchObject({ fieldCount: 2, refusedByGo: true });
    }
    const f = parseGoSum(`a.example/m v1.0.0/go.mod ${h}\n\ufeff\n \u0085\u00a0\r\n`);
    expect(f.lines.map(l => [l.line, l.fieldCount, l.refusedByGo])).toEqual([
      [1, 3, undefined],
      [2, 1, true]
    ]);
    const issues = checkGoSum(f);
    expect(issues).toEqual([expect.objectContaining({ kind: 'malformed', line: 2, refusedByGo: true })]);
    expect(issues[0].message).toMatch(/wrong number of fields 1 \(want 3\); the go command refuses the whole file/);
  });

  test('lines end at \\n only: a lone \\r is whitespace, in the streaming reader too', async () => {
    const h = H(1);
    const text = `a.example/m v1.0.0 ${h}\rb.example/m v1.0.0 ${h}\n\ufeff`;
    expect(parseGoSum(text).lines.map(l => [l.line, l.fieldCount])).toEqual([
      [1, 6],
      [2, 1]
    ]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gosum-'));
    try {
      await fs.writeFile(path.join(dir, 'go.sum'), text);
      const streamed = [];
      for await (const l of readGoSum(path.join(dir, 'go.sum'))) streamed.push([l.line, l.fieldCount]);
      expect(streamed).toEqual([
        [1, 6],
        [2, 1]
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('module path syntax', () => {
    expect(checkModulePath('github.com/a/b')).toBeUndefined();
    expect(checkModulePath('github.com//b')).toMatch(/empty element/);
    expect(checkModulePath('localmod/x')).toMatch(/no dot/);
    expect(checkModulePath('gopkg.in/yaml.v3')).toBeUndefined();
    // x/mod's checkElem: Windows reserved names and short names, judged before the element's first dot.
    expect(checkModulePath('example.com/con')).toMatch(/"con" disallowed as path element component on Windows/);
    expect(checkModulePath('example.com/Lpt9.x/y')).toMatch(/"Lpt9" disallowed/);
    expect(checkModulePath('example.com/console')).toBeUndefined();
    expect(checkModulePath('example.com/com0')).toBeUndefined();
    expect(checkModulePath('example.com/longna~1/thing')).toMatch(/trailing tilde and digits/);
    expect(checkModulePath('example.com/longna~1.dir/thing')).toMatch(/trailing tilde and digits/);
    expect(checkModulePath('example.com/a.b~1')).toBeUndefined();
    expect(checkModulePath('example.com/~glenda')).toBeUndefined();
    expect(checkModulePath('example.com/~9999999')).toMatch(/trailing tilde and digits/);
  });

  test.each([
    ['example.com/a_b/c~d/e-f.g', undefined],
    ['a..b.example/x', undefined],
    ['example.com/Mixed/Case', undefined],
    ['example.com/x/v2', undefined],
    ['example.com/x/v1', /major version suffix \/v1/],
    ['example.com/x/v0', /major version suffix \/v0/],
    ['example.com/x/v02', /major version suffix/],
    ['gopkg.in', /invalid gopkg.in path/],
    ['gopkg.in/yaml', /invalid gopkg.in path/],
    ['Example.com/x', /lower-case/],
    ['-example.com/x', /starts with a dash/],
    ['example.com/x.', /starts or ends with a dot/],
    ['example.com/.x', /starts or ends with a dot/],
    ['example.com/x/', /leading or trailing slash/],
    ['example.com/a b', /outside printable ASCII/],
    ['example.com/a@b', /invalid character/],
    ['example', /no dot/]
  ])('module path %s', (p, want) => {
    if (want === undefined) expect(checkModulePath(p)).toBeUndefined();
    else expect(checkModulePath(p)).toMatch(want);
  });
});
