import { expect, test } from '@jest/globals';
import {
  compareModuleVersions as compareSemver,
  isValidGoSemver as isValidSemver,
  moduleOfVendoredPath,
  parseModulesTxt,
  vendorListOf
} from '@go-ci-gates/core';

const SAMPLE = [
  '## workspace',
  '# example.com/a v1.2.0',
  '## explicit; go 1.21',
  'example.com/a',
  'example.com/a/internal/x',
  '# example.com/b v0.3.0 => example.com/fork/b v0.3.1',
  '## go 1.18',
  '## explicit',
  'example.com/b',
  '# example.com/c v1.0.0 => ../c',
  'example.com/c',
  'orphan/before/module',
  '# example.com/bad notaversion',
  'example.com/bad/pkg',
  '# example.com/wild => ./wild',
  '# example.com/odd v1.0.0 => a b c',
  ''
].join('\n');

test('parses every kind of modules.txt line with its line number', () => {
  const txt = parseModulesTxt(SAMPLE);
  expect(txt.workspace).toBe(true);
  expect(txt.workspaceLine).toBe(1);
  expect(
    txt.entries.map(e => [e.path, e.version, e.line, e.explicit, e.explicitLine, e.goVersion, e.replacement, e.packages.map(p => `${p.path}:${p.line}`)])
  ).toEqual([
    ['example.com/a', 'v1.2.0', 2, true, 3, '1.21', undefined, ['example.com/a:4', 'example.com/a/internal/x:5']],
    ['example.com/b', 'v0.3.0', 6, true, 8, '1.18', { path: 'example.com/fork/b', version: 'v0.3.1' }, ['example.com/b:9']],
    ['example.com/c', 'v1.0.0', 10, false, undefined, undefined, { path: '../c', version: '' }, ['example.com/c:11', 'orphan/before/module:12']],
    ['example.com/wild', '', 15, false, undefined, undefined, { path: './wild', version: '' }, []],
    ['example.com/odd', 'v1.0.0', 16, false, undefined, undefined, undefined, []]
  ]);
  // Lines the go command skips are kept with a reason.
  expect(txt.ignored.map(i => i.line)).toEqual([13, 14, 16]);
});

test('## workspace counts only on the first line, as modulesTextIsForWorkspace reads it', () => {
  expect(parseModulesTxt('## explicit; workspace\n# a.com/x v1.0.0\n').workspace).toBe(true);
  expect(parseModulesTxt('# a.com/x v1.0.0\n## workspace\n').workspace).toBe(false);
  expect(parseModulesTxt('').entries).toEqual([]);
});

test('vendorListOf derives readVendorList tables', () => {
  const v = vendorListOf(parseModulesTxt('# a.com/x v1.0.0\na.com/x\n# a.com/x v1.2.0\na.com/x/y\n# a.com/y v1.0.0 => ./y\n## explicit\n'));
  expect(v.vendorList).toEqual([
    { path: 'a.com/x', version: 'v1.0.0' },
    { path: 'a.com/x', version: 'v1.2.0' }
  ]);
  expect(v.vendorVersion.get('a.com/x')).toBe('v1.2.0');
  expect(v.vendorReplaced).toEqual([{ path: 'a.com/y', version: 'v1.0.0' }]);
  expect(v.vendorMeta.get('a.com/y@v1.0.0')?.explicit).toBe(true);
  expect(v.vendorPkgModule.get('a.com/x/y')).toEqual({ path: 'a.com/x', version: 'v1.2.0' });
});

test('the core semver helpers the parser relies on follow golang.org/x/mod/semver', () => {
  for (const ok of ['v1', 'v1.2', 'v1.2.3', 'v0.0.0-20200101000000-abcdefabcdef', 'v2.0.0+incompatible', 'v1.0.0-rc.1']) expect(isValidSemver(ok)).toBe(true);
  for (const bad of ['1.2.3', 'v1.2.3.4', 'v01.2.3', 'v1-pre', 'latest', '=>']) expect(isValidSemver(bad)).toBe(false);
  expect(compareSemver('v1.0.0-rc.1', 'v1.0.0')).toBe(-1);
  expect(compareSemver('v1.10.0', 'v1.9.0')).toBe(1);
  expect(compareSemver('v1.0.0-alpha.10', 'v1.0.0-alpha.9')).toBe(1);
  expect(compareSemver('v1.0.0-alpha', 'v1.0.0-alpha.1')).toBe(-1);
});

test('vendored files map to their module (packages, then longest module prefix)', () => {
  const txt = parseModulesTxt('# a.com/x v1.0.0\na.com/x\n# a.com/x/sub v1.0.0\na.com/x/sub/p\n');
  expect(moduleOfVendoredPath(txt, 'a.com/x/file.go')?.path).toBe('a.com/x');
  expect(moduleOfVendoredPath(txt, 'a.com/x/sub/p/f.go')?.path).toBe('a.com/x/sub');
  expect(moduleOfVendoredPath(txt, 'a.com/x/sub/LICENSE')?.path).toBe('a.com/x/sub');
  expect(moduleOfVendoredPath(txt, 'b.com/z/f.go')).toBeUndefined();
});
