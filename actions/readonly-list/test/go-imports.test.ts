import { describe, expect, test } from '@jest/globals';
import { findImport, scanImports } from '../src/go-imports.js';

describe('scanImports', () => {
  test('single, grouped, named, dot and blank imports with their lines and columns', () => {
    const src = [
      '// Copyright notice mentioning import "not/this"',
      '//go:build windows',
      '',
      '/* block',
      '   comment */ package main',
      '',
      'import "fmt"',
      'import (',
      '\t"strings" // trailing',
      '\t/* "commented/out" */',
      '\treg "example.com/readonly/winreg"',
      '\t. `example.com/dot`',
      '\t_ "example.com/blank"; "example.com/semi"',
      ')',
      '',
      'import "example.com/after"',
      '',
      'func f() { _ = "example.com/in/body" }',
      'import "example.com/never"'
    ].join('\n');
    expect(scanImports(src)).toEqual([
      { path: 'fmt', line: 7, column: 8 },
      { path: 'strings', line: 9, column: 2 },
      { path: 'example.com/readonly/winreg', name: 'reg', line: 11, column: 2 },
      { path: 'example.com/dot', name: '.', line: 12, column: 2 },
      { path: 'example.com/blank', name: '_', line: 13, column: 2 },
      { path: 'example.com/semi', line: 13, column: 25 },
      { path: 'example.com/after', line: 16, column: 8 }
    ]);
  });

  test('CRLF line endings and a byte-order mark', () => {
    const src = '\uFEFFpackage x\r\n\r\nimport (\r\n\t"a"\r\n\t"b/c"\r\n)\r\n';
    expect(scanImports(src).map(s => [s.path, s.line])).toEqual([
      ['a', 4],
      ['b/c', 5]
    ]);
  });

  test('findImport locates one path; files without a package clause have none', () => {
    expect(findImport('package p\nimport (\n"x"\n"y"\n)\n', 'y')).toEqual({ path: 'y', line: 4, column: 1 });
    expect(findImport('package p\nimport "x"\n', 'z')).toBeUndefined();
    expect(scanImports('// just a comment\n')).toEqual([]);
  });
});
