import { describe, expect, test } from '@jest/globals';
import {
  canonicalVersion,
  checkModuleVersion,
  compareModuleVersions,
  incompatibleProblem,
  isCanonicalVersion,
  isPrereleaseVersion,
  isPseudoVersion,
  isValidGoSemver,
  matchPathMajor,
  parsePseudoVersion,
  pathMajorMismatch,
  pseudoVersionBase,
  pseudoVersionRev,
  pseudoVersionTime,
  splitPathVersion
} from '@go-ci-gates/core';

// golang.org/x/mod/module/pseudo_test.go `pseudoTests`: the version a pseudo-version
// builds on ('' for none) and the pseudo-version made at 2006-01-02T15:04:05Z with rev "hash".
const PSEUDO_TESTS: [string, string][] = [
  ['', 'v0.0.0-20060102150405-hash'],
  ['', 'v1.0.0-20060102150405-hash'],
  ['', 'v2.0.0-20060102150405-hash'],
  ['v0.0.0', 'v0.0.1-0.20060102150405-hash'],
  ['v1.2.3', 'v1.2.4-0.20060102150405-hash'],
  ['v1.2.99999999999999999', 'v1.2.100000000000000000-0.20060102150405-hash'],
  ['v1.2.3-pre', 'v1.2.3-pre.0.20060102150405-hash'],
  ['v1.3.0-pre', 'v1.3.0-pre.0.20060102150405-hash'],
  ['v0.0.0--', 'v0.0.0--.0.20060102150405-hash'],
  ['v1.0.0+metadata', 'v1.0.1-0.20060102150405-hash+metadata'],
  ['v2.0.0+incompatible', 'v2.0.1-0.20060102150405-hash+incompatible'],
  ['v2.3.0-pre+incompatible', 'v2.3.0-pre.0.20060102150405-hash+incompatible']
];

describe('pseudo-versions (x/mod pseudo_test.go)', () => {
  test.each(PSEUDO_TESTS)('%s -> %s', (older, version) => {
    expect(isPseudoVersion(version)).toBe(true);
    expect(isPseudoVersion(older)).toBe(false);
    expect(pseudoVersionBase(version)).toBe(older);
    expect(pseudoVersionTime(version).toISOString()).toBe('2006-01-02T15:04:05.000Z');
    expect(pseudoVersionRev(version)).toBe('hash');
  });

  test('the five forms', () => {
    expect(parsePseudoVersion('v0.0.0-20191109021931-daa7c04131f5')).toMatchObject({ form: 'no-base', build: '' });
    expect(parsePseudoVersion('v1.2.4-0.20191109021931-daa7c04131f5')).toMatchObject({ form: 'release', base: 'v1.2.4-0', timestamp: '20191109021931' });
    expect(parsePseudoVersion('v1.2.3-rc.1.0.20191109021931-daa7c04131f5')).toMatchObject({ form: 'prerelease', base: 'v1.2.3-rc.1.0' });
    expect(parsePseudoVersion('v2.0.1-0.20191109021931-daa7c04131f5+incompatible')).toMatchObject({ form: 'release', build: '+incompatible' });
    expect(parsePseudoVersion('v2.1.0-pre.0.20191109021931-daa7c04131f5+incompatible')).toMatchObject({ form: 'prerelease', build: '+incompatible' });
    expect(parsePseudoVersion('v1.2.3')).toBeUndefined();
  });

  test('malformed pseudo-versions are rejected by the checks x/mod makes', () => {
    // PseudoVersionBase: no base, yet +incompatible says there is one.
    expect(() => pseudoVersionBase('v2.0.0-20060102150405-hash+incompatible')).toThrow(/lacks base version, but has build metadata "\+incompatible"/);
    // vX.Y.0-0.ts would need a base with patch -1.
    expect(() => pseudoVersionBase('v1.2.0-0.20060102150405-hash')).toThrow(/negative patch number/);
    expect(() => pseudoVersionTime('v0.0.0-20061302150405-hash')).toThrow(/malformed time/);
    expect(isPseudoVersion('v1.2.3-20060102150405-hash')).toBe(false);
    expect(isPseudoVersion('v1.2.3-rc1')).toBe(false);
  });
});

// golang.org/x/mod/module/module_test.go `checkTests` (version half of module.Check).
const CHECK_TESTS: [string, string, boolean][] = [
  ['rsc.io/quote', '0.1.0', false],
  ['github.com/go-yaml/yaml', 'v0.8.0', true],
  ['github.com/go-yaml/yaml', 'v1.0.0', true],
  ['github.com/go-yaml/yaml', 'v2.0.0', false],
  ['github.com/go-yaml/yaml', 'v2.1.5', false],
  ['github.com/go-yaml/yaml', 'v3.0.0', false],
  ['github.com/go-yaml/yaml/v2', 'v1.0.0', false],
  ['github.com/go-yaml/yaml/v2', 'v2.0.0', true],
  ['github.com/go-yaml/yaml/v2', 'v2.1.5', true],
  ['github.com/go-yaml/yaml/v2', 'v3.0.0', false],
  ['gopkg.in/yaml.v0', 'v0.8.0', true],
  ['gopkg.in/yaml.v0', 'v1.0.0', false],
  ['gopkg.in/yaml.v0', 'v2.0.0', false],
  ['gopkg.in/yaml.v1', 'v0.8.0', false],
  ['gopkg.in/yaml.v1', 'v1.0.0', true],
  ['gopkg.in/yaml.v1', 'v2.0.0', false],
  ['gopkg.in/check.v1', 'v0.0.0', false],
  ['gopkg.in/check.v1', 'v0.0.0-20160102150405-abcdef123456', true],
  ['gopkg.in/yaml.v2', 'v1.0.0', false],
  ['gopkg.in/yaml.v2', 'v2.0.0', true],
  ['gopkg.in/yaml.v2', 'v2.1.5', true],
  ['gopkg.in/yaml.v2', 'v3.0.0', false],
  ['rsc.io/quote', 'v17.0.0', false],
  ['rsc.io/quote', 'v17.0.0+incompatible', true]
];

test.each(CHECK_TESTS)('checkModuleVersion(%s, %s) ok=%s', (path, version, ok) => {
  expect(checkModuleVersion(path, version) === undefined).toBe(ok);
});

// x/mod module_test.go TestMatchPathMajor.
test.each([
  ['v0.0.0', '', true],
  ['v0.0.0', '/v2', false],
  ['v0.0.0', '.v0', true],
  ['v0.0.0-20190510104115-cbcb75029529', '.v1', true],
  ['v1.0.0', '/v2', false],
  ['v1.0.0', '.v1', true],
  ['v1.0.0', '.v1-unstable', true],
  ['v2.0.0+incompatible', '', true],
  ['v2.0.0', '', false],
  ['v2.0.0', '/v2', true],
  ['v2.0.0', '.v2', true]
] as [string, string, boolean][])('matchPathMajor(%s, %s) = %s', (v, pm, want) => {
  expect(matchPathMajor(v, pm)).toBe(want);
});

test('pathMajorMismatch explains like CheckPathMajor', () => {
  expect(pathMajorMismatch('v2.0.0', '')).toBe('should be v0 or v1, not v2');
  expect(pathMajorMismatch('v1.0.0', '/v3')).toBe('should be v3, not v1');
});

// x/mod module_test.go splitPathVersionTests, plus malformed suffixes.
test.each([
  ['x.y/z', ''],
  ['x.y/z', '/v2'],
  ['x.y/z', '/v3'],
  ['x.y/v', ''],
  ['gopkg.in/yaml', '.v0'],
  ['gopkg.in/yaml', '.v1'],
  ['gopkg.in/yaml', '.v2'],
  ['gopkg.in/yaml', '.v3']
])('splitPathVersion(%s + %s)', (prefix, pathMajor) => {
  expect(splitPathVersion(prefix + pathMajor)).toEqual({ prefix, pathMajor, ok: true });
});

test('splitPathVersion rejects /v0, /v1 and /v2.0 like x/mod', () => {
  for (const p of ['x.y/z/v0', 'x.y/z/v1', 'x.y/z/v2.0', 'gopkg.in/yaml']) expect(splitPathVersion(p).ok).toBe(false);
});

test('semantic version syntax and canonical form (x/mod/semver)', () => {
  for (const v of ['v1', 'v1.2', 'v1.2.3', 'v1.2.3-pre', 'v1.2.3+meta', 'v1.2.3-a.b.1', 'v1.0.0-0']) expect(isValidGoSemver(v)).toBe(true);
  for (const v of ['1.2.3', 'v01.2.3', 'v1.2.3.4', 'v1.2-pre', 'v1.2.3-01', 'v1.2.3-', 'v1.2.3+', 'V1.2.3', 'v1.2.3-a..b'])
    expect(isValidGoSemver(v)).toBe(false);
  expect(canonicalVersion('v1')).toBe('v1.0.0');
  expect(canonicalVersion('v1.2')).toBe('v1.2.0');
  expect(canonicalVersion('v1.2.3+meta')).toBe('v1.2.3');
  expect(canonicalVersion('v2.0.0+incompatible')).toBe('v2.0.0+incompatible');
  expect(isCanonicalVersion('v1.2')).toBe(false);
  expect(isCanonicalVersion('v1.2.3')).toBe(true);
  expect(checkModuleVersion('example.com/a', 'v1.2')).toBe('v1.2 is not canonical (want v1.2.0)');
});

test('+incompatible only on v2+ of a path without a major suffix', () => {
  expect(incompatibleProblem('example.com/a', 'v2.0.0+incompatible')).toBeUndefined();
  expect(incompatibleProblem('example.com/a', 'v1.5.0+incompatible')).toBe('+incompatible is not allowed on v1: major version v1 is compatible');
  expect(incompatibleProblem('example.com/a/v2', 'v2.0.0+incompatible')).toMatch(/major-version suffix \(\/v2\)/);
  expect(incompatibleProblem('gopkg.in/yaml.v2', 'v2.0.0+incompatible')).toMatch(/\.v2/);
});

test('comparison follows semver precedence, also beyond 2^53', () => {
  const sorted = ['v1.0.0', 'v1.0.0-rc.1', 'v0.9.0', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.11', 'v1.0.0-beta.2', 'v1.10.0', 'v1.2.0', 'junk'].sort(
    compareModuleVersions
  );
  expect(sorted).toEqual(['junk', 'v0.9.0', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v1.2.0', 'v1.10.0']);
  expect(compareModuleVersions('v1.2.99999999999999999', 'v1.2.100000000000000000')).toBe(-1);
  expect(compareModuleVersions('v1.2.3+a', 'v1.2.3')).toBe(0);
  expect(compareModuleVersions('v1.2', 'v1.2.0')).toBe(0);
  // A pseudo-version sorts before the release it precedes.
  expect(compareModuleVersions('v1.2.4-0.20060102150405-hash', 'v1.2.4')).toBe(-1);
  expect(compareModuleVersions('v1.2.4-0.20060102150405-hash', 'v1.2.3')).toBe(1);
});

test('pre-releases that are not pseudo-versions', () => {
  expect(isPrereleaseVersion('v1.2.0-rc.1')).toBe(true);
  expect(isPrereleaseVersion('v1.2.4-0.20060102150405-hash')).toBe(false);
  expect(isPrereleaseVersion('v1.2.0')).toBe(false);
});
